package be.numedu.browser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import be.numedu.accounts.PersonView;
import be.numedu.accounts.Role;
import be.numedu.accounts.domain.Accounts;
import be.numedu.directory.Need;
import be.numedu.support.domain.SupportDesk;
import be.numedu.support.domain.SupportRequest;
import be.numedu.testsupport.Browser;
import be.numedu.testsupport.Browser.Session;
import be.numedu.testsupport.NumeduBrowserTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.SupportRequests;
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
 * Support requests in the browser, as the people who use them: a teacher who goes from the finder to a filed request
 * by keyboard alone, and whose refused form says why; an operator's agent who filters the queue, takes a request in
 * charge, asks a question, and resolves it, while the teacher answers, confirms and rates; the SGNE assigning a request
 * from its triage; two agents taking the same request at once; hostile text; and every state of every support page
 * checked as {@link AccessibilityBrowserTests} checks every page (axe-core's WCAG 2.1 A and AA rules — here with no
 * violation at all, whatever its impact — the keyboard from the skip link on, and a phone's width, where axe runs
 * again). The states are here rather than in that class's list because each needs requests prepared through the desk.
 */
@NumeduBrowserTest
class SupportBrowserTests {

	static final String NEW_TITLE = "Faire une demande de soutien – numedu";

	static final String ECOLE_NUMERIQUE = "Conseillers « École numérique » de la Région wallonne";

	static final String SCRIPT = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";

	static final String BREAKOUT = "\"><svg onload=alert(1)>";

	/** A second agent of the CIRB, for two agents taking one request at once. */
	static final String SECOND_AGENT = "agent2-cirb@test.numedu.example";

	static final String SECOND_AGENT_NAME = "AGENT_2 CIRB (test)";

	/** A real one-page PDF (a measure of the connection's speed), built with its cross-reference table. */
	static final byte[] PDF = pdf("Debit mesure au 2e etage : 3 Mb/s");

	@Autowired
	SupportRequests requests;

	@Autowired
	SupportDesk desk;

	@Autowired
	Accounts accounts;

	@Autowired
	Personas personas;

	@Autowired
	JdbcTemplate jdbc;

	// ---------------------------------------------------------------------------------------------------------------
	// The requester's journey

	@Test
	void aTeacherGoesFromTheFinderToAFiledRequestByKeyboardAlone(Browser browser) {
		// given the teacher of the Temploux school, signed in, on the finder
		Session teacher = browser.as(Persona.TEACHER);
		Page page = teacher.page();
		teacher.open("/cartographie/trouver");

		// when they choose connectivity with the arrow keys, and their own implantation's school, with Enter
		teacher.tabTo(page.locator("#besoin-USAGE_PEDAGOGIQUE"), 40);
		for (int i = 0; i < 6; i++) {
			page.keyboard().press("ArrowDown");
		}
		assertThat(page.locator("#besoin-CONNECTIVITE")).isChecked();
		assertThat(page.locator("#besoin-CONNECTIVITE")).isFocused();
		teacher.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer")), 20);
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Pour quelle école ?")))
			.isFocused();
		assertThat(page.locator("#mine-2938")).isChecked();
		teacher.tabTo(page.locator("#mine-2938"), 10);
		teacher.tabTo(page.locator("#finder form:not([role=search]) button[type=submit]"), 5);
		page.keyboard().press("Enter");

		// then the Walloon advisers are proposed, with a link to file a request with them
		assertThat(page.locator("#result-heading")).isFocused();
		assertThat(page.locator("article.match h3")).hasText(ECOLE_NUMERIQUE);
		Locator file = page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Faire une demande à École numérique (RW)"));

		// when they follow it with Enter
		teacher.tabTo(file, 30);
		page.keyboard().press("Enter");

		// then the filing form is a page of its own, the need filled in and the operator proposed
		assertThat(page).hasURL(Pattern.compile("/demandes/nouvelle\\?besoin=CONNECTIVITE&operateur=ecole-numerique-rw$"));
		assertThat(page).hasTitle(NEW_TITLE);
		assertThat(page.locator("header.site-header")).hasCount(1);
		assertThat(page.locator("h1")).hasCount(1);
		assertThat(page.locator("h1")).hasText("Faire une demande de soutien");
		assertThat(page.locator("#need")).hasValue("CONNECTIVITE");
		assertThat(page.locator("input[name=proposedOperator]")).hasValue("ecole-numerique-rw");
		assertThat(page.locator("main aside")).containsText("Opérateur choisi");
		assertThat(page.locator("main aside").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName(ECOLE_NUMERIQUE))).isVisible();

		// when they fill it in with the keyboard: typing, arrow keys in the radio buttons, a PDF in the file field
		String title = "Le Wi-Fi tombe au 2e étage " + System.nanoTime();
		teacher.tabTo(page.locator("#title"), 40);
		page.keyboard().type(title);
		page.keyboard().press("Tab");
		assertThat(page.locator("#description")).isFocused();
		page.keyboard().type("Depuis lundi, la connexion coupe toutes les dix minutes.");
		page.keyboard().press("Enter");
		page.keyboard().type("Nous avons redémarré la borne, sans effet.");
		page.keyboard().press("Tab");
		assertThat(page.locator("#urgency-NORMALE")).isFocused();
		page.keyboard().press("ArrowDown");
		assertThat(page.locator("#urgency-HAUTE")).isChecked();
		page.keyboard().press("Tab");
		assertThat(page.locator("#contact-COURRIEL")).isFocused();
		page.keyboard().press("ArrowDown");
		assertThat(page.locator("#contact-TELEPHONE")).isChecked();
		page.keyboard().press("Tab");
		assertThat(page.locator("#contactPhone")).isFocused();
		page.keyboard().type("081 23 45 67");
		page.keyboard().press("Tab");
		Locator files = page.locator("#fichiers");
		assertThat(files).isFocused();
		files.setInputFiles(new FilePayload("mesure du débit.pdf", "application/pdf", PDF));
		Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la demande"));
		teacher.tabTo(submit, 3);
		page.keyboard().press("Enter");

		// then they land on the request's page, told it is recorded
		assertThat(page).hasURL(Pattern.compile("/demandes/D-\\d{6}$"));
		String reference = page.url().replaceAll(".*/demandes/", "");
		assertThat(page.locator("main .notice[role=status]"))
			.hasText("Votre demande est enregistrée. Vous serez averti·e de chaque étape.");
		assertThat(page).hasTitle(reference + " – " + title + " – numedu");
		assertThat(page.locator("h1")).hasText(reference + " – " + title);
		assertThat(page.locator("main .tag.status--new")).hasText("Nouvelle");
		assertThat(page.locator("main .tag").filter(new Locator.FilterOptions().setHasText("Urgence")))
			.hasText("Urgence : Urgente : l'enseignement est bloqué");
		assertThat(page.locator("main .message")).hasText(
				"Depuis lundi, la connexion coupe toutes les dix minutes.\nNous avons redémarré la borne, sans effet.");
		assertThat(page.locator("main dl.facts")).containsText("Par téléphone – 081 23 45 67");

		// and who holds it, why it went there, and by when it should be taken in charge
		Locator aside = page.locator("main aside");
		assertThat(aside.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(ECOLE_NUMERIQUE))).isVisible();
		assertThat(aside).containsText("Pas encore prise en charge.");
		assertThat(aside.locator("h2:text-is('Orientation') + p .tag")).hasText("Orientation automatique");
		assertThat(aside.locator("h2:text-is('Orientation') + p + p")).containsText(
				"École numérique (RW) est le seul opérateur de la cartographie qui déclare « Connexion à Internet et réseau de l'école »");
		assertThat(aside.locator("p").filter(new Locator.FilterOptions().setHasText("Prise en charge attendue")))
			.containsText(Pattern.compile("Prise en charge attendue\\s+\\d{1,2} \\S+ \\d{4} à \\d{2}:\\d{2}"));

		// and the PDF in the history, served back as it was sent
		Locator link = page.locator("ol.timeline a").filter(new Locator.FilterOptions().setHasText("mesure du débit.pdf"));
		assertThat(link).hasCount(1);
		byte[] served = page.request().get(teacher.url(link.getAttribute("href"))).body();
		assertThat(served).isEqualTo(PDF);

		// and the request is in their list
		teacher.open("/demandes");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference + " – " + title)))
			.isVisible();
	}

	@Test
	void aRefusedFilingSaysWhyInFrenchKeepsWhatWasTypedAndStoresNothing(Browser browser) {
		// given the teacher on the filing form, and what is stored
		long requestsBefore = count("support_request");
		long filesBefore = count("support_attachment");
		Session teacher = browser.as(Persona.TEACHER);
		Page page = teacher.page();
		teacher.open("/demandes/nouvelle?besoin=CONNECTIVITE");

		// when they send it without a title, with a program renamed as a PDF
		byte[] program = new byte[2048];
		program[0] = 'M';
		program[1] = 'Z';
		FilePayload disguised = new FilePayload("devis.pdf", "application/pdf", program);
		teacher.tabTo(page.locator("#description"), 40);
		page.keyboard().type("La borne du 1er étage ne répond plus.");
		page.locator("#fichiers").setInputFiles(disguised);
		send(teacher);

		// then the form comes back with its errors summed up in an alert, in French, each linked to its field
		assertThat(page).hasURL(Pattern.compile("/demandes/nouvelle$"));
		Locator summary = page.locator(".error-summary[role=alert]");
		assertThat(summary).isVisible();
		assertThat(summary).hasAttribute("tabindex", "-1");
		assertThat(summary.locator("h2")).hasText("Le formulaire contient une erreur : corrigez le champ signalé.");
		Locator toTitle = summary.locator("a[href='#title']");
		assertThat(toTitle).hasText("Ce champ est obligatoire.");
		assertThat(page.locator("#title-error")).hasText("Ce champ est obligatoire.");
		assertThat(page.locator("#title")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#title")).hasAttribute("aria-describedby", Pattern.compile("\\btitle-error\\b"));
		// what they typed is kept; the file, which a page cannot fill in again, is to be chosen again, and they are told
		assertThat(page.locator("#description")).hasValue("La borne du 1er étage ne répond plus.");
		assertThat(page.locator("#need")).hasValue("CONNECTIVITE");
		Locator again = page.locator("#fichiers-again");
		assertThat(again).hasText(
				"Le fichier choisi n'a pas été envoyé, car le formulaire contenait des erreurs : choisissez-le à nouveau.");
		assertThat(summary.locator("a[href='#fichiers']")).hasText(again.textContent());
		assertThat(page.locator("#fichiers")).hasAttribute("aria-describedby", Pattern.compile("\\bfichiers-again\\b"));

		// when they follow the summary's link with the keyboard
		toTitle.focus();
		page.keyboard().press("Enter");

		// then the focus is in the title field, where they type it
		assertThat(page.locator("#title")).isFocused();
		page.keyboard().type("Borne muette");

		// when they choose the disguised file again and send the form
		page.locator("#fichiers").setInputFiles(disguised);
		send(teacher);

		// then the file is refused on its content, whatever its name, beside its field and in the summary
		String refusal = "Le fichier « devis.pdf » n'est pas un PDF, une image (PNG, JPEG, GIF, WebP) ou un texte : "
				+ "son contenu a été vérifié, quel que soit son nom.";
		assertThat(summary.locator("h2")).hasText("Le formulaire contient une erreur : corrigez le champ signalé.");
		assertThat(summary.locator("a[href='#fichiers']")).hasText(refusal);
		assertThat(page.locator("#fichiers-error")).hasText(refusal);
		assertThat(page.locator("#fichiers")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#fichiers")).hasAttribute("aria-describedby", Pattern.compile("\\bfichiers-error\\b"));
		assertThat(page.locator("#title")).hasValue("Borne muette");
		assertThat(page.locator("#description")).hasValue("La borne du 1er étage ne répond plus.");

		// and nothing was stored
		assertThat(count("support_request")).isEqualTo(requestsBefore);
		assertThat(count("support_attachment")).isEqualTo(filesBefore);
	}

	@Test
	void aForgedChoiceIsReportedOnItsGroupOfRadioButtonsWhichTheSummaryLinkFocuses(Browser browser) {
		// given the teacher's filing form, whose urgency a forged page sends with an unknown value
		long requestsBefore = count("support_request");
		Session teacher = browser.as(Persona.TEACHER);
		Page page = teacher.page();
		teacher.open("/demandes/nouvelle?besoin=CONNECTIVITE");
		page.getByLabel("Titre").fill("Urgence inventée");
		page.getByLabel("Description").fill("Le formulaire a été modifié.");
		page.locator("#urgency-HAUTE").evaluate("radio => { radio.value = 'IMMEDIATE'; radio.checked = true; }");

		// when it is sent
		send(teacher);

		// then the summary names the group, and its link takes the focus to the group, which says what is wrong
		Locator toUrgency = page.locator(".error-summary[role=alert] a[href='#urgency']");
		assertThat(toUrgency).hasText("Cette valeur n'est pas valide.");
		Locator group = page.locator("fieldset#urgency");
		assertThat(group).hasAttribute("aria-describedby", "urgency-error");
		assertThat(page.locator("#urgency-error")).hasText("Cette valeur n'est pas valide.");
		toUrgency.focus();
		page.keyboard().press("Enter");
		assertThat(group).isFocused();
		// and from there, Tab goes into the group's radio buttons
		page.keyboard().press("Tab");
		assertThat(page.locator("input[name=urgency]:focus")).hasCount(1);
		assertThat(page.locator("#title")).hasValue("Urgence inventée");
		assertThat(count("support_request")).isEqualTo(requestsBefore);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// The agent's journey

	@Test
	void anAgentHandlesARequestFromTheQueueWhileTheTeacherAnswersConfirmsAndRates(Browser browser) {
		// given a teacher's request handed over to the CIRB
		String title = "La borne Wi-Fi du réfectoire clignote " + System.nanoTime();
		String reference = atCirb(title);

		// when the CIRB's agent filters the queue: new requests about connectivity, the most recent first
		Session agent = browser.as(Persona.AGENT);
		Page page = agent.page();
		agent.open("/demandes/file");
		assertThat(page.locator("h1")).hasText("Demandes – CIRB");
		page.locator("#statut").selectOption("NEW");
		page.locator("#besoin").selectOption("CONNECTIVITE");
		page.locator("#tri").selectOption("creation");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();

		// then the queue shows only those, the filters kept, the request among them
		assertThat(page).hasURL(Pattern.compile("/demandes/file\\?statut=NEW&besoin=CONNECTIVITE&zone=&tri=creation$"));
		assertThat(page.locator("#statut")).hasValue("NEW");
		assertThat(page.locator("#besoin")).hasValue("CONNECTIVITE");
		Locator rows = page.locator("main table tbody tr");
		assertThat(rows.first()).isVisible();
		assertThat(rows.locator("td:nth-child(3)").allTextContents())
			.allSatisfy(need -> assertThat(need.strip()).isEqualTo("Connexion à Internet et réseau de l'école"));
		assertThat(rows.locator("td:nth-child(4) .tag").allTextContents()).containsOnly("Nouvelle");
		Locator row = rows.filter(new Locator.FilterOptions().setHasText(reference));
		assertThat(row).hasCount(1);
		assertThat(row).containsText("TEACHER (test)");

		// when they open it and take it in charge
		row.getByRole(AriaRole.LINK).click();
		assertThat(page).hasURL(Pattern.compile("/demandes/" + reference + "$"));
		assertThat(page.locator("ol.timeline")).containsText("Transmise à CIRB");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prendre en charge")).click();

		// then the page says so and shows who holds it
		assertThat(page.locator("main .notice[role=status]")).hasText("Vous avez pris la demande en charge.");
		assertThat(page.locator("main .tag.status--taken")).hasText("Prise en charge");
		assertThat(page.locator("main aside")).containsText("Prise en charge par AGENT (test)");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prendre en charge")))
			.hasCount(0);

		// when they ask the teacher a question, choosing its type with the arrow keys
		agent.tabTo(page.locator("#type-REPONSE"), 60);
		page.keyboard().press("ArrowDown");
		page.keyboard().press("ArrowDown");
		assertThat(page.locator("#type-QUESTION")).isChecked();
		page.keyboard().press("Tab");
		assertThat(page.locator("#message-text")).isFocused();
		page.keyboard().type("Quel est le modèle de la borne ?");
		agent.tabTo(messageForm(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Envoyer")), 3);
		page.keyboard().press("Enter");

		// then the request waits for the teacher, its clock paused
		assertThat(page.locator("main .notice[role=status]"))
			.hasText("Votre question est envoyée : le délai est suspendu jusqu'à la réponse du demandeur.");
		assertThat(page.locator("main .tag.status--waiting_for_requester")).hasText("En attente du demandeur");
		assertThat(page.locator("main aside")).containsText("Délai suspendu : en attente du demandeur");

		// when the teacher opens their request and answers, by keyboard
		Session teacher = browser.as(Persona.TEACHER);
		Page mine = teacher.page();
		teacher.open("/demandes/" + reference);
		assertThat(mine.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Répondre à la question")))
			.isVisible();
		assertThat(mine.locator("ol.timeline > li").filter(new Locator.FilterOptions()
			.setHasText("Question au demandeur"))).containsText("Quel est le modèle de la borne ?");
		teacher.tabTo(mine.locator("#inform-text"), 60);
		mine.keyboard().type("Une borne Cisco, au plafond du réfectoire.");
		teacher.tabTo(mine.locator("form[action$='/information'] button[type=submit]"), 3);
		mine.keyboard().press("Enter");

		// then the answer is added and the request is back with the agent
		assertThat(mine.locator("main .notice[role=status]")).hasText("Votre message est ajouté à la demande.");
		assertThat(mine.locator("main .tag.status--taken")).hasText("Prise en charge");

		// when the agent, on their page again, sends the solution
		agent.open("/demandes/" + reference);
		assertThat(page.locator("ol.timeline > li").filter(new Locator.FilterOptions()
			.setHasText("Information du demandeur"))).containsText("Une borne Cisco, au plafond du réfectoire.");
		page.getByLabel("Solution (la demande passe à « Résolue »)").check();
		page.getByLabel("Texte").fill("Le firmware de la borne est mis à jour ; elle ne coupe plus.");
		messageForm(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Envoyer")).click();
		assertThat(page.locator("main .notice[role=status]"))
			.hasText("La demande est résolue : le demandeur peut la confirmer ou la rouvrir.");
		assertThat(page.locator("main .tag.status--resolved")).hasText("Résolue");

		// when the teacher confirms it is solved, with Space on the button
		teacher.open("/demandes/" + reference);
		assertThat(mine.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Le problème est-il résolu ?")))
			.isVisible();
		assertThat(mine.getByLabel("Non : ce qui ne va toujours pas")).isVisible();
		teacher.tabTo(mine.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Oui, c'est résolu : fermer la demande")), 60);
		mine.keyboard().press("Space");

		// then the request is closed, and they are asked for their opinion
		assertThat(mine.locator("main .notice[role=status]")).hasText("Merci : la demande est fermée.");
		assertThat(mine.locator("main .tag.status--closed")).hasText("Fermée");
		assertThat(mine.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Votre avis sur l'aide reçue")))
			.isVisible();

		// when they rate it 4 with Space and the arrow keys, and add a comment
		teacher.tabTo(mine.locator("#note-1"), 60);
		mine.keyboard().press("Space");
		assertThat(mine.locator("#note-1")).isChecked();
		for (int i = 0; i < 3; i++) {
			mine.keyboard().press("ArrowRight");
		}
		assertThat(mine.locator("#note-4")).isChecked();
		mine.keyboard().press("Tab");
		assertThat(mine.locator("#rate-comment")).isFocused();
		mine.keyboard().type("Rapide et clair.");
		teacher.tabTo(mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mon avis")), 3);
		mine.keyboard().press("Enter");

		// then their opinion is recorded, and no form is left to send it again
		assertThat(mine.locator("main .notice[role=status]")).hasText("Merci pour votre avis.");
		assertThat(mine.locator("main aside")).containsText("4 sur 5");
		assertThat(mine.locator("main aside")).containsText("Rapide et clair.");
		assertThat(mine.locator("form[action$='/evaluation']")).hasCount(0);

		// and the agent sees the whole story, and the opinion
		agent.open("/demandes/" + reference);
		assertThat(page.locator("main .tag.status--closed")).hasText("Fermée");
		assertThat(page.locator("main aside")).containsText("4 sur 5");
		assertThat(page.locator("ol.timeline")).containsText("Résolution confirmée");
		assertThat(page.locator("ol.timeline")).containsText("Avis du demandeur");
	}

	@Test
	void theSgneAssignsARequestFromItsTriage(Browser browser) {
		// given a teacher's request about teaching uses, which both the CECP and the CPEONS cover
		String title = "Utiliser les tablettes en 3e primaire " + System.nanoTime();
		String reference = triaged(title);

		// when the SGNE's administrator opens it from the triage
		Session admin = browser.as(Persona.ADMIN);
		Page page = admin.page();
		admin.open("/demandes/tri");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference + " – " + title)).click();

		// then the page says why it is in the triage
		assertThat(page).hasURL(Pattern.compile("/demandes/" + reference + "$"));
		Locator aside = page.locator("main aside");
		assertThat(aside).containsText("Le Service général du Numérique éducatif choisit l'opérateur qui la traitera.");
		assertThat(aside.locator("h2:text-is('Orientation') + p .tag")).hasText("Tri du SGNE");
		assertThat(aside.locator("h2:text-is('Orientation') + p + p")).containsText("Plusieurs opérateurs déclarent");
		assertThat(aside).containsText("Orientation attendue");

		// when they assign it to the CECP with a note, by keyboard
		admin.tabTo(page.locator("#assign-operator"), 60);
		page.locator("#assign-operator").selectOption("cecp");
		page.keyboard().press("Tab");
		assertThat(page.locator("#assign-note")).isFocused();
		page.keyboard().type("PO affilié au CECP");
		admin.tabTo(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attribuer")), 3);
		page.keyboard().press("Enter");

		// then the request is the CECP's, with the SGNE's reason, and leaves the triage
		assertThat(page.locator("main .notice[role=status]")).hasText("La demande est attribuée.");
		assertThat(aside.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName(Pattern.compile("^CECP – Conseil de l'Enseignement des Communes et des Provinces")))).isVisible();
		assertThat(aside.locator("h2:text-is('Orientation') + p .tag")).hasText("Attribuée par le SGNE");
		assertThat(aside.locator("h2:text-is('Orientation') + p + p")).hasText("Attribuée par le SGNE à CECP : PO affilié au CECP");
		assertThat(page.locator("form[action$='/attribution']")).hasCount(0);
		admin.open("/demandes/tri");
		assertThat(page.locator("main")).not().containsText(reference);
	}

	@Test
	void twoAgentsTakingOneRequestAtOnceLeaveOneWinnerAndTellTheOtherInAnAlert(Browser browser) {
		// given a request at the CIRB, open on the pages of two of its agents
		String title = "Le réseau pédagogique est lent " + System.nanoTime();
		String reference = atCirb(title);
		Session first = browser.as(Persona.AGENT);
		Session second = secondAgent(browser);
		first.open("/demandes/" + reference);
		second.open("/demandes/" + reference);
		List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
		for (Session agent : List.of(first, second)) {
			agent.page().onResponse(response -> {
				if (response.request().method().equals("POST") && response.url().endsWith("/prise-en-charge")) {
					statuses.add(response.status());
				}
			});
		}

		// when both press "Prendre en charge" at the same time (neither waits for the other's page)
		for (Session agent : List.of(first, second)) {
			agent.page().evaluate("() => document.querySelector(\"form[action$='/prise-en-charge'] button\").click()");
		}

		// then one of them took it, and the other is told who did, in an alert at the top of the page
		for (Session agent : List.of(first, second)) {
			assertThat(agent.page().locator("main .notice[role=status], #refused")).isVisible();
		}
		boolean firstWon = first.page().locator("main .notice[role=status]").count() == 1;
		Page winner = (firstWon ? first : second).page();
		Page loser = (firstWon ? second : first).page();
		String winnerName = firstWon ? "AGENT (test)" : SECOND_AGENT_NAME;
		assertThat(winner.locator("main .notice[role=status]")).hasText("Vous avez pris la demande en charge.");
		Locator alert = loser.locator("#refused");
		assertThat(alert).hasAttribute("role", "alert");
		assertThat(alert).hasText(winnerName + " a déjà pris cette demande en charge.");
		assertThat(loser.locator("html")).hasAttribute("lang", "fr");
		assertThat(statuses).containsExactlyInAnyOrder(302, 409);
		// the alert comes first in the content, before any form, and takes the focus when asked to
		assertThat((Boolean) alert.evaluate("a => [...document.querySelectorAll('main form, main h2')]"
				+ ".every(e => a.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING)")).isTrue();
		assertThat(alert).hasAttribute("tabindex", "-1");
		alert.focus();
		assertThat(alert).isFocused();
		// and the page shows the request as it now stands: taken by the winner, with no button to take it
		assertThat(loser.locator("main aside")).containsText("Prise en charge par " + winnerName);
		assertThat(loser.locator("main .tag.status--taken")).hasText("Prise en charge");
		assertThat(loser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prendre en charge")))
			.hasCount(0);
		assertThat(jdbc.queryForObject("select count(*) from support_entry e join support_request r on r.id = e.request_id"
				+ " where r.reference = ? and e.kind = 'TAKEN'", Long.class, reference)).isEqualTo(1);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Hostile text

	@Test
	void markupTypedIntoARequestIsShownAsTextAndRunsNothing(Browser browser) {
		// given a teacher who types markup into the title and the description of a request
		Session teacher = browser.as(Persona.TEACHER);
		Page page = teacher.page();
		teacher.open("/demandes/nouvelle?besoin=CONNECTIVITE");
		String title = "Wi-Fi " + SCRIPT + " " + BREAKOUT;
		String description = SCRIPT + "\n" + BREAKOUT;
		page.getByLabel("Titre").fill(title);
		page.getByLabel("Description").fill(description);

		// when they send it
		send(teacher);

		// then its page shows both literally, in the window's title, the heading and the description
		assertThat(page.locator("main .notice[role=status]"))
			.hasText("Votre demande est enregistrée. Vous serez averti·e de chaque étape.");
		String reference = page.url().replaceAll(".*/demandes/", "");
		assertSafe(teacher, teacher.open("/demandes/" + reference));
		assertThat(page).hasTitle(reference + " – " + title + " – numedu");
		assertThat(page.locator("h1")).hasText(reference + " – " + title);
		assertThat(page.locator("main .message")).hasText(description);
		assertThat(page.locator("nav.breadcrumbs [aria-current=page]")).hasText(reference);

		// and so does the teacher's list
		assertSafe(teacher, teacher.open("/demandes"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference + " – " + title)))
			.isVisible();

		// and the SGNE's queue, and the request's page as the SGNE sees it, with the forms to handle it
		Session admin = browser.as(Persona.ADMIN);
		Page queue = admin.page();
		assertSafe(admin, admin.open("/demandes/file?operateur=ecole-numerique-rw&tri=creation"));
		assertThat(queue.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference + " – " + title)))
			.isVisible();
		assertSafe(admin, admin.open("/demandes/" + reference));
		assertThat(queue.locator("h1")).hasText(reference + " – " + title);
		assertThat(queue.locator("main .message")).hasText(description);

		// and no dialog opened anywhere (any dialog also fails the test through the browser's watch)
		assertThat(teacher.dialogs()).isEmpty();
		assertThat(admin.dialogs()).isEmpty();
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Every state of every support page

	/** A state of a support page: who looks at it, in which language, how to get there, and what it answers. */
	record State(Persona who, String lang, BiFunction<SupportBrowserTests, Session, Response> reach, int status,
			Pattern title) {
	}

	static Stream<Named<State>> states() {
		return Stream.of(
				state("formulaire de demande, vide", Persona.TEACHER, "/demandes/nouvelle", NEW_TITLE),
				state("formulaire de demande, depuis la recherche (opérateur proposé)", Persona.TEACHER,
						"/demandes/nouvelle?besoin=CONNECTIVITE&operateur=ecole-numerique-rw", NEW_TITLE),
				state("formulaire de demande, champs en erreur", Persona.TEACHER, "fr",
						(t, session) -> invalidFiling(session), 200, NEW_TITLE),
				state("formulaire de demande, fichier refusé", Persona.TEACHER, "fr",
						(t, session) -> disguisedFile(session), 200, NEW_TITLE),
				state("formulaire de demande, en anglais", Persona.TEACHER, "en",
						(t, session) -> session.open("/demandes/nouvelle?besoin=CONNECTIVITE&operateur=ecole-numerique-rw&lang=en"),
						200, "File a support request – numedu"),
				request("demande, demandeur, nouvelle", Persona.TEACHER, "fr", SupportBrowserTests::filed),
				request("demande, demandeur, question à laquelle répondre", Persona.TEACHER, "fr",
						SupportBrowserTests::waiting),
				request("demande, demandeur, résolue (confirmer, rouvrir, donner son avis)", Persona.TEACHER, "fr",
						SupportBrowserTests::resolved),
				request("demande, demandeur, résolue, en anglais", Persona.TEACHER, "en", SupportBrowserTests::resolved),
				request("demande, agent, nouvelle", Persona.AGENT, "fr", SupportBrowserTests::atCirb),
				request("demande, agent, prise en charge", Persona.AGENT, "fr", SupportBrowserTests::taken),
				request("demande, administrateur, au tri (attribuer)", Persona.ADMIN, "fr", SupportBrowserTests::triaged),
				Named.of("demande, agent, prise en charge refusée (alerte)", new State(Persona.AGENT, "fr",
						SupportBrowserTests::takenMeanwhile, 409, requestTitle(TAKEN_MEANWHILE))),
				state("mes demandes, en cours", Persona.TEACHER, "/demandes", "Mes demandes – numedu"),
				state("mes demandes, terminées", Persona.TEACHER, "/demandes?statut=terminees", "Mes demandes – numedu"),
				state("file de l'opérateur, filtrée", Persona.AGENT, "fr", (t, session) -> {
					t.atCirb("Demande de la file filtrée");
					return session.open("/demandes/file?statut=NEW&besoin=CONNECTIVITE&tri=creation");
				}, 200, "Demandes – numedu"),
				state("file de l'opérateur, vide", Persona.AGENT,
						"/demandes/file?statut=WITHDRAWN&besoin=AUTRE&zone=BRUXELLES&mes=oui&retard=oui",
						"Demandes – numedu"),
				state("file du SGNE, un opérateur, en anglais", Persona.ADMIN, "en", (t, session) -> {
					t.atCirb("Demande de la file en anglais");
					return session.open("/demandes/file?operateur=cirb&lang=en");
				}, 200, "Requests – numedu"),
				state("tri du SGNE", Persona.ADMIN, "fr", (t, session) -> {
					t.triaged("Demande à orienter");
					return session.open("/demandes/tri");
				}, 200, "Tri du SGNE – numedu"),
				state("notifications du demandeur", Persona.TEACHER, "fr", (t, session) -> {
					t.notifiedOf(t.resolved("Demande notifiée"));
					return session.open("/notifications");
				}, 200, "Notifications – numedu"),
				state("tableau de bord du SGNE", Persona.ADMIN, "fr", (t, session) -> {
					t.resolved("Demande du tableau de bord");
					return session.open("/demandes/tableau-de-bord");
				}, 200, "Tableau de bord – numedu"),
				state("tableau de bord du SGNE, un opérateur, en anglais", Persona.ADMIN, "en",
						(t, session) -> session.open("/demandes/tableau-de-bord?operateur=cirb&periode=365&lang=en"), 200,
						"Dashboard – numedu"),
				state("tableau de bord de l'opérateur", Persona.AGENT, "/demandes/tableau-de-bord",
						"Tableau de bord – numedu"),
				state("fiche d'opérateur avec ses délais mesurés", Persona.TEACHER, "fr", (t, session) -> {
					t.resolved("Demande mesurée");
					return session.open("/cartographie/operateurs/cirb");
				}, 200, "CIRB – Centre d'Informatique pour la Région bruxelloise – numedu"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("states")
	void everySupportPageStateIsAccessible(State state, Browser browser) {
		// given the person who sees the page
		Session session = browser.as(state.who());
		Page page = session.page();

		// when they reach the state
		Response response = state.reach().apply(this, session);

		// then it is the page expected, in its language, with one main region
		assertThat(response.status()).as("status of %s", page.url()).isEqualTo(state.status());
		assertThat(page.locator("html")).hasAttribute("lang", state.lang());
		assertThat(page.title()).matches(state.title());
		assertThat(page.locator("main")).hasCount(1);
		assertThat(page.locator("main")).hasId("contenu");

		// and axe-core finds no violation of WCAG 2.1 A or AA at all
		PageChecks.noAxeViolation(page);

		// and the keyboard reaches everything, showing where it is, from the skip link on
		PageChecks.everythingReachableByTabWithVisibleFocus(page, true);
		PageChecks.skipLinkMovesFocusToTheContent(page);
		noKeyboardTrap(page);

		// and a phone shows it without sideways scrolling, and axe-core finds nothing there either
		PageChecks.fitsAPhone(page);
		PageChecks.noAxeViolation(page);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// How the states are reached

	static final String TAKEN_MEANWHILE = "Demande prise entre-temps";

	private static Named<State> state(String name, Persona who, String path, String title) {
		return state(name, who, "fr", (t, session) -> session.open(path), 200, title);
	}

	private static Named<State> state(String name, Persona who, String lang,
			BiFunction<SupportBrowserTests, Session, Response> reach, int status, String title) {
		return Named.of(name, new State(who, lang, reach, status, Pattern.compile(Pattern.quote(title))));
	}

	/** A request's page, for a request prepared by {@code prepare} from its title. */
	private static Named<State> request(String name, Persona who, String lang,
			BiFunction<SupportBrowserTests, String, String> prepare) {
		String title = "Demande : " + name;
		return Named.of(name, new State(who, lang,
				(t, session) -> session.open("/demandes/" + prepare.apply(t, title) + ("en".equals(lang) ? "?lang=en" : "")),
				200, requestTitle(title)));
	}

	private static Pattern requestTitle(String title) {
		return Pattern.compile("D-\\d{6} – " + Pattern.quote(title + " – numedu"));
	}

	/** The filing form sent without title nor description, a forged urgency, asking for a call without a number. */
	private static Response invalidFiling(Session session) {
		session.open("/demandes/nouvelle");
		Page page = session.page();
		page.locator("#need").selectOption("CONNECTIVITE");
		page.getByLabel("Par téléphone").check();
		page.locator("#urgency-BASSE").evaluate("radio => { radio.value = 'IMMEDIATE'; radio.checked = true; }");
		page.locator("#fichiers").setInputFiles(new FilePayload("mesure.pdf", "application/pdf", PDF));
		Response response = send(session);
		// title, description, urgency, telephone, and the file to choose again
		assertThat(page.locator(".error-summary li")).hasCount(5);
		return response;
	}

	/** The filing form sent complete, with a program renamed as a PDF: refused by the desk. */
	private static Response disguisedFile(Session session) {
		session.open("/demandes/nouvelle?besoin=CONNECTIVITE");
		Page page = session.page();
		page.getByLabel("Titre").fill("Un devis");
		page.getByLabel("Description").fill("Voici le devis du fournisseur.");
		byte[] program = new byte[512];
		program[0] = 'M';
		program[1] = 'Z';
		page.locator("#fichiers").setInputFiles(new FilePayload("devis.pdf", "application/pdf", program));
		Response response = send(session);
		assertThat(page.locator("#fichiers-error")).isVisible();
		return response;
	}

	/** The agent's page shows "take in charge"; the SGNE takes it meanwhile; the agent's take is refused. */
	private static Response takenMeanwhile(SupportBrowserTests t, Session session) {
		String reference = t.atCirb(TAKEN_MEANWHILE);
		session.open("/demandes/" + reference);
		t.desk.take(reference, t.requests.view(Persona.ADMIN));
		Page page = session.page();
		Response response = page.waitForResponse(r -> r.request().method().equals("POST"),
				() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prendre en charge")).click());
		assertThat(page.locator("#refused")).hasText("ADMIN (test) a déjà pris cette demande en charge.");
		return response;
	}

	/** Sends the filing form with the keyboard (Enter on its button) and returns the answer to the POST. */
	private static Response send(Session session) {
		Page page = session.page();
		Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la demande"));
		return page.waitForResponse(r -> r.request().method().equals("POST"), () -> {
			submit.focus();
			page.keyboard().press("Enter");
		});
	}

	/** A teacher's request about connectivity (the Walloon advisers'), as filed through the desk. */
	String filed(String title) {
		return file(Need.CONNECTIVITE, title).getReference();
	}

	/** A teacher's request handed over to the CIRB by the SGNE. */
	String atCirb(String title) {
		String reference = filed(title);
		desk.handOver(reference, requests.view(Persona.ADMIN), "cirb", "Le réseau de cette école relève du CIRB (test).");
		return reference;
	}

	/** A request at the CIRB, taken in charge by its agent. */
	String taken(String title) {
		String reference = atCirb(title);
		desk.take(reference, agent());
		return reference;
	}

	/** A request whose agent asked the teacher a question. */
	String waiting(String title) {
		String reference = taken(title);
		desk.ask(reference, agent(), "Quel est le modèle de la borne ?", List.of());
		return reference;
	}

	/** A request the agent resolved: the teacher may confirm, reopen, and rate it. */
	String resolved(String title) {
		String reference = taken(title);
		desk.resolve(reference, agent(), "La borne est redémarrée.", List.of());
		return reference;
	}

	/**
	 * Waits until the teacher has been told of the last change of the request: notifications are written after the
	 * change is committed, on another thread.
	 */
	void notifiedOf(String reference) {
		long teacher = requests.view(Persona.TEACHER).id();
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
		String sql = "select count(*) from notification n where n.person_id = ? and n.link = concat('/demandes/', ?)";
		// handed over to the CIRB, taken in charge, resolved
		while (jdbc.queryForObject(sql, Long.class, teacher, reference) < 3) {
			assertThat(System.nanoTime()).as("notifications of %s", reference).isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	/** A request about teaching uses, which several operators cover: it waits in the SGNE's triage. */
	String triaged(String title) {
		return file(Need.USAGE_PEDAGOGIQUE, title).getReference();
	}

	private SupportRequest file(Need need, String title) {
		return requests.file(Persona.TEACHER, need, null, title, "Description de « " + title + " ».");
	}

	private PersonView agent() {
		return requests.view(Persona.AGENT);
	}

	/** A second agent of the CIRB, signed in through the login page. */
	private Session secondAgent(Browser browser) {
		personas.user(Persona.AGENT);
		synchronized (SupportBrowserTests.class) {
			if (accounts.find(SECOND_AGENT).isEmpty()) {
				accounts.create(SECOND_AGENT, SECOND_AGENT_NAME, Personas.PASSWORD, Role.AGENT_OPERATEUR, null, "cirb",
						false);
			}
		}
		Session session = browser.visitor();
		Page page = session.page();
		session.open("/connexion");
		page.getByLabel("Adresse électronique").fill(SECOND_AGENT);
		page.getByLabel("Mot de passe").fill(Personas.PASSWORD);
		page.getByLabel("Mot de passe").press("Enter");
		page.waitForURL(url -> url.endsWith("/compte"));
		return session;
	}

	private static Locator messageForm(Page page) {
		return page.locator("form[action$='/message']");
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// Checks

	/**
	 * From the main content (where the skip link leaves the focus), Tab after Tab goes through every control and out
	 * to the footer (no text area, file field or group of radio buttons keeps the focus), and Shift+Tab comes back.
	 */
	static void noKeyboardTrap(Page page) {
		assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("contenu");
		int stops = ((Number) page.evaluate("() => document.querySelectorAll('main [data-tab-stop]').length")).intValue();
		String where = "main";
		String last = null;
		for (int i = 0; i <= stops + 5 && !"footer".equals(where); i++) {
			page.keyboard().press("Tab");
			where = (String) page.evaluate("() => document.activeElement.closest('footer') ? 'footer'"
					+ " : document.activeElement.closest('main') ? 'main' : 'other'");
			if ("main".equals(where)) {
				last = (String) page.evaluate("() => document.activeElement.getAttribute('data-tab-stop')");
			}
		}
		assertThat(where).as("Tab from the content of %s reaches the footer", page.url()).isEqualTo("footer");
		page.keyboard().press("Shift+Tab");
		assertThat(page.evaluate("() => document.activeElement.getAttribute('data-tab-stop')"))
			.as("Shift+Tab from the footer of %s goes back to the last control of the content", page.url())
			.isEqualTo(last);
	}

	/** No injected element, no script of the page's own, the policy header sent. */
	private static void assertSafe(Session session, Response response) {
		Page page = session.page();
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().get("content-security-policy")).contains("script-src 'self'");
		page.waitForLoadState();
		assertThat(page.evaluate("() => typeof window.__pwned")).as("window.__pwned on %s", page.url())
			.isEqualTo("undefined");
		assertThat(page.locator("img[src=x], [onerror], [onload], svg svg")).hasCount(0);
		assertThat(page.locator("script:not([src])")).hasCount(0);
		assertThat(page.locator("main")).containsText("__pwned");
	}

	/** A one-page PDF 1.4 showing a line of text, its cross-reference offsets computed. */
	static byte[] pdf(String line) {
		String stream = "BT /F1 12 Tf 72 720 Td (" + line + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}
}
