package be.numedu.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import be.numedu.directory.domain.Cards;
import be.numedu.testsupport.Browser;
import be.numedu.testsupport.Browser.Session;
import be.numedu.testsupport.NumeduBrowserTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
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
 * Markup typed into a card by an editor (careless or malicious) is text wherever numedu shows the card: the card, its
 * print, the directory and its landscape, the finder, a school's page, the exports. No script runs, no dialog opens,
 * and the Content-Security-Policy would stop an inline script anyway.
 */
@NumeduBrowserTest
class HostileInputBrowserTests {

	static final String SCRIPT = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";

	static final String BREAKOUT = "\"><svg onload=alert(1)>";

	static final String NAME = "ETNIC " + SCRIPT + " " + BREAKOUT;

	static final String SHORT_NAME = "ET" + BREAKOUT;

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
	void markupTypedIntoACardIsShownAsTextEverywhere(Browser browser) throws IOException {
		// given the administrator who types markup into several fields of the ETNIC's card
		kept.keep("etnic");
		Session admin = browser.as(Persona.ADMIN);
		Page page = admin.page();
		admin.open("/cartographie/operateurs/etnic/modifier");
		page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nom").setExact(true)).fill(NAME);
		page.getByLabel("Nom court ou sigle").fill(SHORT_NAME);
		page.getByLabel("Missions en matière de numérique éducatif").fill(SCRIPT + "\n" + BREAKOUT);
		page.getByLabel("Moyens privilégiés pour entrer en contact").fill(BREAKOUT + " " + SCRIPT);
		page.getByLabel("Éléments à prévoir").fill(SCRIPT + "\n" + BREAKOUT);

		// when they save it
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();

		// then the card shows every field literally, in its title, heading, body and history
		assertThat(page.locator("main .notice")).hasText("Vos modifications ont été enregistrées.");
		assertSafe(admin, admin.open("/cartographie/operateurs/etnic"));
		assertThat(page).hasTitle(NAME + " – numedu");
		assertThat(page.locator("h1")).hasText(NAME);
		assertThat(page.locator("main .prose").first()).hasText(SCRIPT + "\n" + BREAKOUT);
		assertThat(CardEditingBrowserTests.fact(page, "Moyens privilégiés pour entrer en contact"))
			.containsText(BREAKOUT + " " + SCRIPT);
		assertThat(CardEditingBrowserTests.fact(page, "Éléments à prévoir pour faciliter les échanges").locator("li"))
			.hasText(new String[] { SCRIPT, BREAKOUT });
		assertThat(page.locator("nav.breadcrumbs [aria-current=page]")).hasText(SHORT_NAME);
		assertThat(page.locator("ol.history > li").first()).containsText(NAME);

		// and the edit form gives the values back exactly
		assertSafe(admin, admin.open("/cartographie/operateurs/etnic/modifier"));
		assertThat(page.locator("#name")).hasValue(NAME);
		assertThat(page.locator("#shortName")).hasValue(SHORT_NAME);
		assertThat(page.locator("#toPrepare")).hasValue(SCRIPT + "\n" + BREAKOUT);

		// and so do its printable version, the directory with its landscape and its search, a school's page and the finder
		assertSafe(admin, admin.open("/cartographie/operateurs/etnic/imprimer"));
		assertThat(page.locator("h1")).hasText(NAME);

		assertSafe(admin, admin.open("/cartographie"));
		assertThat(page.locator(".tiles h4 a[href$='/operateurs/etnic']")).hasText(NAME);
		assertThat(page.locator("svg.landscape a[href$='/operateurs/etnic']")).hasAttribute("aria-label", NAME);
		assertThat(page.locator("svg.landscape a[href$='/operateurs/etnic'] .landscape__name")).hasText(SHORT_NAME);

		assertSafe(admin, admin.open("/cartographie?q=etnic"));
		assertThat(page.locator("#search-results h3 a[href$='/operateurs/etnic']")).hasText(NAME);

		assertSafe(admin, admin.open("/etablissements/231"));
		assertThat(page.locator(".support a[href$='/operateurs/etnic']")).hasText(NAME);

		Session visitor = browser.visitor();
		Page finder = visitor.page();
		assertSafe(visitor, visitor.open("/cartographie/trouver?besoin=APPLICATIONS_ADMINISTRATIVES&ecole=231"));
		assertThat(finder.locator("article.match h3")).hasText(NAME);
		assertThat(finder.locator("article.match")).containsText(BREAKOUT + " " + SCRIPT);
		assertThat(finder.locator("article.match a[href$='/operateurs/etnic']")).hasText("Voir la fiche de " + SHORT_NAME);
		assertThat(finder.locator("main")).containsText(SHORT_NAME + " – Demandé par l'opérateur");
		assertThat(finder.locator("main h3")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Demandé par l'opérateur"))
			.locator("xpath=following-sibling::ul[1]/li"))
			.hasText(new String[] { SCRIPT, BREAKOUT });

		// and the exports are downloaded, never shown, with the text as typed
		admin.open("/cartographie");
		Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("CSV (tableur)")).click());
		assertThat(csv.suggestedFilename()).isEqualTo("cartographie.csv");
		String csvText = Files.readString(csv.path(), StandardCharsets.UTF_8);
		assertThat(csvText).contains("<script>window.__pwned=1</script>", "<svg onload=alert(1)>");
		Download json = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("JSON")).click());
		assertThat(json.suggestedFilename()).isEqualTo("cartographie.json");
		assertThat(Files.readString(json.path(), StandardCharsets.UTF_8)).contains("<script>window.__pwned=1</script>");
		for (String export : List.of("/cartographie/export.csv", "/cartographie/export.json")) {
			APIResponse response = page.request().get(admin.url(export));
			assertThat(response.headers()).containsEntry("x-content-type-options", "nosniff");
			assertThat(response.headers().get("content-disposition")).startsWith("attachment");
			assertThat(response.headers().get("content-type")).matches("(text/csv|application/json).*");
		}
		assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");

		// and no dialog opened anywhere (any dialog also fails the test through the browser's watch)
		assertThat(admin.dialogs()).isEmpty();
		assertThat(visitor.dialogs()).isEmpty();
	}

	/** No injected element, no script of the page's own, the policy header sent. */
	private static void assertSafe(Session session, Response response) {
		Page page = session.page();
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().get("content-security-policy")).contains("script-src 'self'")
			.contains("object-src 'none'");
		page.waitForLoadState();
		assertThat(page.evaluate("() => typeof window.__pwned")).as("window.__pwned on %s", page.url())
			.isEqualTo("undefined");
		assertThat(page.locator("img[src=x], [onerror], [onload], svg svg")).hasCount(0);
		assertThat(page.locator("script:not([src])")).hasCount(0);
		assertThat(page.locator("body")).containsText("__pwned");
	}
}
