package be.numedu.browser;

import java.util.regex.Pattern;

import be.numedu.testsupport.Browser;
import be.numedu.testsupport.Browser.Session;
import be.numedu.testsupport.NumeduBrowserTest;
import be.numedu.testsupport.Personas.Persona;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finder ("Qui peut m'aider ?") as people use it: by keyboard alone, without JavaScript, and with htmx swapping
 * each step in place.
 */
@NumeduBrowserTest
class FinderBrowserTests {

	static final String CECP = "CECP – Conseil de l'Enseignement des Communes et des Provinces";

	static final String CIRB = "CIRB – Centre d'Informatique pour la Région bruxelloise";

	@Test
	void aTeacherFindsTheirFederationByKeyboardAlone(Browser browser) {
		// given a teacher of the Temploux school, signed in through the login page by keyboard
		Session teacher = browser.signedInFresh(Persona.TEACHER);
		Page page = teacher.page();
		teacher.open("/cartographie/trouver");

		// when they choose their need with the arrow keys and go on with Enter
		Locator firstNeed = page.locator("input[name=besoin]").first();
		teacher.tabTo(firstNeed, 40);
		page.keyboard().press("ArrowDown");
		assertThat(page.locator("#besoin-STRATEGIE_NUMERIQUE")).isChecked();
		page.keyboard().press("ArrowUp");
		assertThat(page.locator("#besoin-USAGE_PEDAGOGIQUE")).isChecked();
		Locator next = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer"));
		teacher.tabTo(next, 20);
		page.keyboard().press("Enter");

		// then the school step proposes their own implantation's school, focus on the step's heading
		Locator schoolHeading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Pour quelle école ?"));
		assertThat(schoolHeading).isFocused();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Votre implantation"))).isVisible();
		Locator mine = page.locator("#mine-2938");
		assertThat(mine).isChecked();
		assertThat(page.locator("label[for=mine-2938]")).containsText("Ecole fondamentale communale de Temploux");

		// when they tab to it and go on with Space on the button
		teacher.tabTo(mine, 10);
		teacher.tabTo(page.locator("#finder form:not([role=search]) button[type=submit]"), 5);
		page.keyboard().press("Space");

		// then they are asked the affiliation of their organising body
		Locator affiliationHeading = page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("À quelle fédération votre pouvoir organisateur est-il affilié ?"));
		assertThat(affiliationHeading).isFocused();
		assertThat(page.locator("input[name=affiliation]")).hasCount(3);

		// when they pick the CECP with the arrow keys and confirm with Enter
		Locator cecp = page.locator("#affiliation-cecp");
		teacher.tabTo(page.locator("input[name=affiliation]:checked"), 10);
		if (!cecp.isChecked()) {
			page.keyboard().press("ArrowUp");
		}
		assertThat(cecp).isChecked();
		assertThat(cecp).isFocused();
		teacher.tabTo(page.locator("#finder button[type=submit]"), 5);
		page.keyboard().press("Enter");

		// then the CECP alone is proposed, with why
		Locator resultHeading = page.locator("#result-heading");
		assertThat(resultHeading).isFocused();
		assertThat(resultHeading).hasText("Un opérateur peut vous aider");
		Locator matches = page.locator("article.match");
		assertThat(matches).hasCount(1);
		assertThat(matches.locator("h3")).containsText(CECP);
		assertThat(matches.locator(".match__reason")).containsText(
				"Pourquoi cet opérateur : il déclare « Usage pédagogique du numérique en classe » parmi ses interventions");
		assertThat(matches.locator(".match__reason")).containsText("Officiel subventionné communal");
		assertThat(matches.locator(".warning")).hasCount(0);
		assertThat(page).hasURL(Pattern.compile("besoin=USAGE_PEDAGOGIQUE&ecole=2938&affiliation=cecp"));
	}

	@Test
	void aVisitorWithoutJavaScriptFindsTheCirbForConnectivityInBrussels(Browser browser) {
		// given a visitor whose browser runs no script
		Session visitor = browser.visitor(options -> options.setJavaScriptEnabled(false));
		Page page = visitor.page();
		visitor.open("/cartographie/trouver");

		// when they choose connectivity and continue
		page.getByLabel("Connexion à Internet et réseau de l'école").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer")).click();

		// then the school step is a new page
		assertThat(page).hasURL(Pattern.compile("/cartographie/trouver\\?besoin=CONNECTIVITE$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Pour quelle école ?"))).isVisible();

		// when they search their school by name, accents and apostrophe as typed, and pick it
		page.getByLabel("Nom de l'école").fill("athénée royal d'evere");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chercher l'école")).click();
		Locator school = page.locator("#ecole-231");
		assertThat(page.locator("label[for=ecole-231]")).containsText("ATHENEE ROYAL D'EVERE");
		school.check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer")).click();

		// then the CIRB is the one operator proposed, with how to reach it and what to prepare
		assertThat(page).hasURL(Pattern.compile("besoin=CONNECTIVITE&ecole=231"));
		assertThat(page.locator("#result-heading")).hasText("Un opérateur peut vous aider");
		Locator matches = page.locator("article.match");
		assertThat(matches).hasCount(1);
		assertThat(matches.locator("h3")).hasText(CIRB);
		assertThat(matches.locator(".match__reason")).containsText("Bruxelles");
		assertThat(matches).containsText("Délai moyen de réponse");
		assertThat(matches).containsText("Contact");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ce qu'il faut préparer"))).isVisible();
	}

	@Test
	void withJavaScriptHtmxSwapsEachStepInPlaceAndKeepsTheAddressUpToDate(Browser browser) {
		// given a visitor with JavaScript on, on the finder, with a marker on the window
		Session visitor = browser.visitor();
		Page page = visitor.page();
		visitor.open("/cartographie/trouver");
		page.waitForFunction("() => window.htmx !== undefined");
		page.evaluate("() => { window.__numeduSamePage = 'oui'; }");

		// when they choose maintenance and continue
		page.getByLabel("Maintenance et réparation").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer")).click();

		// then the address shows the answer, the page was not reloaded, focus is on the new step's heading
		assertThat(page).hasURL(Pattern.compile("/cartographie/trouver\\?besoin=MAINTENANCE$"));
		Locator schoolHeading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Pour quelle école ?"));
		assertThat(schoolHeading).isFocused();
		assertThat(page.evaluate("() => window.__numeduSamePage")).isEqualTo("oui");

		// when they search their school and pick it
		page.getByLabel("Nom de l'école").fill("temploux");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chercher l'école")).click();
		assertThat(page).hasURL(Pattern.compile("recherche=temploux"));
		page.locator("#ecole-2938").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer")).click();

		// then the result for Namur (Wallonia) is the Region's maintenance assistants, still on the same page
		assertThat(page).hasURL(Pattern.compile("besoin=MAINTENANCE&ecole=2938$"));
		assertThat(page.locator("#result-heading")).isFocused();
		assertThat(page.locator("article.match h3"))
			.hasText("Assistants à la maintenance informatique de la Région wallonne");
		assertThat(page.evaluate("() => window.__numeduSamePage")).isEqualTo("oui");

		// when they change the school for a Brussels one
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("modifier")).nth(1).click();
		assertThat(page).hasURL(Pattern.compile("besoin=MAINTENANCE$"));
		page.getByLabel("Nom de l'école").fill("231");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chercher l'école")).click();
		page.locator("#ecole-231").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer")).click();

		// then no operator of the directory covers maintenance there, and the page was never reloaded
		assertThat(page.locator("#result-heading"))
			.hasText("Aucun opérateur de la cartographie n'est indiqué pour ce besoin");
		assertThat(page.locator("#result-heading")).isFocused();
		assertThat(page.locator("article.match")).hasCount(0);
		assertThat(page).hasURL(Pattern.compile("besoin=MAINTENANCE&ecole=231$"));
		assertThat(page.evaluate("() => window.__numeduSamePage")).isEqualTo("oui");

		// when they go back in the browser's history
		page.goBack();

		// then the previous step is shown again
		assertThat(page).hasURL(Pattern.compile("recherche=231"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Pour quelle école ?"))).isVisible();
	}
}
