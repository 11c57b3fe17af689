package be.numedu.browser;

import java.util.Map;
import java.util.regex.Pattern;

import be.numedu.testsupport.Browser;
import be.numedu.testsupport.Browser.Session;
import be.numedu.testsupport.FaseFiles;
import be.numedu.testsupport.NumeduBrowserTest;
import be.numedu.testsupport.Personas.Persona;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's import of the FASE register, in the browser, on the real Tomcat and its upload limits. */
@NumeduBrowserTest
class ImportBrowserTests {

	@Test
	void anAdministratorImportsTheFaseFileAndFollowsItToItsReport(Browser browser) {
		// given the SGNE administrator on the import page
		Session admin = browser.as(Persona.ADMIN);
		Page page = admin.page();
		admin.open("/etablissements/import");
		assertThat(page.locator("h1")).hasText("Importer le registre FASE");

		// when they upload the published FASE file
		page.getByLabel("Fichier FASE").setInputFiles(FaseFiles.SHIPPED);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer")).click();

		// then they follow the import on its own page until its report (htmx polls while it runs)
		assertThat(page).hasURL(Pattern.compile("/etablissements/import/\\d+$"));
		Locator status = page.locator("#import-status [role=status] strong");
		assertThat(status).hasText("Terminé", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
			.setTimeout(120_000));
		assertThat(page.locator("main")).containsText("signaletique-fase.csv");
		assertThat(page.locator("progress")).hasCount(0);

		// and the report's table tells what changed: the register already held this very file
		Map<String, Map<String, String>> table = changes(page);
		assertThat(table.get("Établissements")).containsEntry("Inchangés", "3029")
			.containsEntry("Ajoutés", "0")
			.containsEntry("Mis à jour", "0")
			.containsEntry("Retirés", "0");
		assertThat(table.get("Implantations")).containsEntry("Inchangés", "5516");
		assertThat(table.get("Pouvoirs organisateurs")).containsEntry("Inchangés", "1035");

		// and the import is listed among the recent ones
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importer un autre fichier")).click();
		assertThat(page.locator("main table tbody tr").first()).containsText("signaletique-fase.csv");
		assertThat(page.locator("main table tbody tr").first()).containsText("Terminé");
	}

	/** Refused by its declared length, before anything reads its body (see UploadLimitFilter). */
	@Test
	void aFileOverTwentyMegabytesIsRefusedWithAFrenchMessage(Browser browser) {
		// given the administrator on the import page
		Session admin = browser.as(Persona.ADMIN);
		Page page = admin.page();
		admin.open("/etablissements/import");

		// when they upload a 25 MB file
		byte[] large = new byte[25 * 1024 * 1024];
		java.util.Arrays.fill(large, (byte) 'a');
		page.getByLabel("Fichier FASE").setInputFiles(new FilePayload("enorme.csv", "text/csv", large));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer")).click();

		// then they are back on the import page, told in French why
		assertThat(page).hasURL(Pattern.compile("/etablissements/import\\?trop-volumineux$"));
		assertThat(page.locator("main .alert[role=alert]")).containsText("Ce fichier dépasse 20 Mo");
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
	}

	@Test
	void onlyTheSgneAdministratorsMayImport(Browser browser) {
		// given a head teacher, signed in
		Session head = browser.as(Persona.HEAD);

		// when they open the import page
		Response response = head.open("/etablissements/import");

		// then it is refused, in French, and the navigation offers no import
		Page page = head.page();
		assertThat(response.status()).isEqualTo(403);
		assertThat(page.locator("h1")).hasText("Accès refusé");
		assertThat(page.locator("input[type=file]")).hasCount(0);
		assertThat(page.locator("nav.main-nav")).not().containsText("Import du registre");
	}

	/** The report's table as row heading → column heading → cell text. */
	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, String>> changes(Page page) {
		return (Map<String, Map<String, String>>) page.locator("#import-status table").first().evaluate("""
				table => {
				  const columns = [...table.querySelectorAll('thead th')].map(th => th.textContent.trim());
				  const rows = {};
				  for (const tr of table.querySelectorAll('tbody tr')) {
				    const cells = [...tr.children].map(c => c.textContent.trim());
				    const row = {};
				    cells.forEach((text, i) => { row[columns[i]] = text; });
				    rows[cells[0]] = row;
				  }
				  return rows;
				}""");
	}
}
