package be.numedu.browser;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.stream.Stream;

import be.numedu.testsupport.Browser;
import be.numedu.testsupport.Browser.Session;
import be.numedu.testsupport.NumeduBrowserTest;
import be.numedu.testsupport.Personas.Persona;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of numedu, as the person who sees it: axe-core's WCAG 2.1 AA rules (no violation),
 * a French title and language, one main region reached by a skip link, every link and control reachable by keyboard
 * with a visible focus, and no sideways scrolling on a phone. Then the English version, and that it sticks.
 */
@NumeduBrowserTest
class AccessibilityBrowserTests {

	static final String FINDER = "/cartographie/trouver";

	static final String FINDER_TITLE = "Trouver de l'aide – numedu";

	/** A page, who looks at it, how to get there, and what it answers. */
	record Visit(Persona who, Function<Session, Response> reach, int status, String title, boolean layout) {

		static Visit of(Persona who, String path, int status, String title) {
			return new Visit(who, session -> session.open(path), status, title, true);
		}
	}

	static Stream<Named<Visit>> pages() {
		return Stream.of(
				page("accueil", null, "/", 200, "Accueil – numedu"),
				page("déclaration d'accessibilité", null, "/accessibilite", 200, "Déclaration d'accessibilité – numedu"),
				page("vie privée", null, "/vie-privee", 200, "Vie privée – numedu"),
				page("connexion", null, "/connexion", 200, "Connexion – numedu"),
				page("registre, sans recherche", null, "/etablissements", 200, "Établissements – numedu"),
				page("registre, recherche avec résultats", null, "/etablissements?q=namur", 200, "Établissements – numedu"),
				page("registre, recherche filtrée", null, "/etablissements?q=ecole&zone=BRUXELLES&reseau=WBE", 200,
						"Établissements – numedu"),
				page("page d'un établissement", null, "/etablissements/2938", 200,
						"Ecole fondamentale communale de Temploux – numedu"),
				page("implantation partagée", null, "/etablissements/implantations/9286", 200,
						"Implantation partagée – numedu"),
				page("cartographie", null, "/cartographie", 200, "Cartographie du soutien – numedu"),
				page("cartographie, recherche", null, "/cartographie?q=connectivit%C3%A9", 200,
						"Cartographie du soutien – numedu"),
				page("fiche d'opérateur", null, "/cartographie/operateurs/cirb", 200,
						"CIRB – Centre d'Informatique pour la Région bruxelloise – numedu"),
				Named.of("fiche imprimable", new Visit(null, session -> session.open("/cartographie/operateurs/cirb/imprimer"),
						200, "CIRB – Centre d'Informatique pour la Région bruxelloise – Fiche opérateur", false)),
				page("référentiels de compétences", null, "/referentiels", 200, "Référentiels de compétences – numedu"),
				page("référentiel, traduction de travail", null, "/referentiels/digcompedu", 200, "DigCompEdu – numedu"),
				page("référentiel, texte officiel", null, "/referentiels/encadrement-2009", 200,
						"Référentiel des personnels d'encadrement (2009) – numedu"),
				page("compétence, traduction de travail", null, "/referentiels/digcomp-2.2/3.2", 200,
						"Compétence 3.2 – DigComp 2.2 – numedu"),
				page("compétence, texte officiel", null, "/referentiels/encadrement-2009/B4", 200,
						"Compétence B4 – Référentiel des personnels d'encadrement (2009) – numedu"),
				page("trouver : besoin", null, FINDER, 200, FINDER_TITLE),
				page("trouver : école, recherche", null, FINDER + "?besoin=USAGE_PEDAGOGIQUE&recherche=temploux", 200,
						FINDER_TITLE),
				page("trouver : école, rien trouvé", null, FINDER + "?besoin=USAGE_PEDAGOGIQUE&recherche=zzzzzz", 200,
						FINDER_TITLE),
				page("trouver : école, votre implantation", Persona.TEACHER, FINDER + "?besoin=USAGE_PEDAGOGIQUE", 200,
						FINDER_TITLE),
				page("trouver : affiliation", null, FINDER + "?besoin=USAGE_PEDAGOGIQUE&ecole=2938", 200, FINDER_TITLE),
				page("trouver : résultat", null, FINDER + "?besoin=USAGE_PEDAGOGIQUE&ecole=2938&affiliation=cecp", 200,
						FINDER_TITLE),
				page("trouver : résultat selon l'affiliation", null,
						FINDER + "?besoin=USAGE_PEDAGOGIQUE&ecole=2938&affiliation=inconnu", 200, FINDER_TITLE),
				page("trouver : aucun opérateur", null, FINDER + "?besoin=MAINTENANCE&ecole=231", 200, FINDER_TITLE),
				page("mon compte", Persona.TEACHER, "/compte", 200, "Mon compte – numedu"),
				page("comptes des personnes", Persona.ADMIN, "/compte/personnes", 200, "Comptes – numedu"),
				page("ouvrir un compte", Persona.ADMIN, "/compte/personnes/nouvelle", 200, "Nouveau compte – numedu"),
				page("import du registre", Persona.ADMIN, "/etablissements/import", 200, "Import du registre – numedu"),
				page("rapport d'import", Persona.ADMIN, "/etablissements/import/1", 200, "Rapport d'import – numedu"),
				page("cartographie, administrateur", Persona.ADMIN, "/cartographie", 200, "Cartographie du soutien – numedu"),
				page("fiche d'opérateur, administrateur", Persona.ADMIN, "/cartographie/operateurs/cirb", 200,
						"CIRB – Centre d'Informatique pour la Région bruxelloise – numedu"),
				page("modifier une fiche", Persona.ADMIN, "/cartographie/operateurs/cirb/modifier", 200,
						"Modifier la fiche : CIRB – numedu"),
				Named.of("modifier une fiche, erreurs", new Visit(Persona.ADMIN, AccessibilityBrowserTests::invalidCardForm,
						200, "Modifier la fiche : CIRB – numedu", true)),
				page("nouvelle fiche", Persona.ADMIN, "/cartographie/operateurs/nouveau", 200, "Nouvelle fiche – numedu"),
				page("page introuvable", null, "/cartographie/operateurs/n-existe-pas", 404, "Page introuvable – numedu"),
				page("page introuvable, adresse inconnue", Persona.ADMIN, "/nope-n-existe-pas", 404,
						"Page introuvable – numedu"),
				page("compétence introuvable", null, "/referentiels/digcomp-2.2/9.9", 404, "Page introuvable – numedu"),
				page("collections publiques", null, "/collections", 200, "Collections de ressources – numedu"),
				page("mes collections", Persona.TEACHER, "/collections", 200, "Collections de ressources – numedu"),
				page("créer une collection", Persona.TEACHER, "/collections/nouvelle", 200, "Créer une collection – numedu"),
				Named.of("créer une collection, erreurs", new Visit(Persona.TEACHER,
						AccessibilityBrowserTests::invalidCollectionForm, 422, "Créer une collection – numedu", true)),
				Named.of("collection, sa propriétaire", new Visit(Persona.TEACHER,
						AccessibilityBrowserTests::newCollection, 200, "Collection accessible – numedu", true)),
				Named.of("modifier une collection", new Visit(Persona.TEACHER, session -> {
					newCollection(session);
					return session.page().navigate(session.page().url() + "/modifier");
				}, 200, "Modifier la collection – numedu", true)),
				page("collection introuvable", null, "/collections/999999999", 404, "Page introuvable – numedu"),
				page("import de ressources", Persona.ADMIN, "/ressources/import", 200, "Importer des ressources – numedu"),
				Named.of("rapport d'import de ressources", new Visit(Persona.ADMIN, session -> importResources(session,
						"lot.csv", "titre;resume;type;annees;disciplines;langue;licence;lien;publics;provenance\n"
								+ "Fiche accessible;Une fiche.;EXERCISE;P3;FLA;fr;CC_BY;https://example.org/a11y;ENSEIGNANT;CRP\n"
								+ "Fiche refusée;Sans lien.;EXERCISE;P3;FLA;fr;CC_BY;;ENSEIGNANT;CRP\n"),
						200, "Rapport d'import – numedu", true)),
				Named.of("import de ressources refusé", new Visit(Persona.ADMIN, session -> importResources(session,
						"xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE lom [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><lom>&x;</lom>"),
						422, "Importer des ressources – numedu", true)),
				page("accès refusé", Persona.AGENT, "/cartographie/operateurs/sgne/modifier", 403, "Accès refusé – numedu"));
	}

	private static Named<Visit> page(String name, Persona who, String path, int status, String title) {
		return Named.of(name, Visit.of(who, path, status, title));
	}

	/** The CIRB's edit form sent with its name cleared: shown again with its errors (nothing is saved). */
	private static Response invalidCardForm(Session session) {
		session.open("/cartographie/operateurs/cirb/modifier");
		Page page = session.page();
		page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nom").setExact(true)).fill("");
		return page.waitForResponse(response -> response.request().method().equals("POST"),
				() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void everyPageIsAccessible(Visit visit, Browser browser) {
		// given the person who sees the page
		Session session = visit.who() == null ? browser.visitor() : browser.as(visit.who());
		Page page = session.page();

		// when they open it
		Response response = visit.reach().apply(session);

		// then it is the page expected, in French, with one main region
		assertThat(response.status()).as("status of %s", page.url()).isEqualTo(visit.status());
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		assertThat(page.title()).isEqualTo(visit.title());
		assertThat(page.locator("main")).hasCount(1);
		assertThat(page.locator("main")).hasId("contenu");

		// and axe-core finds nothing serious
		PageChecks.noAxeViolation(page);

		// and the keyboard reaches everything, showing where it is, from the skip link on
		PageChecks.everythingReachableByTabWithVisibleFocus(page, visit.layout());
		PageChecks.skipLinkMovesFocusToTheContent(page);

		// and a phone shows it without sideways scrolling
		PageChecks.fitsAPhone(page);
	}

	@Test
	void theEnglishVersionIsOneClickAwayAndSticks(Browser browser) {
		// given a visitor on the French directory
		Session visitor = browser.visitor();
		Page page = visitor.page();
		visitor.open("/cartographie");
		assertThat(page.locator("h1")).hasText("Cartographie des acteurs du soutien au numérique éducatif");

		// when they switch to English
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();

		// then the page is in English, and says so
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/cartographie\\?lang=en$"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("Directory of digital education support providers");
		assertThat(page).hasTitle("Support directory – numedu");
		assertThat(page.locator(".skip-link")).hasText("Skip to content");

		// when they go on to another page
		page.locator("nav.main-nav").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("Schools")).click();

		// then it is in English too
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/etablissements$"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("Register of schools");
		PageChecks.noAxeViolation(page);

		// and switching back to French sticks as well
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Français")).click();
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		visitor.open("/cartographie");
		assertThat(page.locator("h1")).hasText("Cartographie des acteurs du soutien au numérique éducatif");
	}

	/** A new public collection of the teacher, made through its form; its page. */
	static Response newCollection(Session session) {
		session.open("/collections/nouvelle");
		Page page = session.page();
		page.getByLabel("Titre").fill("Collection accessible");
		page.getByLabel("Description").fill("Une *description* avec [un lien](https://example.org).");
		page.getByLabel("Publique").check();
		return page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Créer la collection")).click());
	}

	/** The new collection form sent empty: shown again with its errors (nothing is saved). */
	static Response invalidCollectionForm(Session session) {
		session.open("/collections/nouvelle");
		Page page = session.page();
		return page.waitForResponse(response -> response.request().method().equals("POST"),
				() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer la collection")).click());
	}

	/** A LOM or CSV file sent through the import page, with a partner collection as provenance. */
	private static Response importResources(Session session, String name, String content) {
		session.open("/ressources/import");
		Page page = session.page();
		page.getByLabel("Fichier LOM (XML) ou CSV").setInputFiles(new FilePayload(name, "application/octet-stream",
				content.getBytes(StandardCharsets.UTF_8)));
		page.getByLabel("Provenance").selectOption("CRP");
		return page.waitForResponse(r -> r.request().method().equals("POST"), () -> page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Importer").setExact(true)).click());
	}
}
