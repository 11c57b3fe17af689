package be.numedu.resources.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import be.numedu.frameworks.Frameworks;
import be.numedu.resources.catalogue.AccessibilityFeature;
import be.numedu.resources.catalogue.Accommodation;
import be.numedu.resources.catalogue.Audience;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.Provenance;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.ResourceType;
import be.numedu.resources.catalogue.ResourcesProperties;
import be.numedu.resources.catalogue.SchoolYear;
import be.numedu.shared.web.ServiceProperties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.w3c.dom.Document;

/**
 * LOM and Dublin Core records written from resources: valid against the vendored schemas (offline), LOM read back
 * into the same content, and LOM read from what partners send.
 */
class LomRecordsUnitTests {

	static final String BASE = "https://numedu.example.be";

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/resources", "i18n/standards");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		return messages;
	}

	static final Frameworks FRAMEWORKS = new Frameworks(BASE);

	static final Addresses ADDRESSES = new Addresses(
			new ResourcesProperties(Path.of("target/none"), 5, 15728640, BASE + "/"));

	static final ServiceProperties SERVICE = new ServiceProperties("Service général du Numérique éducatif",
			"Fédération Wallonie-Bruxelles", "contact.sne@cfwb.be");

	private final LomRecords lom = new LomRecords(messages(), FRAMEWORKS, ADDRESSES, SERVICE);

	private final DublinCoreRecords dublinCore = new DublinCoreRecords(messages(), ADDRESSES);

	/** A content with every field filled, files included. */
	static ResourceContent full() {
		return new ResourceContent("La fable & ses « morales » <au primaire>", "Lire et comparer deux fables.",
				"## Déroulement\n\n1. Lire *Le Corbeau et le Renard*.\n2. Comparer.", ResourceType.EXERCISE,
				new TreeSet<>(Set.of(SchoolYear.P3, SchoolYear.P4)),
				new TreeSet<>(Set.of(Discipline.FLA, Discipline.EPC)), "fr", List.of("Marie Dupont", "Jean; Martin, fils"),
				"Fédération Wallonie-Bruxelles", Licence.CC_BY_SA, "https://ressources.example.org/fables", 90,
				new TreeSet<>(Set.of(Audience.ENSEIGNANT, Audience.ELEVE, Audience.PARENT)),
				new TreeSet<>(Set.of(AccessibilityFeature.ALTERNATIVE_TEXT, AccessibilityFeature.TRANSCRIPT)), null, null,
				"Textes de remplacement pour toutes les images.",
				new TreeSet<>(Set.of(Accommodation.TROUBLES_DYS, Accommodation.TDAH)),
				"Police adaptée et consignes courtes.",
				new TreeSet<>(Set.of("digcompedu:1.1", "encadrement-2009:A10")), List.of("fable", "morale", "lecture"),
				Provenance.CRP,
				List.of(new ResourceContent.FileRef(41, "fables.pdf", "application/pdf", 12000),
						new ResourceContent.FileRef(42, "fables.odt", "application/vnd.oasis.opendocument.text", 9000)));
	}

	static ExportedResource exported(ResourceContent content) {
		return new ExportedResource(17, content, 3, Instant.parse("2025-03-01T10:00:00.123456Z"),
				Instant.parse("2025-04-02T08:30:00.654321Z"));
	}

	@Test
	void lomRecordConformsToTheLomBindingAndDeclaresTheScolomfrProfile() {
		String xml = lom.write(exported(full()));
		assertThat(LomConformance.problems(xml)).isEmpty();
		assertThat(xml).startsWith("<lom xmlns=\"http://ltsc.ieee.org/xsd/LOM\"")
			.contains("<metadataSchema>LOMv1.0</metadataSchema><metadataSchema>SCOLOMFRv3.1</metadataSchema>")
			.contains("<identifier><catalog>numedu</catalog><entry>" + BASE + "/ressources/17</entry></identifier>")
			.contains("<title><string language=\"fr\">La fable &amp; ses « morales » &lt;au primaire&gt;</string></title>")
			.contains("<location>https://ressources.example.org/fables</location>")
			.contains("<location>" + BASE + "/ressources/17/fichiers/41</location>")
			.contains("<format>application/pdf</format>")
			.contains("<learningResourceType><source>LOMv1.0</source><value>exercise</value></learningResourceType>")
			.contains("<intendedEndUserRole><source>LOMv1.0</source><value>teacher</value></intendedEndUserRole>")
			.contains("<intendedEndUserRole><source>numedu</source><value>parent</value></intendedEndUserRole>")
			.contains("<context><source>LOMv1.0</source><value>school</value></context>")
			.contains("<typicalAgeRange><string>8-10</string></typicalAgeRange>")
			.contains("<typicalLearningTime><duration>PT1H30M</duration></typicalLearningTime>")
			.contains("<copyrightAndOtherRestrictions><source>LOMv1.0</source><value>yes</value>")
			.contains("https://creativecommons.org/licenses/by-sa/4.0/")
			.contains("<purpose><source>LOMv1.0</source><value>competency</value></purpose>")
			.contains("<id>" + BASE + "/referentiels/digcompedu/1.1</id>")
			.contains("<id>FLA</id>").contains("<id>P3</id>")
			.contains("FN:Jean\\; Martin\\, fils")
			.contains("<dateTime>2025-04-02T08:30:00Z</dateTime>");
	}

	@Test
	void lomRecordValidatesAgainstTheVendoredLomSchema() {
		assumeTrue(OfflineSchemas.lomVendored(),
				"The IEEE LOM XSDs are not vendored under resources/xsd/lom (see resources/xsd/README.md)");
		String xml = lom.write(exported(full()));
		OfflineSchemas.validate(OfflineSchemas.lom().orElseThrow(), xml);
		OfflineSchemas.validate(OfflineSchemas.lom().orElseThrow(), lom.write(exported(minimal(ResourceType.GAME))));
	}

	@Test
	void kindsLomLacksAreWrittenWithScolomfrOrNumeduVocabularies() {
		assertThat(lom.write(exported(minimal(ResourceType.GAME)))).contains(
				"<learningResourceType><source>SCOLOMFRv3.1</source><value>http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-010-num-013</value>");
		assertThat(lom.write(exported(minimal(ResourceType.SEQUENCE)))).contains("scolomfr-voc-010-num-020");
		assertThat(lom.write(exported(minimal(ResourceType.VIDEO))))
			.contains("<learningResourceType><source>numedu</source><value>VIDEO</value>");
		for (ResourceType type : ResourceType.values()) {
			String xml = lom.write(exported(minimal(type)));
			assertThat(LomConformance.problems(xml)).as(type.name()).isEmpty();
		}
	}

	@Test
	void typicalAgeRangeOnlyForSchoolYears() {
		assertThat(LomRecords.typicalAgeRange(Set.of(SchoolYear.M1))).contains("3-4");
		assertThat(LomRecords.typicalAgeRange(Set.of(SchoolYear.P1, SchoolYear.S6))).contains("6-18");
		assertThat(LomRecords.typicalAgeRange(Set.of(SchoolYear.S3, SchoolYear.EPS))).isEmpty();
		assertThat(LomRecords.typicalAgeRange(Set.of(SchoolYear.FORMATION))).isEmpty();
		assertThat(LomRecords.isoDuration(50)).isEqualTo("PT50M");
		assertThat(LomRecords.isoDuration(120)).isEqualTo("PT2H");
		assertThat(LomRecords.minutes("PT1H30M")).isEqualTo(90);
		assertThat(LomRecords.minutes("pt50m")).isEqualTo(50);
		assertThat(LomRecords.minutes("P1Y")).isNull();
	}

	@Test
	void dublinCoreRecordValidatesAgainstOaiDc() {
		String xml = dublinCore.write(exported(full()));
		OfflineSchemas.validate(OfflineSchemas.oaiDc(), xml);
		assertThat(xml).contains("<dc:title xml:lang=\"fr\">La fable &amp; ses « morales » &lt;au primaire&gt;</dc:title>")
			.contains("<dc:creator>Marie Dupont</dc:creator>")
			.contains("<dc:subject xml:lang=\"fr\">Français et langues anciennes</dc:subject>")
			.contains("<dc:description xml:lang=\"fr\">Lire et comparer deux fables.</dc:description>")
			.contains("<dc:publisher>Fédération Wallonie-Bruxelles</dc:publisher>")
			.contains("<dc:date>2025-03-01</dc:date>")
			.contains("<dc:type xml:lang=\"fr\">Exercice</dc:type>")
			.contains("<dc:format>application/pdf</dc:format>")
			.contains("<dc:identifier>" + BASE + "/ressources/17</dc:identifier>")
			.contains("<dc:language>fr</dc:language>")
			.contains("<dc:rights>https://creativecommons.org/licenses/by-sa/4.0/</dc:rights>");
		OfflineSchemas.validate(OfflineSchemas.oaiDc(), dublinCore.write(exported(minimal(ResourceType.AUDIO))));
	}

	@Test
	void charactersXmlCannotCarryAreDropped() {
		ResourceContent content = minimal(ResourceType.EXERCISE);
		ResourceContent odd = new ResourceContent("Titre\u0001 bizarre \uD800", content.summary(), "A\u0007B",
				content.type(), content.years(), content.disciplines(), content.language(), content.authors(),
				content.publisher(), content.licence(), content.url(), content.durationMinutes(), content.audiences(),
				null, null, null, null, null, null, null, content.keywords(), content.provenance(), List.of());
		String xml = lom.write(exported(odd));
		assertThat(LomConformance.problems(xml)).isEmpty();
		assertThat(xml).contains("Titre bizarre ").contains("AB");
		OfflineSchemas.validate(OfflineSchemas.oaiDc(), dublinCore.write(exported(odd)));
	}

	@Test
	void lomRoundTrip() throws Exception {
		ResourceContent original = full().withFiles(List.of());
		String written = lom.write(exported(original));
		ImportCandidate read = single(written);
		assertThat(read.errors()).isEmpty();
		// What LOM carries comes back as it was; the provenance is the import's, not the record's.
		assertThat(withoutProvenance(read.content())).isEqualTo(withoutProvenance(original));
		String again = lom.write(exported(read.content()));
		assertThat(again).isEqualTo(written);
	}

	@Test
	void resourceWithFilesOnlyKeepsItsFirstDownloadAsLink() throws Exception {
		ResourceContent filesOnly = new ResourceContent("Fiches", "Des fiches.", null, ResourceType.TOOL_SHEET,
				new TreeSet<>(Set.of(SchoolYear.FORMATION)), new TreeSet<>(Set.of(Discipline.PEDAGOGIE)), "fr",
				List.of(), null, Licence.ALL_RIGHTS_RESERVED_EDUCATIONAL, null, null,
				new TreeSet<>(Set.of(Audience.ENSEIGNANT)), null, null, null, null, null, null, null, List.of(), Provenance.CRP,
				List.of(new ResourceContent.FileRef(5, "a.pdf", "application/pdf", 1),
						new ResourceContent.FileRef(6, "b.pdf", "application/pdf", 1)));
		ImportCandidate read = single(lom.write(exported(filesOnly)));
		assertThat(read.errors()).isEmpty();
		assertThat(read.content().url()).isEqualTo(BASE + "/ressources/17/fichiers/5");
		assertThat(read.content().type()).isEqualTo(ResourceType.TOOL_SHEET);
		assertThat(read.content().licence()).isEqualTo(Licence.ALL_RIGHTS_RESERVED_EDUCATIONAL);
		assertThat(read.notices()).anyMatch(n -> n.contains("adresse"));
	}

	@Test
	void readsScolomfrStyleRecordsAndReportsWhatItLeavesOut() throws Exception {
		String record = """
				<?xml version="1.0" encoding="UTF-8"?>
				<lom xmlns="http://ltsc.ieee.org/xsd/LOM" xmlns:lomfr="http://www.lom-fr.fr/xsd/LOMFR">
				  <general>
				    <title><string language="fre">Les volcans</string><string language="en">Volcanoes</string></title>
				    <language>http://id.loc.gov/vocabulary/iso639-1/fr</language>
				    <description><string language="fr">Découvrir les volcans.</string></description>
				    <keyword><string language="fr">volcan</string></keyword>
				    <lomfr:documentType><lomfr:source>LOMFRv1.0</lomfr:source><lomfr:value>texte</lomfr:value></lomfr:documentType>
				  </general>
				  <lifeCycle>
				    <contribute><role><source>LOMv1.0</source><value>author</value></role>
				      <entity>BEGIN:VCARD
				VERSION:3.0
				N:Durand;Claire;;;
				END:VCARD</entity></contribute>
				    <contribute><role><source>LOMv1.0</source><value>content provider</value></role>
				      <entity>BEGIN:VCARD
				VERSION:3.0
				FN:Réseau Canopé
				END:VCARD</entity></contribute>
				  </lifeCycle>
				  <technical><location>https://example.org/volcans</location></technical>
				  <educational>
				    <learningResourceType><source>SCOLOMFRv3.1</source><value>http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-010-num-020</value></learningResourceType>
				    <intendedEndUserRole><source>LOMv1.0</source><value>learner</value></intendedEndUserRole>
				    <intendedEndUserRole><source>LOMv1.0</source><value>manager</value></intendedEndUserRole>
				    <typicalLearningTime><duration>PT45M</duration></typicalLearningTime>
				  </educational>
				  <rights><copyrightAndOtherRestrictions><source>LOMv1.0</source><value>yes</value></copyrightAndOtherRestrictions>
				    <description><string language="fr">Licence CC BY-NC-SA 4.0</string></description></rights>
				  <classification><purpose><source>LOMv1.0</source><value>discipline</value></purpose>
				    <taxonPath><source><string>numedu</string></source><taxon><id>sciences</id></taxon></taxonPath>
				    <taxonPath><source><string>ScoLOMFR</string></source><taxon><id>http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-015-num-1234</id></taxon></taxonPath>
				  </classification>
				  <classification><purpose><source>LOMv1.0</source><value>educational level</value></purpose>
				    <taxonPath><source><string>numedu</string></source><taxon><id>SECONDAIRE_INFERIEUR</id></taxon><taxon><id>S1</id></taxon></taxonPath>
				  </classification>
				  <classification><purpose><source>LOMv1.0</source><value>competency</value></purpose>
				    <taxonPath><source><string>DigComp</string></source><taxon><id>digcomp-2.2:1.1</id></taxon></taxonPath>
				    <taxonPath><source><string>autre</string></source><taxon><id>https://ailleurs.example/competence/7</id></taxon></taxonPath>
				  </classification>
				</lom>
				""";
		ImportCandidate read = single(record);
		assertThat(read.errors()).isEmpty();
		ResourceContent c = read.content();
		assertThat(c.title()).isEqualTo("Les volcans");
		assertThat(c.language()).isEqualTo("fr");
		assertThat(c.authors()).containsExactly("Claire Durand");
		assertThat(c.type()).isEqualTo(ResourceType.SEQUENCE);
		assertThat(c.audiences()).containsExactly(Audience.ELEVE);
		assertThat(c.durationMinutes()).isEqualTo(45);
		assertThat(c.licence()).isEqualTo(Licence.CC_BY_NC_SA);
		assertThat(c.disciplines()).containsExactly(Discipline.SCIENCES);
		assertThat(c.years()).containsExactly(SchoolYear.S1);
		assertThat(c.competences()).containsExactly("digcomp-2.2:1.1");
		assertThat(c.url()).isEqualTo("https://example.org/volcans");
		assertThat(read.notices()).anyMatch(n -> n.contains("content provider") && n.contains("Réseau Canopé"))
			.anyMatch(n -> n.contains("manager")).anyMatch(n -> n.contains("scolomfr-voc-015-num-1234"))
			.anyMatch(n -> n.contains("https://ailleurs.example/competence/7"));
	}

	@Test
	void recordsThatCannotBeImportedSayWhyInFrench() throws Exception {
		String record = """
				<lom xmlns="http://ltsc.ieee.org/xsd/LOM">
				  <general><title><string language="fr">Sans rien</string></title><language>tlh</language></general>
				  <educational><learningResourceType><source>X</source><value>podcast</value></learningResourceType></educational>
				  <rights><description><string>Licence maison</string></description></rights>
				  <classification><purpose><source>LOMv1.0</source><value>discipline</value></purpose>
				    <taxonPath><source><string>x</string></source><taxon><id>ASTROLOGIE</id></taxon></taxonPath></classification>
				</lom>
				""";
		ImportCandidate read = single(record);
		assertThat(read.importable()).isFalse();
		assertThat(read.errors()).extracting(ImportCandidate.Finding::field)
			.contains("language", "type", "licence", "disciplines", "years", "audiences");
		assertThat(read.errors()).extracting(ImportCandidate.Finding::message)
			.anyMatch(m -> m.contains("Langue « tlh »"))
			.anyMatch(m -> m.contains("Type de ressource inconnu : podcast"))
			.anyMatch(m -> m.contains("Licence non reconnue dans « Licence maison »"))
			.anyMatch(m -> m.contains("ASTROLOGIE"));
	}

	@Test
	void aWrapperOfSeveralRecordsIsReadInOrder() throws Exception {
		String one = lom.write(exported(minimal(ResourceType.EXERCISE)));
		String two = lom.write(exported(minimal(ResourceType.LECTURE)));
		byte[] wrapper = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><records>" + one + "<autre/>" + two
				+ "</records>").getBytes(StandardCharsets.UTF_8);
		List<ImportCandidate> read = lom.read(SafeXml.parse(wrapper));
		assertThat(read).extracting(r -> r.content().type()).containsExactly(ResourceType.EXERCISE,
				ResourceType.LECTURE);
		assertThat(read).extracting(ImportCandidate::number).containsExactly(1, 2);
	}

	@Test
	void dangerousXmlIsRefusedBeforeAnythingIsExpanded() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE lom [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<lom xmlns="http://ltsc.ieee.org/xsd/LOM"><general><title><string>&xxe;</string></title></general></lom>
				""";
		assertThatThrownBy(() -> SafeXml.parse(xxe.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(SafeXml.Refused.class, e -> assertThat(e.reason()).isEqualTo(SafeXml.Refusal.DOCTYPE));
		String laughs = """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
				<lom xmlns="http://ltsc.ieee.org/xsd/LOM">&lol3;</lom>
				""";
		assertThatThrownBy(() -> SafeXml.parse(laughs.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(SafeXml.Refused.class, e -> assertThat(e.reason()).isEqualTo(SafeXml.Refusal.DOCTYPE));
		String xinclude = """
				<lom xmlns="http://ltsc.ieee.org/xsd/LOM" xmlns:xi="http://www.w3.org/2001/XInclude">
				  <xi:include href="file:///etc/passwd" parse="text"/></lom>
				""";
		assertThatThrownBy(() -> SafeXml.parse(xinclude.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(SafeXml.Refused.class, e -> assertThat(e.reason()).isEqualTo(SafeXml.Refusal.XINCLUDE));
		assertThatThrownBy(() -> SafeXml.parse("<lom><general></lom>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(SafeXml.Refused.class, e -> {
				assertThat(e.reason()).isEqualTo(SafeXml.Refusal.MALFORMED);
				assertThat(e.line()).isEqualTo(1);
			});
		byte[] latin1 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><lom>été</lom>".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> SafeXml.parse(latin1)).isInstanceOfSatisfying(SafeXml.Refused.class,
				e -> assertThat(e.reason()).isEqualTo(SafeXml.Refusal.MALFORMED));
	}

	@Test
	void vcardsCarryNamesBothWays() {
		assertThat(Vcards.name(Vcards.person("Jean; Martin, fils"))).isEqualTo("Jean; Martin, fils");
		assertThat(Vcards.name(Vcards.organisation("ULB"))).isEqualTo("ULB");
		assertThat(Vcards.name("BEGIN:VCARD\r\nVERSION:3.0\r\nFN;CHARSET=UTF-8:Ana\r\n  Pérez\r\nEND:VCARD"))
			.isEqualTo("Ana Pérez");
		assertThat(Vcards.name("Simple Nom")).isEqualTo("Simple Nom");
	}

	private ImportCandidate single(String xml) throws SafeXml.Refused {
		Document document = SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8));
		List<ImportCandidate> read = lom.read(document);
		assertThat(read).hasSize(1);
		return read.get(0);
	}

	static ResourceContent minimal(ResourceType type) {
		return new ResourceContent("Titre " + type, "Résumé.", null, type, new TreeSet<>(Set.of(SchoolYear.S1)),
				new TreeSet<>(Set.of(Discipline.SCIENCES)), "fr", List.of(), null, Licence.CC0,
				"https://example.org/" + type, null, new TreeSet<>(Set.of(Audience.ELEVE)), null, null, null, null, null, null,
				null, List.of(), Provenance.CONSORTIUMS, List.of());
	}

	private static ResourceContent withoutProvenance(ResourceContent c) {
		return new ResourceContent(c.title(), c.summary(), c.description(), c.type(), c.years(), c.disciplines(),
				c.language(), c.authors(), c.publisher(), c.licence(), c.url(), c.durationMinutes(), c.audiences(),
				c.accessibilityFeatures(), c.accessModes(), c.accessibilityHazards(), c.accessibilitySummary(),
				c.accommodations(), c.accommodationsNote(), c.competences(), c.keywords(), null, c.files());
	}
}
