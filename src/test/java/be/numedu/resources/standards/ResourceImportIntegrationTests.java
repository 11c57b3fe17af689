package be.numedu.resources.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The platform team's imports: LOM and CSV files imported record by record with a French report, and files refused
 * whole (malicious XML through any kind of entity, malformed XML, XML of another kind, files that are neither XML nor
 * text, CSV not in UTF-8, with an open quote or missing columns, files over the size or record cap) with nothing
 * stored; cells a spreadsheet would read as formulas stored and exported as the text they are.
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

	@Autowired
	Addresses addresses;

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

	/** A file refused whole: HTTP 422, the French reason on the form, and not one resource more. */
	private String refused(String name, byte[] content, String provenance) throws Exception {
		long before = resources();
		MockHttpServletResponse response = send(Persona.ADMIN, name, content, provenance);
		assertThat(response.getStatus()).as(name).isEqualTo(422);
		assertThat(resources()).as(name).isEqualTo(before);
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).as(name).contains("Rien n&#39;a été importé").contains("<h1");
		return page;
	}

	@Test
	void filesOverTheSizeOrRecordCapAreRefusedWhole() throws Exception {
		byte[] header = (CsvRecordsUnitTests.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] heavy = java.util.Arrays.copyOf(header, ResourceImports.MAX_BYTES + 1);
		java.util.Arrays.fill(heavy, header.length, heavy.length, (byte) 'a');
		assertThat(refused("lourd.csv", heavy, "CRP")).contains("Le fichier dépasse 5 Mo : découpez-le en plusieurs "
				+ "fichiers. Rien n&#39;a été importé.");
		StringBuilder lines = new StringBuilder(CsvRecordsUnitTests.HEADER).append('\n');
		for (int i = 0; i <= ResourceImports.MAX_RECORDS; i++) {
			lines.append("Ligne ").append(i).append(";Résumé;EXERCISE;P3;FLA;fr;CC_BY;https://example.org/l")
				.append(i).append(";ENSEIGNANT;CRP;;;;\n");
		}
		assertThat(refused("long.csv", lines.toString().getBytes(StandardCharsets.UTF_8), "CRP"))
			.contains("Le fichier contient plus de 500 lignes : découpez-le en plusieurs fichiers.");
		StringBuilder records = new StringBuilder("<fiches>");
		String record = lomRecord("Fiche du lot");
		for (int i = 0; i <= ResourceImports.MAX_RECORDS; i++) {
			records.append(record);
		}
		assertThat(refused("lot.xml", records.append("</fiches>").toString().getBytes(StandardCharsets.UTF_8), "CRP"))
			.contains("Le fichier contient plus de 500 fiches : découpez-le en plusieurs fichiers.");
	}

	@Test
	void aCsvInWindows1252IsRefusedWithTheLineToLookAt() throws Exception {
		String csv = "titre;resume;type;annees;disciplines;langue;licence;lien;publics;provenance\n"
				+ "Les c\u0153urs;L\u2019\u00e9t\u00e9 des \u00e9l\u00e8ves;EXERCISE;P3;FLA;fr;CC_BY;"
				+ "https://example.org/1252;ENSEIGNANT;CRP\n";
		assertThat(refused("excel.csv", csv.getBytes(java.nio.charset.Charset.forName("windows-1252")), "CRP"))
			.contains("Le fichier n&#39;est pas encodé en UTF-8 (premier caractère illisible à la ligne 2) : "
					+ "enregistrez-le au format « CSV UTF-8 » puis envoyez-le à nouveau.");
	}

	@Test
	void formulaLikeCellsAreStoredAsTextAndExportedIntact() throws Exception {
		String title = "=HYPERLINK(\"https://piege.example/\";\"Cliquez ici\")";
		String csv = CsvRecordsUnitTests.HEADER + "\n\"" + title.replace("\"", "\"\"") + "\";"
				+ "+32 2 413 23 11;EXERCISE;P3;FLA;fr;CC_BY;https://example.org/formule;ENSEIGNANT;CRP;"
				+ "@SOMME(A1:A2)|-2+3;=1+1;;\n";
		MockHttpServletResponse response = send(Persona.ADMIN, "formules.csv", csv.getBytes(StandardCharsets.UTF_8),
				"CRP");
		assertThat(response.getStatus()).isEqualTo(200);
		List<Long> ids = imported(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(ids).hasSize(1);
		Resource resource = catalogue.find(ids.get(0)).orElseThrow();
		assertThat(resource.getTitle()).isEqualTo(title);
		assertThat(resource.getSummary()).isEqualTo("+32 2 413 23 11");
		assertThat(catalogue.contentOf(resource).keywords()).containsExactly("@SOMME(A1:A2)", "-2+3");
		assertThat(catalogue.contentOf(resource).authors()).containsExactly("=1+1");
		// exported as the text it is: OAI-PMH in both formats, valid; the JSON-LD description
		for (String prefix : List.of("oai_dc", "lom")) {
			String xml = mvc.perform(get("/oai").param("verb", "GetRecord").param("metadataPrefix", prefix)
				.param("identifier", addresses.oaiIdentifier(resource.getId()))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			OfflineSchemas.validate(OfflineSchemas.oaiPmh(), xml);
			assertThat(xml).as(prefix).doesNotContain("<error").containsAnyOf(title, title.replace("\"", "&quot;"))
				.contains("+32 2 413 23 11");
		}
		String json = mvc.perform(get("/api/ressources/" + resource.getId())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"name\":\"=HYPERLINK(\\\"https://piege.example/\\\";\\\"Cliquez ici\\\")\"");
	}

	@Test
	void externalEntitiesThroughParameterEntitiesAreNeverFetched() throws Exception {
		List<String> fetched = new java.util.concurrent.CopyOnWriteArrayList<>();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			fetched.add(exchange.getRequestURI().toString());
			byte[] dtd = "<!ENTITY vol SYSTEM \"file:///etc/passwd\">".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, dtd.length);
			exchange.getResponseBody().write(dtd);
			exchange.close();
		});
		server.start();
		try {
			String dtd = "http://127.0.0.1:" + server.getAddress().getPort() + "/piege.dtd";
			String parameter = "<?xml version=\"1.0\"?>\n<!DOCTYPE lom [<!ENTITY % distant SYSTEM \"" + dtd
					+ "\"> %distant;]>\n" + lomRecord("&vol;");
			String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE lom SYSTEM \"" + dtd + "\">\n" + lomRecord("Sans DTD");
			String local = "<?xml version=\"1.0\"?>\n<!DOCTYPE lom [<!ENTITY % fichier SYSTEM \"file:///etc/passwd\">"
					+ "<!ENTITY % tout \"<!ENTITY vol '%fichier;'>\"> %tout;]>\n" + lomRecord("&vol;");
			String doctypeOnly = "<?xml version=\"1.0\"?>\n<!DOCTYPE lom>\n" + lomRecord("Avec un DOCTYPE seul");
			for (String xml : List.of(parameter, external, local, doctypeOnly)) {
				assertThat(refused("entites.xml", xml.getBytes(StandardCharsets.UTF_8), "CRP")).as(xml)
					.contains("Le fichier XML déclare une DTD ou des entités (&lt;!DOCTYPE …&gt;)")
					.doesNotContain("root:");
			}
			assertThat(fetched).isEmpty();
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void aHugeTextNodeIsRefusedOnItsRecordAndNamedShortly() throws Exception {
		String huge = "Un titre démesuré ".repeat(260_000);
		byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + lomRecord(huge)).getBytes(StandardCharsets.UTF_8);
		assertThat(xml.length).isBetween(4_000_000, ResourceImports.MAX_BYTES);
		long before = resources();
		MockHttpServletResponse response = send(Persona.ADMIN, "demesure.xml", xml, "CRP");
		assertThat(response.getStatus()).isEqualTo(200);
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Aucune ressource importée, 1 fiche refusée").contains("300 caractères")
			.contains(huge.substring(0, 149).strip());
		assertThat(page.length()).isLessThan(100_000);
		assertThat(resources()).isEqualTo(before);
	}

	@Test
	void filesOfAnotherKindAreRefusedForWhatTheyAre() throws Exception {
		String otherNamespace = lomRecord("Autre espace de noms").replace(Lom.NAMESPACE, "http://example.org/autre-lom");
		assertThat(otherNamespace).doesNotContain(Lom.NAMESPACE);
		String noLom = "Le fichier XML ne contient aucune fiche &lt;lom&gt; (espace de noms http://ltsc.ieee.org/xsd/LOM).";
		assertThat(refused("autre.xml", otherNamespace.getBytes(StandardCharsets.UTF_8), "CRP")).contains(noLom);
		assertThat(refused("oai.xml", ("<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><ListRecords/></OAI-PMH>")
			.getBytes(StandardCharsets.UTF_8), "CRP")).contains(noLom);
		String notText = "Ce fichier n&#39;est ni un fichier LOM (XML) ni un fichier CSV (texte) : un classeur Excel ou "
				+ "LibreOffice s&#39;enregistre d&#39;abord au format « CSV UTF-8 ».";
		assertThat(refused("fiches.pdf", be.numedu.testsupport.ResourceSamples.PDF, "CRP")).contains(notText);
		byte[] workbook = java.util.Arrays.copyOf(new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0 }, 400);
		assertThat(refused("fiches.xlsx", workbook, "CRP")).contains(notText);
		assertThat(refused("fiches.txt", "Voici nos fiches : la première parle des volcans.\n"
			.getBytes(StandardCharsets.UTF_8), "CRP")).contains("Colonne(s) obligatoire(s) absente(s) de l&#39;en-tête");
		assertThat(refused("ouvert.csv", (CsvRecordsUnitTests.HEADER + "\nA;B\n\"Ouvert;x\n")
			.getBytes(StandardCharsets.UTF_8), "CRP")).contains("Le fichier CSV ne peut pas être lu à partir de la "
					+ "ligne 3 : une cellule entre guillemets n&#39;y est peut-être pas refermée")
			.doesNotContain("EOF").doesNotContain("Détail technique");
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
