package be.numedu.browser;

import java.util.regex.Pattern;

import be.numedu.directory.domain.Cards;
import be.numedu.testsupport.Browser;
import be.numedu.testsupport.Browser.Session;
import be.numedu.testsupport.NumeduBrowserTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing the directory's cards in the browser: a change saved and recorded, two administrators saving the same card,
 * a refused form, and a person who may not edit a card. Every card changed here is put back after the test.
 */
@NumeduBrowserTest
class CardEditingBrowserTests {

	@Autowired
	Cards cards;

	@Autowired
	Personas personas;

	KeptCards kept;

	@BeforeEach
	void keepCards() {
		kept = new KeptCards(cards, personas);
	}

	@AfterEach
	void putCardsBack() {
		kept.restore();
	}

	@Test
	void anAdministratorCompletesTheCirbCardAndTheChangeIsRecorded(Browser browser) {
		// given the SGNE administrator on the CIRB's card
		kept.keep("cirb");
		Session admin = browser.as(Persona.ADMIN);
		Page page = admin.page();
		admin.open("/cartographie/operateurs/cirb");

		// when they edit it: a response delay and two items to prepare
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier la fiche")).click();
		assertThat(page).hasURL(Pattern.compile("/cartographie/operateurs/cirb/modifier$"));
		page.getByLabel("Délai moyen de réponse").fill("2 jours ouvrables");
		Locator toPrepare = page.getByLabel("Éléments à prévoir");
		String before = toPrepare.inputValue();
		toPrepare.fill((before.isBlank() ? "" : before + "\n")
				+ "L'adresse exacte de l'implantation\nLe nom du fournisseur d'accès à Internet de l'école");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();

		// then the card says so, shows the new values, and its history records who changed what
		assertThat(page).hasURL(Pattern.compile("/cartographie/operateurs/cirb$"));
		assertThat(page.locator("main .notice[role=status]")).hasText("Vos modifications ont été enregistrées.");
		assertThat(fact(page, "Délai moyen de réponse")).hasText("2 jours ouvrables");
		Locator items = fact(page, "Éléments à prévoir pour faciliter les échanges").locator("li");
		assertThat(items.filter(new Locator.FilterOptions().setHasText("L'adresse exacte de l'implantation"))).hasCount(1);
		assertThat(items.filter(new Locator.FilterOptions()
			.setHasText("Le nom du fournisseur d'accès à Internet de l'école"))).hasCount(1);
		Locator latest = page.locator("ol.history > li").first();
		assertThat(latest).containsText("Modification");
		assertThat(latest).containsText("ADMIN (test)");
		assertThat(latest.locator("li").filter(new Locator.FilterOptions().setHasText("Délai moyen de réponse")))
			.containsText("2 jours ouvrables");
		assertThat(latest.locator("li").filter(new Locator.FilterOptions().setHasText("Éléments à prévoir")))
			.containsText("Le nom du fournisseur d'accès à Internet de l'école");
	}

	@Test
	void aSaveFromAStaleFormIsRefusedWithTheTypedValuesKeptThenGoesThrough(Browser browser) {
		// given two administrators who opened the IFC's card for editing at the same time
		kept.keep("ifc");
		Session first = browser.as(Persona.ADMIN);
		Session second = browser.as(Persona.ADMIN_2);
		first.open("/cartographie/operateurs/ifc/modifier");
		second.open("/cartographie/operateurs/ifc/modifier");

		// when the first one saves a response delay
		first.page().getByLabel("Délai moyen de réponse").fill("3 jours ouvrables");
		save(first.page());
		assertThat(first.page().locator("main .notice")).hasText("Vos modifications ont été enregistrées.");

		// and the second one then saves another delay and a contact note, from the older version
		second.page().getByLabel("Délai moyen de réponse").fill("Une semaine");
		second.page().getByLabel("Moyens privilégiés pour entrer en contact").fill("Le formulaire de contact de l'IFC");
		save(second.page());

		// then the second save is refused, says who changed what, and keeps what they typed
		Page page = second.page();
		Locator stale = page.locator("#stale[role=alert]");
		assertThat(stale).containsText("Vos modifications n'ont pas été enregistrées");
		assertThat(stale).containsText("ADMIN (test)");
		Locator delayChange = stale.locator(".stale-field").filter(new Locator.FilterOptions()
			.setHasText("Délai moyen de réponse"));
		assertThat(delayChange).containsText("version actuelle : 3 jours ouvrables");
		assertThat(delayChange).containsText("votre version : Une semaine");
		assertThat(page.getByLabel("Délai moyen de réponse")).hasValue("Une semaine");
		assertThat(page.getByLabel("Moyens privilégiés pour entrer en contact")).hasValue("Le formulaire de contact de l'IFC");

		// and the card still shows the first administrator's value
		Session visitor = browser.visitor();
		visitor.open("/cartographie/operateurs/ifc");
		assertThat(fact(visitor.page(), "Délai moyen de réponse")).hasText("3 jours ouvrables");
		assertThat(visitor.page().locator("main")).not().containsText("Le formulaire de contact de l'IFC");

		// when the second administrator, having checked, saves again
		save(page);

		// then it goes through, from the current version
		assertThat(page).hasURL(Pattern.compile("/cartographie/operateurs/ifc$"));
		assertThat(page.locator("main .notice")).hasText("Vos modifications ont été enregistrées.");
		assertThat(fact(page, "Délai moyen de réponse")).hasText("Une semaine");
		assertThat(fact(page, "Moyens privilégiés pour entrer en contact")).containsText("Le formulaire de contact de l'IFC");
		assertThat(page.locator("ol.history > li").first()).containsText("ADMIN_2 (test)");
	}

	@Test
	void anInvalidFormIsShownAgainWithFrenchMessagesAndNothingIsSaved(Browser browser) {
		// given the administrator editing the FELSI's card, whose history has some entries
		kept.keep("felsi");
		String name = kept.current("felsi").name();
		Session admin = browser.as(Persona.ADMIN);
		Page page = admin.page();
		admin.open("/cartographie/operateurs/felsi");
		int historyBefore = page.locator("ol.history > li").count();
		admin.open("/cartographie/operateurs/felsi/modifier");

		// when they clear the required name and give a script as website
		Locator nameField = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nom").setExact(true));
		nameField.fill("");
		Locator website = page.getByLabel("Site web");
		website.fill("javascript:alert(1)");
		save(page);

		// then the form comes back with a summary of the errors and each message next to its field
		assertThat(page).hasURL(Pattern.compile("/cartographie/operateurs/felsi/modifier$"));
		Locator summary = page.locator(".error-summary[role=alert]");
		assertThat(summary).containsText("Le formulaire contient 2 erreurs : corrigez les champs signalés.");
		assertThat(summary.locator("a[href='#name']")).hasText("Ce champ est obligatoire.");
		assertThat(summary.locator("a[href='#website']"))
			.hasText("Indiquez une adresse web complète commençant par http:// ou https://.");
		assertThat(page.locator("#name-error")).hasText("Ce champ est obligatoire.");
		assertThat(page.locator("#website-error"))
			.hasText("Indiquez une adresse web complète commençant par http:// ou https://.");
		assertThat(nameField).hasAttribute("aria-invalid", "true");
		assertThat(nameField).hasAttribute("aria-describedby", "name-error");
		assertThat(website).hasAttribute("aria-invalid", "true");
		assertThat(website).hasAttribute("aria-describedby", Pattern.compile("\\bwebsite-error\\b"));
		assertThat(website).hasValue("javascript:alert(1)");
		assertThat(page.locator("a[href^='javascript:']")).hasCount(0);

		// and nothing was saved
		admin.open("/cartographie/operateurs/felsi");
		assertThat(page.locator("h1")).hasText(name);
		assertThat(page.locator("ol.history > li")).hasCount(historyBefore);
		assertThat(kept.current("felsi").website()).isNull();
	}

	@Test
	void anOperatorsAgentMayNotEditAnotherOperatorsCard(Browser browser) {
		// given the CIRB's agent, who may edit the CIRB's card
		Session agent = browser.as(Persona.AGENT);
		assertThat(agent.open("/cartographie/operateurs/cirb/modifier").status()).isEqualTo(200);

		// when they open the SGNE's card for editing
		Response response = agent.open("/cartographie/operateurs/sgne/modifier");

		// then they get the French refusal page
		Page page = agent.page();
		assertThat(response.status()).isEqualTo(403);
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		assertThat(page).hasTitle("Accès refusé – numedu");
		assertThat(page.locator("h1")).hasText("Accès refusé");
		assertThat(page.locator("main")).containsText("Votre rôle ne permet pas d'afficher cette page ou de faire cette action.");
		assertThat(page.locator("main form")).hasCount(0);
	}

	private static void save(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
	}

	/** The value of a card's fact, next to its term. */
	static Locator fact(Page page, String term) {
		return page.locator("dl.facts > dt:text-is(\"" + term + "\") + dd");
	}
}
