package be.numedu.browser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.Workflow;
import be.numedu.resources.collections.Collections;
import be.numedu.resources.collections.Visibility;
import be.numedu.resources.community.CommentKind;
import be.numedu.resources.community.Community;
import be.numedu.resources.proposals.Proposals;
import be.numedu.testsupport.Browser;
import be.numedu.testsupport.Browser.Session;
import be.numedu.testsupport.NumeduBrowserTest;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.ResourceSamples;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resource platform in the browser, as its people use it: a teacher proposes a resource by keyboard and submits
 * it; a moderator examines it from the queue and publishes it with the checklist; anyone finds it in the catalogue
 * in French, with facets; a refused form says why; hostile text runs nothing; and every state of every resource page
 * checked as the other modules' pages are (axe-core's WCAG 2.1 A and AA rules with no violation at all, the keyboard
 * from the skip link on, a phone's width).
 */
@NumeduBrowserTest
class ResourcesBrowserTests {

	static final String PDF_NAME = "fiche élève.pdf";

	@Autowired
	ResourceSamples samples;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Community community;

	@Autowired
	Proposals proposals;

	@Autowired
	Collections collections;

	@Test
	void aTeacherProposesByKeyboardAndAModeratorPublishesWithTheChecklist(Browser browser) {
		// given the teacher on the catalogue
		Session teacher = browser.as(Persona.TEACHER);
		Page page = teacher.page();
		teacher.open("/ressources");

		// when they follow "Proposer une ressource" with the keyboard
		Locator propose = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Proposer une ressource"));
		teacher.tabTo(propose, 40);
		page.keyboard().press("Enter");
		assertThat(page).hasTitle("Proposer une ressource – numedu");

		// and fill in the form by keyboard: texts, a type, years and a discipline ticked with the space bar
		String title = "Les élèves mesurent la cour " + System.nanoTime();
		teacher.tabTo(page.locator("#title"), 40);
		page.keyboard().type(title);
		page.keyboard().press("Tab");
		assertThat(page.locator("#summary")).isFocused();
		page.keyboard().type("Mesurer la cour de récréation avec des unités non conventionnelles.");
		page.keyboard().press("Tab");
		assertThat(page.locator("#description")).isFocused();
		page.keyboard().type("**Matériel** : une corde, des pas, un mètre ruban.");
		page.keyboard().press("Tab");
		assertThat(page.locator("#type")).isFocused();
		page.locator("#type").selectOption("EXERCISE");
		teacher.tabTo(page.locator("#years-P2"), 10);
		page.keyboard().press("Space");
		teacher.tabTo(page.locator("#disciplines-MATHEMATIQUES"), 25);
		page.keyboard().press("Space");
		assertThat(page.locator("#audiences-ENSEIGNANT")).isChecked();
		teacher.tabTo(page.locator("#licence"), 20);
		page.locator("#licence").selectOption("CC_BY");
		teacher.tabTo(page.locator("#url"), 5);
		page.keyboard().type("https://ressources.example.org/mesurer-la-cour");
		page.keyboard().press("Tab");
		assertThat(page.locator("#fichiers")).isFocused();
		page.locator("#fichiers").setInputFiles(new FilePayload(PDF_NAME, "application/pdf", SupportBrowserTests.PDF));
		Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le brouillon"));
		teacher.tabTo(save, 150);
		page.keyboard().press("Enter");

		// then the draft's page says so, with its file, and offers to submit it
		assertThat(page).hasURL(Pattern.compile("/ressources/\\d+$"));
		String path = page.url().replaceAll("^.*(/ressources/\\d+)$", "$1");
		assertThat(page.locator("main .notice[role=status]")).containsText("Votre brouillon est enregistré");
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator("main")).containsText(PDF_NAME);
		assertThat(page.locator("main .markdown strong")).hasText("Matériel");
		Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Soumettre à la validation"));
		teacher.tabTo(submit, 60);
		page.keyboard().press("Enter");
		assertThat(page.locator("main .notice[role=status]")).hasText("La ressource est soumise à la validation.");

		// when the moderator opens the queue and the resource
		Session admin = browser.as(Persona.ADMIN);
		Page moderation = admin.page();
		admin.open("/ressources/moderation");
		moderation.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(moderation).hasURL(Pattern.compile(path + "$"));

		// and publishes with one criterion of the checklist ticked: refused, in French, the others named, the one
		// ticked still ticked
		Locator criteria = moderation.locator("input[name=criteres]");
		String firstCriterion = moderation.locator("label[for^=critere-]").first().textContent();
		criteria.first().focus();
		moderation.keyboard().press("Space");
		Locator publish = moderation.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier"));
		publish.click();
		Locator refusal = moderation.locator("main .error-summary[role=alert]");
		assertThat(refusal).containsText("Tous les critères de validation doivent être cochés pour publier. "
				+ "Reste à vérifier : « ");
		assertThat(refusal).not().containsText(firstCriterion);
		assertThat(criteria.first()).isChecked();

		// then, every other criterion ticked by keyboard, published
		for (int i = 1; i < criteria.count(); i++) {
			criteria.nth(i).focus();
			moderation.keyboard().press("Space");
		}
		moderation.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier")).click();
		assertThat(moderation.locator("main .notice[role=status]")).hasText("La ressource est publiée.");

		// and anyone finds it in the catalogue by a word typed without accents, its match marked
		Session visitor = browser.visitor();
		Page search = visitor.page();
		visitor.open("/ressources");
		search.locator("#q").fill("eleves mesurent");
		search.locator("#q").press("Enter");
		assertThat(search.locator("#results-heading")).containsText("ressource");
		Locator result = search.locator("ul.results li").filter(new Locator.FilterOptions().setHasText(title));
		assertThat(result).hasCount(1);
		assertThat(result.locator("h3 mark").first()).isVisible();
		// a facet narrows the list (the discipline facet is open: its values are there to tick)
		search.locator("input[name=discipline][value=MATHEMATIQUES]").check();
		search.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Appliquer les filtres")).click();
		assertThat(search).hasURL(Pattern.compile("discipline=MATHEMATIQUES"));
		assertThat(search.locator("ul.results li").filter(new Locator.FilterOptions().setHasText(title))).hasCount(1);
		// the ticked value counts what the list holds
		String ticked = search.locator("label[for=discipline-MATHEMATIQUES] .muted").textContent();
		String found = search.locator("#results-heading").textContent().replaceAll("\\D", "");
		assertThat(ticked).isEqualTo("(" + found + ")");
		assertThat(teacher.dialogs()).isEmpty();
	}

	@Test
	void aColleagueEvaluatesWithTheGridByKeyboardAndTheSummaryShowsIt(Browser browser) {
		long id = published("Ressource à évaluer au clavier");
		Session head = browser.as(Persona.HEAD);
		Page page = head.page();
		head.open("/ressources/" + id);
		Locator evaluate = page.locator("main a[href$='/evaluation']").first();
		head.tabTo(evaluate, 80);
		page.keyboard().press("Enter");
		assertThat(page).hasTitle("Évaluer une ressource – numedu");

		// every criterion answered with the arrow keys: the top of the scale, or "not applicable" for the last
		Locator groups = page.locator("main fieldset[id^=score-]");
		int criteria = groups.count();
		assertThat(criteria).isGreaterThanOrEqualTo(5);
		for (int i = 0; i < criteria; i++) {
			Locator radios = groups.nth(i).locator("input[type=radio]");
			radios.first().focus();
			page.keyboard().press("Space");
			int presses = i == criteria - 1 ? radios.count() - 1 : radios.count() - 2;
			for (int p = 0; p < presses; p++) {
				page.keyboard().press("ArrowRight");
			}
		}
		page.locator("main form button[type=submit]").first().press("Enter");

		// then the resource's page shows the community's figures for each criterion
		assertThat(page).hasURL(Pattern.compile("/ressources/" + id + "$"));
		Locator summary = page.locator("main #evaluations");
		assertThat(summary).containsText("1 évaluation : 1 de la communauté, aucune d'experts.");
		// the first criterion was given the top of its scale: one score, its average the scale's top
		Locator firstRow = summary.locator("tbody tr").first();
		assertThat(firstRow.locator("td").first()).hasText("1 note");
		assertThat(firstRow.locator("td").nth(1)).containsText(Pattern.compile("(\\d+),0 sur \\1"));
		// the last one was "not applicable": no score, said so
		Locator lastRow = summary.locator("tbody tr").last();
		assertThat(lastRow.locator("td").first()).hasText("aucune note, 1 non applicable");
		assertThat(jdbc.queryForObject("select count(*) from evaluation where resource_id = ?", Long.class, id))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from evaluation_score s join evaluation e on e.id = s.evaluation_id"
				+ " where e.resource_id = ? and s.score is null", Long.class, id)).isEqualTo(1);
	}

	@Test
	void aRefusedProposalSaysWhyKeepsWhatWasTypedAndHostileTextRunsNothing(Browser browser) {
		long before = jdbc.queryForObject("select count(*) from resource", Long.class);
		Session teacher = browser.as(Persona.TEACHER);
		Page page = teacher.page();
		teacher.open("/ressources/nouvelle");
		page.locator("#title").fill("<img src=x onerror=\"window.__pwned=1\"> Titre piégé");
		page.locator("#url").fill("javascript:alert(1)");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le brouillon")).click();
		assertThat(page.locator(".error-summary")).containsText("Le lien doit être une adresse web complète");
		assertThat(page.locator(".error-summary")).containsText("Choisissez le type de ressource.");
		assertThat(page.locator("#title")).hasValue("<img src=x onerror=\"window.__pwned=1\"> Titre piégé");
		assertThat(page.locator("#url")).hasAttribute("aria-invalid", "true");
		assertThat(jdbc.queryForObject("select count(*) from resource", Long.class)).isEqualTo(before);

		long id = samples.published(Persona.TEACHER, ResourceSamples.content(
				"<script>window.__pwned=2</script> Ressource piégée", "<img src=x onerror=\"window.__pwned=3\">"));
		Response response = browser.visitor().open("/ressources/" + id);
		Page shown = response.frame().page();
		assertThat(response.status()).isEqualTo(200);
		assertThat(shown.locator("h1")).hasText("<script>window.__pwned=2</script> Ressource piégée");
		assertThat(shown.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
		assertThat(shown.locator("img[src=x], [onerror]")).hasCount(0);
		assertThat(shown.locator("script:not([src]):not([type='application/ld+json'])")).hasCount(0);
	}

	/**
	 * Files heavier together than one request may carry: the page's script refuses them before sending, keeping the
	 * form; without it, the server turns the request away before reading it (UploadLimitFilter), and the form's page
	 * says why in French. A form the container cannot read within its part limit is said to be unreadable, not too
	 * large. Nothing is stored.
	 */
	@Test
	void filesTooHeavyForOneRequestAreRefusedInFrenchWithOrWithoutTheScript(Browser browser) {
		long before = jdbc.queryForObject("select count(*) from resource", Long.class);
		byte[] twelveMegabytes = Arrays.copyOf(SupportBrowserTests.PDF, 12 * 1024 * 1024);
		FilePayload[] heavy = { new FilePayload("premier.pdf", "application/pdf", twelveMegabytes),
				new FilePayload("second.pdf", "application/pdf", twelveMegabytes) };
		Session teacher = browser.as(Persona.TEACHER);
		Page page = teacher.page();
		teacher.open("/ressources/nouvelle");
		page.locator("#title").fill("Une ressource trop lourde");
		page.locator("#fichiers").setInputFiles(heavy);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le brouillon")).click();
		Locator tooMuch = page.locator("#fichiers-trop");
		assertThat(tooMuch).isVisible();
		assertThat(tooMuch).hasText("Les fichiers choisis dépassent ensemble 20 Mo, la taille maximale d'un envoi : "
				+ "rien n'a été envoyé. Chaque fichier peut peser 15 Mo : envoyez les plus lourds en plusieurs fois, ou "
				+ "donnez plutôt leur lien.");
		assertThat(tooMuch).isFocused();
		assertThat(page).hasURL(Pattern.compile("/ressources/nouvelle$"));
		assertThat(page.locator("#title")).hasValue("Une ressource trop lourde");

		Session withoutScript = browser.visitor(options -> options.setJavaScriptEnabled(false))
			.signIn(Persona.TEACHER);
		Page plain = withoutScript.page();
		withoutScript.open("/ressources/nouvelle");
		plain.locator("#title").fill("Une ressource trop lourde");
		plain.locator("#fichiers").setInputFiles(heavy);
		plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le brouillon")).click();
		assertThat(plain).hasURL(Pattern.compile("/ressources/nouvelle\\?trop-volumineux$"));
		assertThat(plain.locator("html")).hasAttribute("lang", "fr");
		assertThat(plain.locator(".error-summary")).containsText("Votre envoi dépassait 20 Mo, la taille maximale "
				+ "d'un envoi : il n'a pas pu être lu et rien n'a été enregistré.");
		assertThat(plain.locator("#fichiers-error")).containsText("Votre envoi dépassait 20 Mo");

		// a form of more parts than the container reads, sent by a script past the page's own check
		page.locator("#fichiers").setInputFiles(new FilePayload[0]);
		page.waitForNavigation(() -> page.evaluate("""
				() => {
				  const form = document.querySelector('form[data-max-request-bytes]');
				  for (let i = 0; i < 600; i++) {
				    const field = document.createElement('input');
				    field.type = 'hidden';
				    field.name = 'keywords';
				    field.value = 'mot' + i;
				    form.appendChild(field);
				  }
				  form.submit();
				}"""));
		assertThat(page).hasURL(Pattern.compile("/ressources/nouvelle\\?illisible$"));
		assertThat(page.locator(".error-summary")).containsText("Votre envoi n'a pas pu être lu en entier : il "
				+ "comptait trop de champs, ou un nom de fichier trop long. Rien n'a été enregistré");
		assertThat(page.locator(".error-summary")).not().containsText("dépassait");
		assertThat(page.locator("#fichiers-error")).containsText("Votre envoi n'a pas pu être lu en entier");
		assertThat(jdbc.queryForObject("select count(*) from resource", Long.class)).isEqualTo(before);
	}

	/**
	 * Forms the container cannot read whole, sent as no browser would: a file's name longer than a part's headers may
	 * be comes back as unreadable; a body sent without its length that turns out too large, as too large; the API
	 * answers both with a French problem document.
	 */
	@Test
	void formsTheContainerCannotReadWholeComeBackSayingWhy(Browser browser) throws Exception {
		long before = jdbc.queryForObject("select count(*) from resource", Long.class);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		byte[] pdf = SupportBrowserTests.PDF;
		String longName = "cours-" + "à".repeat(1500) + ".pdf";

		HttpResponse<String> named = http.send(multipart(browser.baseUrl() + "/ressources/nouvelle",
				BodyPublishers.ofByteArray(formWithFile(longName, pdf))), BodyHandlers.ofString());
		assertThat(named.statusCode()).isEqualTo(303);
		assertThat(named.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/ressources/nouvelle?illisible"));

		byte[] heavy = new byte[21 * 1024 * 1024];
		System.arraycopy(pdf, 0, heavy, 0, pdf.length);
		byte[] whole = formWithFile("lourd.pdf", heavy);
		// without its length: the container finds the size only while reading
		HttpResponse<String> unmeasured = http.send(multipart(browser.baseUrl() + "/ressources/nouvelle",
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(whole))), BodyHandlers.ofString());
		assertThat(unmeasured.statusCode()).isEqualTo(303);
		assertThat(unmeasured.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/ressources/nouvelle?trop-volumineux"));

		HttpResponse<String> api = http.send(multipart(browser.baseUrl() + "/api/ressources",
				BodyPublishers.ofByteArray(formWithFile(longName, pdf))), BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("\"title\":\"Requête trop volumineuse\"")
			.contains("n'a pas pu être lu en entier");
		assertThat(jdbc.queryForObject("select count(*) from resource", Long.class)).isEqualTo(before);

		Session teacher = browser.as(Persona.TEACHER);
		teacher.open("/ressources/nouvelle?illisible");
		Page page = teacher.page();
		assertThat(page.locator(".error-summary")).containsText("Votre envoi n'a pas pu être lu en entier");
		assertThat(page.locator(".error-summary")).not().containsText("dépassait");
	}

	private static HttpRequest multipart(String url, BodyPublisher body) {
		return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "multipart/form-data; boundary=limite")
			.POST(body).build();
	}

	/** A multipart form of a title and one file, as a script may send it. */
	private static byte[] formWithFile(String name, byte[] content) {
		ByteArrayOutputStream form = new ByteArrayOutputStream();
		form.writeBytes(("--limite\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nUn titre\r\n"
				+ "--limite\r\nContent-Disposition: form-data; name=\"fichiers\"; filename=\"" + name + "\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		form.writeBytes(content);
		form.writeBytes("\r\n--limite--\r\n".getBytes(StandardCharsets.UTF_8));
		return form.toByteArray();
	}

	/** Every choice ticked and five files: more parts than Tomcat reads by default, read whole all the same. */
	@Test
	void aProposalWithEveryChoiceTickedAndFiveFilesIsReadWhole(Browser browser) {
		Session teacher = browser.as(Persona.TEACHER);
		Page page = teacher.page();
		teacher.open("/ressources/nouvelle");
		String title = "Une ressource pour toutes les classes " + System.nanoTime();
		page.locator("#title").fill(title);
		page.locator("#summary").fill("Des activités pour chaque année, dans chaque discipline.");
		page.locator("#type").selectOption("EXERCISE");
		page.locator("#licence").selectOption("CC_BY");
		page.locator("#url").fill("https://ressources.example.org/pour-toutes-les-classes");
		int ticked = ((Number) page.evaluate("""
				() => {
				  // every box but "none of these hazards", which cannot go with a hazard
				  const boxes = [...document.querySelectorAll('input[type=checkbox]:not([name=competences])')]
				    .filter(box => !(box.name === 'accessibilityHazards' && box.value === 'NONE'));
				  const competences = [...document.querySelectorAll('input[name=competences]')].slice(0, 30);
				  [...boxes, ...competences].forEach(box => { box.checked = true; });
				  return boxes.length + competences.length;
				}""")).intValue();
		assertThat(ticked).isGreaterThan(60);
		FilePayload[] five = new FilePayload[5];
		for (int i = 0; i < five.length; i++) {
			five[i] = new FilePayload("fiche " + (i + 1) + ".pdf", "application/pdf", SupportBrowserTests.PDF);
		}
		page.locator("#fichiers").setInputFiles(five);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le brouillon")).click();
		assertThat(page).hasURL(Pattern.compile("/ressources/\\d+$"));
		assertThat(page.locator("h1")).hasText(title);
		long id = Long.parseLong(page.url().replaceAll("^.*/ressources/(\\d+)$", "$1"));
		assertThat(jdbc.queryForObject("select count(*) from resource_file where resource_id = ?", Long.class, id))
			.isEqualTo(5);
		assertThat(samples.resource(id).getCompetences()).hasSize(30);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Every state of every resource page

	record State(Persona who, String lang, BiFunction<ResourcesBrowserTests, Session, Response> reach, int status,
			Pattern title) {
	}

	static Stream<Named<State>> states() {
		return Stream.of(
				state("catalogue", null, "fr", (t, s) -> s.open("/ressources"), "Ressources éducatives – numedu"),
				state("catalogue, recherche et filtres", null, "fr", (t, s) -> {
					t.published("Ressource du catalogue filtré");
					return s.open("/ressources?q=catalogue&etape=PRIMAIRE&licence=CC_BY&tri=evaluation");
				}, "Ressources éducatives – numedu"),
				state("catalogue, suggestion", null, "fr", (t, s) -> s.open("/ressources?q=zzzyxqw"),
						"Ressources éducatives – numedu"),
				state("catalogue, en anglais", null, "en", (t, s) -> s.open("/ressources?lang=en"),
						"Educational resources – numedu"),
				state("ressource publiée, visiteur", null, "fr",
						(t, s) -> s.open("/ressources/" + t.published("Ressource publiée pour visiteur")), null),
				state("ressource publiée, enseignant", Persona.HEAD, "fr",
						(t, s) -> s.open("/ressources/" + t.published("Ressource publiée pour enseignant")), null),
				state("ressource soumise, modération", Persona.ADMIN, "fr",
						(t, s) -> s.open("/ressources/" + t.submitted("Ressource à examiner")), null),
				state("brouillon, auteur", Persona.TEACHER, "fr",
						(t, s) -> s.open("/ressources/" + t.samples.draft(Persona.TEACHER,
								ResourceSamples.content("Brouillon de l'auteur", "Un brouillon."))), null),
				state("formulaire, vide", Persona.TEACHER, "fr", (t, s) -> s.open("/ressources/nouvelle"),
						"Proposer une ressource – numedu"),
				state("formulaire, envoi trop volumineux", Persona.TEACHER, "fr",
						(t, s) -> s.open("/ressources/nouvelle?trop-volumineux"), "Proposer une ressource – numedu"),
				state("formulaire, envoi illisible", Persona.TEACHER, "fr",
						(t, s) -> s.open("/ressources/nouvelle?illisible"), "Proposer une ressource – numedu"),
				state("formulaire, en erreur", Persona.TEACHER, "fr", (t, s) -> {
					s.open("/ressources/nouvelle");
					s.page().locator("#url").fill("pas une adresse");
					return s.page().waitForNavigation(() -> s.page()
						.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le brouillon"))
						.click());
				}, 422, "Proposer une ressource – numedu"),
				state("formulaire de modification, publiée", Persona.TEACHER, "fr",
						(t, s) -> s.open("/ressources/" + t.published("Ressource à modifier") + "/modifier"),
						"Modifier la ressource – numedu"),
				state("proposition d'amélioration, formulaire", Persona.HEAD, "fr",
						(t, s) -> s.open("/ressources/" + t.published("Ressource à améliorer") + "/ameliorations/nouvelle"),
						"Proposer une amélioration – numedu"),
				state("versions comparées", null, "fr", (t, s) -> s.open("/ressources/" + t.twoVersions() + "/versions"),
						"Versions – numedu"),
				state("mes ressources", Persona.TEACHER, "fr", (t, s) -> s.open("/ressources/miennes"),
						"Mes ressources – numedu"),
				state("évaluation, formulaire", Persona.HEAD, "fr",
						(t, s) -> s.open("/ressources/" + t.published("Ressource à évaluer") + "/evaluation"),
						"Évaluer une ressource – numedu"),
				state("évaluation, refusée à l'auteur", Persona.TEACHER, "fr",
						(t, s) -> s.open("/ressources/" + t.published("Ressource de l'auteur") + "/evaluation"), 403,
						"Évaluation impossible – numedu"),
				state("grille d'évaluation", Persona.ADMIN, "fr", (t, s) -> s.open("/ressources/grille"),
						"Grille d'évaluation des ressources – numedu"),
				state("experts désignés", Persona.ADMIN, "fr", (t, s) -> s.open("/ressources/experts"),
						"Experts désignés – numedu"),
				state("ressource commentée, visiteur", null, "fr", (t, s) -> s.open("/ressources/" + t.commented()), null),
				state("ressource commentée, modération", Persona.ADMIN, "fr",
						(t, s) -> s.open("/ressources/" + t.commented()), null),
				state("signaler un commentaire", Persona.HEAD, "fr", (t, s) -> {
					long id = t.commented();
					return s.open("/ressources/" + id + "/commentaires/" + t.firstComment(id) + "/signalement");
				}, "Signaler un commentaire – numedu"),
				state("signalements de commentaires", Persona.ADMIN, "fr", (t, s) -> s.open("/ressources/signalements"),
						"Signalements de commentaires – numedu"),
				state("modération", Persona.ADMIN, "fr", (t, s) -> {
					t.submitted("Ressource de la file");
					return s.open("/ressources/moderation");
				}, "Modération des ressources – numedu"),
				state("proposition d'amélioration, décision de l'auteur", Persona.TEACHER, "fr", (t, s) -> {
					long id = t.published("Ressource améliorée par un collègue");
					return s.open("/ressources/" + id + "/ameliorations/" + t.proposal(id));
				}, null),
				state("proposition d'amélioration, vue du proposant", Persona.HEAD, "fr", (t, s) -> {
					long id = t.published("Ressource améliorée, vue du proposant");
					return s.open("/ressources/" + id + "/ameliorations/" + t.proposal(id));
				}, null),
				state("masquer un commentaire", Persona.ADMIN, "fr", (t, s) -> {
					long id = t.commented();
					return s.open("/ressources/" + id + "/commentaires/" + t.firstComment(id) + "/masquer");
				}, null),
				state("supprimer son commentaire", Persona.REFERENT, "fr", (t, s) -> {
					long id = t.commented();
					return s.open("/ressources/" + id + "/commentaires/" + t.firstComment(id) + "/supprimer");
				}, null),
				state("ressource avec collections, enseignant", Persona.TEACHER, "fr", (t, s) -> {
					long id = t.published("Ressource à ranger");
					t.collections.create(t.samples.person(Persona.TEACHER), "Ma séquence", null, Visibility.PRIVATE,
							null);
					t.collections.create(t.samples.person(Persona.ADMIN), "Sélection de la plateforme", null,
							Visibility.PLATFORM, id);
					return s.open("/ressources/" + id);
				}, null),
				state("collections, administrateur", Persona.ADMIN, "fr", (t, s) -> s.open("/collections/nouvelle"),
						"Créer une collection – numedu"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("states")
	void everyResourcePageStateIsAccessible(State state, Browser browser) {
		Session session = state.who() == null ? browser.visitor() : browser.as(state.who());
		Page page = session.page();
		Response response = state.reach().apply(this, session);
		assertThat(response.status()).as("status of %s", page.url()).isEqualTo(state.status());
		assertThat(page.locator("html")).hasAttribute("lang", state.lang());
		if (state.title() != null) {
			assertThat(page.title()).matches(state.title());
		}
		assertThat(page.locator("main")).hasCount(1);
		PageChecks.noAxeViolation(page);
		PageChecks.everythingReachableByTabWithVisibleFocus(page, true);
		PageChecks.skipLinkMovesFocusToTheContent(page);
		SupportBrowserTests.noKeyboardTrap(page);
		PageChecks.fitsAPhone(page);
		PageChecks.noAxeViolation(page);
	}

	private static Named<State> state(String name, Persona who, String lang,
			BiFunction<ResourcesBrowserTests, Session, Response> reach, String title) {
		return state(name, who, lang, reach, 200, title);
	}

	private static Named<State> state(String name, Persona who, String lang,
			BiFunction<ResourcesBrowserTests, Session, Response> reach, int status, String title) {
		return Named.of(name, new State(who, lang, reach, status,
				title == null ? null : Pattern.compile(Pattern.quote(title))));
	}

	long published(String title) {
		return samples.published(Persona.TEACHER, ResourceSamples.content(title, "Un résumé de « " + title + " »."));
	}

	/** A published resource with a comment and an experience report, hostile Markdown included. */
	long commented() {
		long id = published("Ressource commentée");
		community.post(id, samples.person(Persona.REFERENT), CommentKind.COMMENT,
				"Très utile **en classe**. <script>window.__pwned=1</script> [site](https://example.org)");
		community.post(id, samples.person(Persona.HEAD), CommentKind.EXPERIENCE,
				"Utilisée avec une classe de 3e primaire : 50 minutes ont suffi.");
		return id;
	}

	/** The first comment of the resource: the referent's, which the head may report. */
	long firstComment(long resourceId) {
		return jdbc.queryForObject("select min(id) from resource_comment where resource_id = ?", Long.class, resourceId);
	}

	/** An improvement proposed by the head of school to the teacher's resource. */
	long proposal(long resourceId) {
		ResourceContent current = samples.contentOf(resourceId);
		ResourceContent proposed = new ResourceContent(current.title(), current.summary(),
				current.description() + "\n\nAjout : une variante pour les élèves dyslexiques.", current.type(),
				current.years(), current.disciplines(), current.language(), current.authors(), current.publisher(),
				current.licence(), current.url(), current.durationMinutes(), current.audiences(),
				current.accessibilityFeatures(), current.accessModes(), current.accessibilityHazards(),
				current.accessibilitySummary(), current.accommodations(), current.accommodationsNote(),
				current.competences(), current.keywords(), current.provenance(), current.files());
		return proposals.propose(resourceId, samples.person(Persona.HEAD), proposed, List.of(), List.of(),
				"Une variante pour les élèves dyslexiques.");
	}

	long submitted(String title) {
		long id = samples.draft(Persona.TEACHER, ResourceSamples.content(title, "Une ressource soumise."));
		samples.move(id, Persona.TEACHER, Workflow.SUBMIT, null);
		return id;
	}

	long twoVersions() {
		long id = published("Ressource en deux versions");
		return samples.newVersion(id, Persona.TEACHER, "Ressource en deux versions, revue");
	}
}
