package be.numedu.resources;

import java.nio.charset.StandardCharsets;
import java.util.List;

import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.catalogue.Upload;
import be.numedu.resources.catalogue.Workflow;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.ResourceSamples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Probable duplicates through the resource pages: the author sees, on their draft and after submitting it, the
 * resources that look like theirs (same link whatever its scheme, "www." or final slash, same file, a title sharing
 * four words in five), among published resources and their own only; the moderators see them all but the refused
 * while they examine it. Another person's draft, withdrawn or refused resource never reaches the author this way.
 */
@NumeduTest
class DuplicatesIntegrationTests {

	private static final String NOTICE = "Des ressources semblables existent déjà";

	@Autowired
	MockMvc mvc;

	@Autowired
	Personas personas;

	@Autowired
	ResourceSamples samples;

	@Autowired
	Catalogue catalogue;

	@Test
	void theSameLinkIsFoundWhateverItsSchemeWwwOrFinalSlash() throws Exception {
		long published = samples.published(Persona.HEAD,
				withLink("Atlas des volcans actifs d'Europe", "https://www.atlas-volcans.example/europe/actifs/"));
		for (String variant : List.of("http://atlas-volcans.example/europe/actifs", "HTTPS://WWW.Atlas-Volcans.example/europe/actifs",
				"https://atlas-volcans.example/europe/actifs/#carte")) {
			long draft = samples.draft(Persona.TEACHER, withLink("Carte interactive " + variant.length(), variant));
			String page = page(Persona.TEACHER, draft);
			assertThat(page).as(variant).contains(NOTICE)
				.contains("/ressources/" + published + "\">Atlas des volcans actifs d&#39;Europe</a>")
				.contains("(même lien, Publiée)");
		}
		// another link on the same site is another resource
		long other = samples.draft(Persona.TEACHER,
				withLink("Carte des séismes récents", "https://www.atlas-volcans.example/europe/seismes/"));
		assertThat(page(Persona.TEACHER, other)).doesNotContain(NOTICE).doesNotContain("Atlas des volcans");
	}

	@Test
	void theSameFileIsFoundWhenADraftIsSavedWithIt() throws Exception {
		byte[] pdf = pdf("Tables de multiplication illustrees");
		long published = catalogue.create(samples.person(Persona.HEAD),
				withLink("Tables de multiplication illustrées", null), List.of(new Upload("tables.pdf", pdf)));
		samples.move(published, Persona.HEAD, Workflow.SUBMIT, null);
		samples.move(published, Persona.ADMIN, Workflow.PUBLISH, null);

		// saved through the form, under another name and without a link: the author lands on their draft's page
		MockHttpServletResponse saved = mvc.perform(multipart("/ressources/nouvelle")
			.file(new MockMultipartFile("fichiers", "mes-tables.pdf", "application/pdf", pdf))
			.param("title", "Réviser ses tables en s'amusant").param("summary", "Des fiches à imprimer.")
			.param("type", "EXERCISE").param("years", "P3").param("disciplines", "MATHEMATIQUES")
			.param("audiences", "ELEVE").param("language", "fr").param("licence", "CC_BY").param("url", "")
			.with(user(personas.user(Persona.TEACHER))).with(csrf())).andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		long draft = Long.parseLong(saved.getRedirectedUrl().replace("/ressources/", ""));
		assertThat(samples.resource(draft).getUrl()).isNull();
		assertThat(page(Persona.TEACHER, draft)).contains(NOTICE).contains("Tables de multiplication illustrées")
			.contains("(même fichier, Publiée)");

		// another file: nothing to say
		long different = catalogue.create(samples.person(Persona.TEACHER), withLink("Les tables en chansons", null),
				List.of(new Upload("chansons.pdf", pdf("Les tables en chansons"))));
		assertThat(page(Persona.TEACHER, different)).doesNotContain(NOTICE);
	}

	@Test
	void aTitleSharingFourWordsInFiveIsFoundAndOneSharingFewerIsNot() throws Exception {
		long published = samples.published(Persona.HEAD,
				ResourceSamples.content("Les fractions décimales expliquées au marché de Namur", "Un dossier."));
		long close = samples.draft(Persona.TEACHER,
				ResourceSamples.content("Fractions décimales expliquées au marché de Namur", "Un dossier."));
		assertThat(page(Persona.TEACHER, close)).contains(NOTICE).contains("/ressources/" + published + "\"")
			.contains("(titre très proche, Publiée)");

		long far = samples.draft(Persona.TEACHER,
				ResourceSamples.content("Fractions décimales au potager de l'école", "Un dossier."));
		assertThat(page(Persona.TEACHER, far)).doesNotContain(NOTICE)
			.doesNotContain("Les fractions décimales expliquées au marché de Namur");
	}

	@Test
	void theAuthorSeesOnlyPublishedResourcesAndTheirOwnTheModeratorsAllButTheRefused() throws Exception {
		String link = "https://planetarium.example/systeme-solaire";
		long published = samples.published(Persona.HEAD, withLink("Le système solaire à l'échelle", link));
		long othersDraft = samples.draft(Persona.HEAD, withLink("Brouillon privé sur les planètes", link));
		long withdrawn = samples.published(Persona.HEAD, withLink("Planètes et satellites, ancienne fiche", link));
		samples.move(withdrawn, Persona.ADMIN, Workflow.WITHDRAW, "Fiche dépassée.");
		long refused = samples.draft(Persona.HEAD, withLink("Proposition refusée sur Saturne", link));
		samples.move(refused, Persona.HEAD, Workflow.SUBMIT, null);
		samples.move(refused, Persona.ADMIN, Workflow.REFUSE, "Hors sujet.");
		long ownEarlier = samples.draft(Persona.TEACHER, withLink("Mon premier essai sur le ciel", link));
		long draft = samples.draft(Persona.TEACHER, withLink("Le ciel de nos soirées", link));

		// before submitting: the author may say what sets theirs apart, in the message sent with the submission
		String before = page(Persona.TEACHER, draft);
		assertThat(before).contains(NOTICE).contains("/ressources/" + published + "\"")
			.contains("/ressources/" + ownEarlier + "\"").contains("(même lien, Brouillon)")
			.contains("Message aux modérateurs (facultatif)");
		assertThat(before).doesNotContain("Brouillon privé sur les planètes").doesNotContain("/ressources/" + othersDraft + "\"")
			.doesNotContain("Planètes et satellites").doesNotContain("/ressources/" + withdrawn + "\"")
			.doesNotContain("Proposition refusée sur Saturne").doesNotContain("/ressources/" + refused + "\"");

		MockHttpServletResponse submitted = mvc.perform(post("/ressources/" + draft + "/etape").param("action", "SUBMIT")
			.param("version", String.valueOf(samples.resource(draft).getVersion()))
			.param("message", "Ma fiche ajoute des observations à faire le soir.")
			.with(user(personas.user(Persona.TEACHER))).with(csrf())).andReturn().getResponse();
		assertThat(submitted.getStatus()).isEqualTo(302);
		assertThat(samples.resource(draft).getStatus()).isEqualTo(ResourceStatus.SUBMITTED);

		// after submitting: still told, still only what they may see
		String after = page(Persona.TEACHER, draft);
		assertThat(after).contains(NOTICE).contains("Les modérateurs les voient aussi")
			.contains("/ressources/" + published + "\"").doesNotContain("Brouillon privé sur les planètes")
			.doesNotContain("Planètes et satellites").doesNotContain("Proposition refusée sur Saturne");

		// the moderators: every one but the refused, with the author's explanation in the timeline
		String moderator = page(Persona.ADMIN, draft);
		assertThat(moderator).contains("Doublons probables").doesNotContain(NOTICE)
			.contains("/ressources/" + published + "\"").contains("/ressources/" + othersDraft + "\"")
			.contains("/ressources/" + withdrawn + "\"").contains("(même lien, Retirée du catalogue)")
			.contains("/ressources/" + ownEarlier + "\"")
			.doesNotContain("/ressources/" + refused + "\"").doesNotContain("Proposition refusée sur Saturne")
			.contains("Ma fiche ajoute des observations à faire le soir.");

		// once published, the author's page no longer lists look-alikes; nobody else ever had them
		samples.move(draft, Persona.ADMIN, Workflow.PUBLISH, null);
		assertThat(page(Persona.TEACHER, draft)).doesNotContain(NOTICE).doesNotContain("Doublons probables");
		assertThat(page(Persona.HEAD, draft)).doesNotContain(NOTICE).doesNotContain("Doublons probables");
	}

	@Test
	void withoutLookAlikesTheSubmissionAsksForNoMessage() throws Exception {
		long draft = samples.draft(Persona.TEACHER,
				withLink("Herbier numérique des arbres de Sonian", "https://herbier-sonian.example/arbres"));
		assertThat(page(Persona.TEACHER, draft)).doesNotContain(NOTICE).contains("Soumettre à la validation")
			.doesNotContain("Message aux modérateurs");
	}

	private static ResourceContent withLink(String title, String url) {
		return ResourceSamples.content(title, "Une ressource à comparer.", url);
	}

	/** A minimal PDF of its own, so that no other test's file is the same. */
	private static byte[] pdf(String text) {
		return ("%PDF-1.4\n% " + text + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private String page(Persona who, long id) throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/ressources/" + id).with(user(personas.user(who))))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}
}
