package be.numedu.browser;

import be.numedu.testsupport.Browser;
import be.numedu.testsupport.NumeduBrowserTest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OAI-PMH endpoint on the real Tomcat, for what only the container sees: arguments it cannot decode fail on the
 * first parameter read, before numedu's own checks; the harvester gets the protocol's badArgument, in French, with
 * HTTP 200, not the container's 400.
 */
@NumeduBrowserTest
class OaiBrowserTests {

	@Test
	void argumentsTheContainerCannotDecodeAreTheProtocolsBadArgument(Browser browser) {
		APIRequestContext harvester = browser.visitor().context().request();
		for (String query : new String[] { "verb=Identify&x=%ZZ", "verb=List%ZZRecords", "verb=ListRecords&set=%C3" }) {
			APIResponse response = harvester.get(browser.baseUrl() + "/oai?" + query);
			assertThat(response.status()).as(query).isEqualTo(200);
			assertThat(response.headers().get("content-type")).as(query).startsWith("text/xml");
			assertThat(response.text()).as(query).contains("<error code=\"badArgument\">Les arguments de la requête ne "
					+ "peuvent pas être lus : l'un d'eux contient un « % » qui n'est pas suivi de deux chiffres "
					+ "hexadécimaux, ou des octets qui ne sont pas de l'UTF-8.</error>")
				.contains("<request>http://");
		}
	}
}
