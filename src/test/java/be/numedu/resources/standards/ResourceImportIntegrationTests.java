package be.numedu.resources.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Provenance;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.catalogue.ResourceType;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The platform team's imports: LOM and CSV files imported record by record with a French report, and files refused
 * whole (malicious XML, malformed XML, CSV not in UTF-8 or missing columns) with nothing stored.
 */
@NumeduTest
class ResourceImportIntegrationTests {

	private static final Pattern IMPORTED = Pattern.compile("Importée : ressource n° (\\d+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Personas personas;

	@Autowired
	Catalogue catalogue;

	@Autowired
	LomRecords lom;

	@Autowired
	JdbcTemplate jdbc;

	private String lomRecord(String title) {
		return lom.write(LomRecordsUnitTests.exported(LomRecordsUnitTests.minimal(ResourceType.GAME)))
			.replace("Titre GAME", title);
	}

	private MockHttpServletResponse send(Persona persona, String name, byte[] content, String provenance)
			throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/ressources/import");
		request.file(new MockMultipartFile("fichier", name, "application/octet-stream", content));
		if (provenance != null) {
			request.param("provenance", provenance);
		}
		request.with(user(personas.user(persona))).with(csrf());
		return mvc.perform(request).andReturn().getResponse();
	}

	private long resources() {
		return jdbc.queryForObject("select count(*) from resource", Long.class);
	}

	private static List<Long> imported(String page) {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = IMPORTED.matcher(page);
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		return ids;
	}

	@Test
	void aLomRecordBecomesAPublishedResourceWithTheChosenProvenance() throws Exception {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + lomRecord("Jeu des volcans importé");
		MockHttpServletResponse response = send(Persona.ADMIN, "volcans.xml", xml.getBytes(StandardCharsets.UTF_8),
				"RTBF_SONUMA");
		assertThat(response.getStatus()).isEqualTo(200);
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("1 ressource importée et publiée, aucune fiche refusée")
			.contains("Jeu des volcans importé");
		List<Long> ids = imported(page);
		assertThat(ids).hasSize(1);
		Resource resource = catalogue.find(ids.get(0)).orElseThrow();
		assertThat(resource.getStatus()).isEqualTo(ResourceStatus.PUBLISHED);
		assertThat(resource.getProvenance()).isEqualTo(Provenance.RTBF_SONUMA);
		assertThat(resource.getType()).isEqualTo(ResourceType.GAME);
		assertThat(resource.getDisciplines()).containsExactly(Discipline.SCIENCES);
		assertThat(catalogue.timeline(resource.getId())).extracting(Catalogue.TimelineEntry::kind).contains("IMPORTED");
	}

	@Test
	void recordsOfAWrapperAreImportedOneByOne() throws Exception {
		String bad = lomRecord("Fiche sans public").replaceAll("<intendedEndUserRole>.*?</intendedEndUserRole>", "")
			.replaceAll("<location>.*?</location>", "");
		String xml = "<fiches>" + lomRecord("Première bonne fiche") + bad + lomRecord("Deuxième bonne fiche")
				+ "</fiches>";
		long before = resources();
		MockHttpServletResponse response = send(Persona.ADMIN, "lot.xml", xml.getBytes(StandardCharsets.UTF_8), "CRP");
		assertThat(response.getStatus()).isEqualTo(200);
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("2 ressources importées et publiées, 1 fiche refusée")
			.contains("Fiche sans public").contains("Refusée").contains("Aucun public");
		assertThat(imported(page)).hasSize(2);
		assertThat(resources()).isEqualTo(before + 2);
	}

	@Test
	void aCsvBatchImportsItsGoodLinesAndReportsTheOthers() throws Exception {
		String csv = CsvRecordsUnitTests.HEADER + "\n"
				+ "CSV bon 1;Résumé un;EXERCISE;P3|P4;FLA;fr;CC_BY;https://example.org/csv1;ENSEIGNANT;CRP;a|b;Ann Auteur;30;\n"
				+ "CSV mauvais;Résumé;EXERCISE;P9;FLA;fr;CC_BY;https://example.org/csv2;ENSEIGNANT;INCONNUE;;;;\n"
				+ "CSV sans lien;Résumé;LECTURE;S1;SCIENCES;fr;CC0;;ELEVE;CONSORTIUMS;;;;\n"
				+ "\"CSV bon 2; avec point-virgule\";Résumé deux;LECTURE;S1;SCIENCES;fr;CC0;https://example.org/csv3;ELEVE;;;;;\n";
		long before = resources();
		MockHttpServletResponse response = send(Persona.ADMIN, "lot.csv", csv.getBytes(StandardCharsets.UTF_8),
				"ENSEIGNEMENT_BE");
		assertThat(response.getStatus()).isEqualTo(200);
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("2 ressources importées et publiées, 2 fiches refusées")
			.contains("colonne « annees » : Valeur inconnue « P9 »")
			.contains("colonne « provenance » : Valeur inconnue « INCONNUE »")
			.contains("colonne « lien » : Donnez un lien ou joignez un fichier")
			.contains("CSV bon 2; avec point-virgule");
		List<Long> ids = imported(page);
		assertThat(ids).hasSize(2);
		assertThat(resources()).isEqualTo(before + 2);
		assertThat(catalogue.find(ids.get(0)).orElseThrow().getProvenance()).isEqualTo(Provenance.CRP);
		assertThat(catalogue.find(ids.get(1)).orElseThrow().getProvenance()).isEqualTo(Provenance.ENSEIGNEMENT_BE);
	}

	@Test
	void externalEntitiesAreNeverExpandedAndNothingIsStored() throws Exception {
		String xxe = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE lom [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				""" + lomRecord("&xxe;");
		long before = resources();
		MockHttpServletResponse response = send(Persona.ADMIN, "xxe.xml", xxe.getBytes(StandardCharsets.UTF_8), "CRP");
		assertThat(response.getStatus()).isEqualTo(422);
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("déclare une DTD ou des entités").contains("Rien n&#39;a été importé")
			.doesNotContain("root:");
		assertThat(resources()).isEqualTo(before);
	}

	@Test
	void billionLaughsIsRefusedAtOnce() throws Exception {
		StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			String previous = "&lol" + (i - 1) + ";";
			entities.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
		}
		String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lom [" + entities + "]>" + lomRecord("&lol9;");
		long before = resources();
		long started = System.nanoTime();
		MockHttpServletResponse response = send(Persona.ADMIN, "rires.xml", laughs.getBytes(StandardCharsets.UTF_8),
				"CRP");
		assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("déclare une DTD ou des entités");
		assertThat(resources()).isEqualTo(before);
	}

	@Test
	void unreadableFilesAreRefusedWholeWithTheirReason() throws Exception {
		long before = resources();
		MockHttpServletResponse malformed = send(Persona.ADMIN, "casse.xml",
				"<lom xmlns=\"http://ltsc.ieee.org/xsd/LOM\">\n<general>\n</lom>".getBytes(StandardCharsets.UTF_8), "CRP");
		assertThat(malformed.getStatus()).isEqualTo(422);
		assertThat(malformed.getContentAsString(StandardCharsets.UTF_8)).contains("n&#39;est pas un XML bien formé")
			.contains("ligne 3");
		MockHttpServletResponse noLom = send(Persona.ADMIN, "autre.xml",
				"<catalogue><fiche/></catalogue>".getBytes(StandardCharsets.UTF_8), "CRP");
		assertThat(noLom.getContentAsString(StandardCharsets.UTF_8)).contains("ne contient aucune fiche &lt;lom&gt;");
		MockHttpServletResponse noProvenance = send(Persona.ADMIN, "sans.xml",
				lomRecord("Sans provenance").getBytes(StandardCharsets.UTF_8), null);
		assertThat(noProvenance.getStatus()).isEqualTo(422);
		assertThat(noProvenance.getContentAsString(StandardCharsets.UTF_8)).contains("Choisissez la provenance");
		MockHttpServletResponse latin1 = send(Persona.ADMIN, "latin1.csv",
				(CsvRecordsUnitTests.HEADER + "\nÉté;x\n").getBytes(StandardCharsets.ISO_8859_1), "CRP");
		assertThat(latin1.getStatus()).isEqualTo(422);
		assertThat(latin1.getContentAsString(StandardCharsets.UTF_8)).contains("n&#39;est pas encodé en UTF-8");
		MockHttpServletResponse columns = send(Persona.ADMIN, "colonnes.csv",
				"titre;resume\nA;B\n".getBytes(StandardCharsets.UTF_8), "CRP");
		assertThat(columns.getStatus()).isEqualTo(422);
		assertThat(columns.getContentAsString(StandardCharsets.UTF_8)).contains("obligatoire(s) absente(s)");
		MockHttpServletResponse empty = send(Persona.ADMIN, "vide.csv", new byte[0], "CRP");
		assertThat(empty.getStatus()).isEqualTo(422);
		assertThat(empty.getContentAsString(StandardCharsets.UTF_8)).contains("Choisissez un fichier");
		assertThat(resources()).isEqualTo(before);
	}

	@Test
	void theImportPageDocumentsTheFormatsForAdministratorsOnly() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/ressources/import").with(user(personas.user(Persona.ADMIN))))
			.andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("duree_minutes").contains("SEQUENCE")
			.contains("Séquence d&#39;apprentissage").contains("importée ou refusée séparément");
		assertThat(mvc.perform(get("/ressources/import").with(user(personas.user(Persona.TEACHER)))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(send(Persona.AGENT, "x.csv", "titre\n".getBytes(StandardCharsets.UTF_8), "CRP").getStatus())
			.isEqualTo(403);
		MockHttpServletResponse visitor = mvc.perform(get("/ressources/import")).andReturn().getResponse();
		assertThat(visitor.getStatus()).isEqualTo(302);
		assertThat(visitor.getRedirectedUrl()).contains("/connexion");
	}
}
