package be.numedu.resources.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.validation.Schema;

import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.SchoolYear;
import be.numedu.resources.catalogue.Workflow;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.Personas.Persona;
import be.numedu.testsupport.ResourceSamples;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.results.MetadataFormat;
import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.model.oaipmh.verbs.Identify;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.client.OAIClient;
import io.gdcc.xoai.serviceprovider.exceptions.CannotDisseminateFormatException;
import io.gdcc.xoai.serviceprovider.exceptions.IdDoesNotExistException;
import io.gdcc.xoai.serviceprovider.exceptions.InvalidOAIResponse;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.GetRecordParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListIdentifiersParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListMetadataParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The OAI-PMH endpoint harvested as harvesters do: XOAI's own harvester (the service provider) over HTTP, through
 * every page of resumption tokens, by set and by dates; every error code answered with HTTP 200 and the protocol's
 * XML, with a French message saying what in the request caused it; every response validated against the vendored
 * OAI-PMH schema, offline.
 */
@NumeduTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OaiIntegrationTests {

	private static final Pattern ERROR = Pattern.compile("<error code=\"([a-zA-Z]+)\"");

	private static final Pattern TOKEN = Pattern.compile("<resumptionToken[^>]*>([^<]+)</resumptionToken>");

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceSamples samples;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Addresses addresses;

	@Autowired
	ResumptionTokens tokens;

	private final Schema oaiPmh = OfflineSchemas.oaiPmh();

	private final List<String> responses = new ArrayList<>();

	private HttpBridge bridge;

	/** The first second of this test's data, and the first second of its last changes. */
	private Instant start;

	private Instant middle;

	private final List<Long> batch = new ArrayList<>();

	private long late;

	private long withdrawn;

	private final List<Long> invisible = new ArrayList<>();

	@BeforeAll
	void resources() throws Exception {
		start = nextSecond();
		PersonView importer = samples.person(Persona.ADMIN);
		for (int i = 0; i < 230; i++) {
			ResourceContent base = ResourceSamples.content("Moisson " + i, "Une ressource moissonnée n° " + i + ".");
			ResourceContent content = new ResourceContent(base.title(), base.summary(), base.description(),
					base.type(), i % 3 == 0 ? new TreeSet<>(Set.of(SchoolYear.S1)) : base.years(),
					new TreeSet<>(Set.of(i % 2 == 0 ? Discipline.FLA : Discipline.MATHEMATIQUES)),
					base.language(), base.authors(), base.publisher(), base.licence(), base.url(),
					base.durationMinutes(), base.audiences(), null, null, null, null, null, null, null, base.keywords(),
					base.provenance(), List.of());
			batch.add(catalogue.importPublished(importer, content, "moisson"));
		}
		long draft = samples.draft(Persona.TEACHER, ResourceSamples.content("Brouillon OAI", "Jamais moissonné."));
		long submitted = samples.draft(Persona.TEACHER, ResourceSamples.content("Soumise OAI", "Jamais moissonnée."));
		samples.move(submitted, Persona.TEACHER, Workflow.SUBMIT, null);
		long refused = samples.draft(Persona.TEACHER, ResourceSamples.content("Refusée OAI", "Jamais moissonnée."));
		samples.move(refused, Persona.TEACHER, Workflow.SUBMIT, null);
		samples.move(refused, Persona.ADMIN, Workflow.REFUSE, "Hors sujet.");
		invisible.addAll(List.of(draft, submitted, refused));
		middle = nextSecond();
		late = samples.published(Persona.TEACHER, ResourceSamples.content("Tardive OAI", "Publiée en dernier."));
		withdrawn = samples.published(Persona.TEACHER, ResourceSamples.content("Retirée OAI", "Publiée puis retirée."));
		samples.move(withdrawn, Persona.ADMIN, Workflow.WITHDRAW, "Lien mort.");
		bridge = new HttpBridge(mvc);
	}

	@AfterAll
	void everyResponseWasValidOaiPmh() {
		if (bridge != null) {
			bridge.close();
			bridge.exchanges.forEach(e -> responses.add(e.body()));
		}
		assertThat(responses).isNotEmpty();
		for (String response : responses) {
			OfflineSchemas.validate(oaiPmh, response);
		}
	}

	/** Waits for the next whole second, and returns it: what changes from now on has datestamps from it on. */
	private static Instant nextSecond() throws InterruptedException {
		Instant next = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
		while (Instant.now().isBefore(next)) {
			Thread.sleep(20);
		}
		return next;
	}

	private ServiceProvider harvester() {
		String base = bridge.url("/oai");
		return new ServiceProvider(new Context().withBaseUrl(base)
			.withGranularity(Granularity.Second)
			.withOAIClient(OAIClient.newBuilder()
				.withBaseUrl(base)
				.withConnectTimeout(Duration.ofSeconds(5))
				.withRequestTimeout(Duration.ofSeconds(30))
				.withUserAgent("numedu-test-harvester")
				.build())
			.withSaveUnparsedMetadata());
	}

	private static <T> List<T> drain(Iterator<T> iterator) {
		List<T> all = new ArrayList<>();
		iterator.forEachRemaining(all::add);
		return all;
	}

	private String id(long resource) {
		return addresses.oaiIdentifier(resource);
	}

	@Test
	void theHarvesterGetsEveryRecordThroughResumptionTokens() throws Exception {
		int before = bridge.exchanges.size();
		List<Record> records = drain(harvester()
			.listRecords(ListRecordsParameters.request().withMetadataPrefix("oai_dc").withFrom(start)));
		List<HttpBridge.Exchange> pages = bridge.exchanges.subList(before, bridge.exchanges.size());
		assertThat(pages).hasSize(3);
		assertThat(pages.get(0).body()).contains("completeListSize=\"232\"").contains("cursor=\"0\"");
		assertThat(pages.get(1).body()).contains("cursor=\"100\"");
		assertThat(pages.get(2).body()).containsPattern("<resumptionToken[^>]*cursor=\"200\"[^>]*/>");
		assertThat(records).hasSize(232);
		assertThat(records.stream().map(r -> r.getHeader().getIdentifier()).distinct()).hasSize(232);
		Set<String> expected = new HashSet<>();
		batch.forEach(b -> expected.add(id(b)));
		expected.add(id(late));
		expected.add(id(withdrawn));
		assertThat(records.stream().map(r -> r.getHeader().getIdentifier())).containsExactlyInAnyOrderElementsOf(expected);
		List<Record> deleted = records.stream().filter(r -> r.getHeader().isDeleted()).toList();
		assertThat(deleted).extracting(r -> r.getHeader().getIdentifier()).containsExactly(id(withdrawn));
		assertThat(deleted.get(0).getMetadata()).isNull();
		Record first = records.get(0);
		assertThat(first.getMetadata().asUnparsedString()).contains("<dc:title").contains("Moisson 0");
		assertThat(first.getHeader().getSetSpecs()).contains("discipline:FLA", "etape:SECONDAIRE_INFERIEUR");
		// Datestamps come in order: the list is read along (updated_at, id).
		List<Instant> stamps = records.stream().map(r -> r.getHeader().getDatestamp()).toList();
		assertThat(stamps).isSorted();
		for (long hidden : invisible) {
			assertThat(expected).doesNotContain(id(hidden));
		}
	}

	@Test
	void lomRecordsConformAndCarryTheProfile() throws Exception {
		List<Record> records = drain(harvester()
			.listRecords(ListRecordsParameters.request().withMetadataPrefix("lom").withFrom(middle)));
		assertThat(records).hasSize(2);
		Record lom = records.stream().filter(r -> !r.getHeader().isDeleted()).findFirst().orElseThrow();
		String xml = lom.getMetadata().asUnparsedString();
		assertThat(xml).contains("<metadataSchema>SCOLOMFRv3.1</metadataSchema>").contains("Tardive OAI");
		assertThat(LomConformance.problems(xml)).isEmpty();
		OfflineSchemas.lom().ifPresent(schema -> OfflineSchemas.validate(schema, xml));
	}

	@Test
	void setsSelectByDisciplineAndStage() throws Exception {
		ServiceProvider harvester = harvester();
		List<Header> fla = drain(harvester.listIdentifiers(ListIdentifiersParameters.request()
			.withMetadataPrefix("lom").withSetSpec("discipline:FLA").withFrom(start)));
		// The even ones of the batch, the late one and the withdrawn one (the samples are French resources).
		assertThat(fla).hasSize(115 + 2);
		assertThat(fla).allSatisfy(h -> assertThat(h.getSetSpecs()).contains("discipline:FLA"));
		List<Header> secondary = drain(harvester.listIdentifiers(ListIdentifiersParameters.request()
			.withMetadataPrefix("oai_dc").withSetSpec("etape:SECONDAIRE_INFERIEUR").withFrom(start)));
		assertThat(secondary).hasSize(77);
		List<Header> all = drain(harvester.listIdentifiers(ListIdentifiersParameters.request()
			.withMetadataPrefix("oai_dc").withSetSpec("discipline").withFrom(start)));
		assertThat(all).hasSize(232);
		List<io.gdcc.xoai.model.oaipmh.results.Set> sets = drain(harvester.listSets());
		assertThat(sets).hasSize(2 + Discipline.values().length + be.numedu.resources.catalogue.Stage.values().length);
		assertThat(sets).anySatisfy(s -> {
			assertThat(s.getSpec()).isEqualTo("discipline:FLA");
			assertThat(s.getName()).isEqualTo("Discipline : Français et langues anciennes");
		});
		assertThat(sets).anySatisfy(s -> assertThat(s.getName()).isEqualTo("Étape : Primaire"));
	}

	@Test
	void fromAndUntilBoundDatestampsInSecondsOrDays() throws Exception {
		ServiceProvider harvester = harvester();
		assertThat(drain(harvester.listIdentifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc")
			.withFrom(middle)))).extracting(Header::getIdentifier).containsExactlyInAnyOrder(id(late), id(withdrawn));
		assertThat(drain(harvester.listIdentifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc")
			.withFrom(start).withUntil(middle.minusSeconds(1))))).hasSize(230);
		String today = start.atOffset(ZoneOffset.UTC).toLocalDate().toString();
		String dayList = oai(get("/oai").param("verb", "ListIdentifiers").param("metadataPrefix", "oai_dc")
			.param("from", today).param("until", Instant.now().atOffset(ZoneOffset.UTC).toLocalDate().toString()));
		assertThat(dayList).doesNotContain("<error").contains("<header>");
		assertThat(error(oai(get("/oai").param("verb", "ListIdentifiers").param("metadataPrefix", "oai_dc")
			.param("from", today).param("until", "2099-01-01T00:00:00Z")))).isEqualTo("badArgument");
		assertThat(error(oai(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "oai_dc")
			.param("until", "2001-01-01")))).isEqualTo("noRecordsMatch");
	}

	@Test
	void identifyAndFormatsAndSingleRecords() throws Exception {
		ServiceProvider harvester = harvester();
		Identify identify = harvester.identify();
		assertThat(identify.getRepositoryName()).contains("Fédération Wallonie-Bruxelles")
			.contains("Service général du Numérique éducatif").contains("numedu");
		assertThat(identify.getBaseURL()).isEqualTo(addresses.oai());
		assertThat(identify.getAdminEmails()).contains("contact.sne@cfwb.be");
		assertThat(identify.getGranularity()).isEqualTo(Granularity.Second);
		assertThat(identify.getEarliestDatestamp()).isBeforeOrEqualTo(
				catalogue.find(batch.get(0)).orElseThrow().getUpdatedAt().truncatedTo(ChronoUnit.SECONDS));
		assertThat(identify.getDeletedRecord().toString()).isEqualToIgnoringCase("persistent");
		List<MetadataFormat> formats = drain(harvester.listMetadataFormats());
		assertThat(formats).extracting(MetadataFormat::getMetadataPrefix).containsExactlyInAnyOrder("oai_dc", "lom");
		assertThat(drain(harvester.listMetadataFormats(ListMetadataParameters.request().withIdentifier(id(withdrawn)))))
			.hasSize(2);
		Record record = harvester.getRecord(GetRecordParameters.request().withIdentifier(id(late))
			.withMetadataFormatPrefix("lom"));
		assertThat(record.getMetadata().asUnparsedString()).contains("Tardive OAI");
		Record gone = harvester.getRecord(GetRecordParameters.request().withIdentifier(id(withdrawn))
			.withMetadataFormatPrefix("oai_dc"));
		assertThat(gone.getHeader().isDeleted()).isTrue();
		assertThat(gone.getMetadata()).isNull();
		for (long hidden : invisible) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> harvester.getRecord(GetRecordParameters.request()
				.withIdentifier(id(hidden)).withMetadataFormatPrefix("oai_dc"))).isInstanceOf(IdDoesNotExistException.class);
		}
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> harvester.getRecord(GetRecordParameters.request()
			.withIdentifier(id(late)).withMetadataFormatPrefix("marc21")))
			.isInstanceOf(CannotDisseminateFormatException.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> drain(harvester.listRecords(
				ListRecordsParameters.request().withMetadataPrefix("marc21")))).isInstanceOf(InvalidOAIResponse.class)
			.hasMessageContaining("cannotDisseminateFormat");
	}

	@Test
	void everyErrorIsTheProtocolsWithHttp200AndSaidInFrench() throws Exception {
		String verbs = "Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords ou GetRecord.";
		assertThat(errors(oai(get("/oai").param("verb", "Foo"))))
			.containsExactly("badVerb: « Foo » n'est pas un verbe OAI-PMH : " + verbs);
		assertThat(errors(oai(get("/oai")))).containsExactly("badVerb: L'argument verb manque : " + verbs);
		assertThat(errors(oai(get("/oai").param("verb", "Identify", "Identify"))))
			.containsExactly("badVerb: L'argument verb figure 2 fois : une requête n'a qu'un verbe.");
		assertThat(errors(oai(get("/oai").param("verb", "ListRecords", "ListRecords").param("metadataPrefix", "lom"))))
			.containsExactly("badVerb: L'argument verb figure 2 fois : une requête n'a qu'un verbe.");
		assertThat(errors(oai(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "lom", "oai_dc"))))
			.containsExactly(
					"badArgument: L'argument metadataPrefix figure 2 fois : chaque argument ne se donne qu'une fois.");
		assertThat(errors(oai(get("/oai").param("verb", "ListRecords"))))
			.containsExactly("badArgument: L'argument metadataPrefix est obligatoire avec le verbe ListRecords.");
		assertThat(errors(oai(get("/oai").param("verb", "Identify").param("foo", "bar"))))
			.containsExactly("badArgument: « foo » n'est pas un argument du protocole OAI-PMH.");
		assertThat(errors(oai(get("/oai").param("verb", "ListSets").param("metadataPrefix", "oai_dc"))))
			.containsExactly("badArgument: L'argument metadataPrefix n'est pas admis avec le verbe ListSets.");
		assertThat(errors(oai(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "oai_dc")
			.param("from", "hier")))).containsExactly(
					"badArgument: « hier » (from) n'est pas une date : écrivez AAAA-MM-JJ ou AAAA-MM-JJThh:mm:ssZ.");
		assertThat(errors(oai(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "oai_dc")
			.param("from", "2025-03-01T09:00:00+01:00")))).containsExactly("badArgument: « 2025-03-01T09:00:00+01:00 » "
					+ "(from) n'est pas en temps universel : écrivez l'heure UTC suivie de Z, par exemple "
					+ "2025-03-01T08:00:00Z, ou un jour seul (AAAA-MM-JJ).");
		assertThat(errors(oai(get("/oai").param("verb", "ListIdentifiers").param("metadataPrefix", "oai_dc")
			.param("from", "2025-03-02").param("until", "2025-03-01")))).containsExactly(
					"badArgument: La date from (2025-03-02) est postérieure à la date until (2025-03-01).");
		assertThat(errors(oai(get("/oai").param("verb", "GetRecord").param("metadataPrefix", "oai_dc"))))
			.containsExactly("badArgument: L'argument identifier est obligatoire avec le verbe GetRecord.");
		assertThat(errors(oai(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "oai_dc")
			.param("resumptionToken", "x")))).containsExactly("badArgument: Un resumptionToken s'envoie seul avec le "
					+ "verbe : le jeton porte déjà les autres arguments de la moisson.");
		String formats = "cannotDisseminateFormat: Le format « marc21 » n'est pas proposé : ce dépôt diffuse oai_dc et "
				+ "lom (voyez ListMetadataFormats).";
		assertThat(errors(oai(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "marc21"))))
			.containsExactly(formats);
		assertThat(errors(oai(get("/oai").param("verb", "GetRecord").param("metadataPrefix", "marc21")
			.param("identifier", id(late))))).containsExactly(formats);
		String elsewhere = "oai:ailleurs.example:ressource/" + late;
		assertThat(errors(oai(get("/oai").param("verb", "GetRecord").param("metadataPrefix", "oai_dc")
			.param("identifier", elsewhere)))).containsExactly("idDoesNotExist: « " + elsewhere + " » n'est pas un "
					+ "identifiant de ce dépôt : ses identifiants s'écrivent comme " + id(1) + ".");
		for (String unknown : List.of(id(999_999_999L), id(invisible.get(0)))) {
			assertThat(errors(oai(get("/oai").param("verb", "GetRecord").param("metadataPrefix", "oai_dc")
				.param("identifier", unknown)))).containsExactly(
						"idDoesNotExist: Aucun enregistrement ne porte l'identifiant « " + unknown + " » dans ce dépôt.");
		}
		assertThat(errors(oai(get("/oai").param("verb", "ListMetadataFormats").param("identifier", "n'importe quoi"))))
			.containsExactly("idDoesNotExist: « n'importe quoi » n'est pas un identifiant de ce dépôt : ses "
					+ "identifiants s'écrivent comme " + id(1) + ".");
		assertThat(errors(oai(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "oai_dc")
			.param("set", "discipline:ASTROLOGIE")))).containsExactly(
					"noRecordsMatch: L'ensemble « discipline:ASTROLOGIE » n'existe pas dans ce dépôt : voyez ListSets.");
		assertThat(errors(oai(get("/oai").param("verb", "ListIdentifiers").param("metadataPrefix", "lom")
			.param("set", "discipline:PEDAGOGIE").param("from", middle.toString()))))
			.containsExactly("noRecordsMatch: Aucun enregistrement ne correspond à ces arguments.");
		// a from in the future finds nothing, which is no error of the harvester's; after its until, it is one
		assertThat(errors(oai(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "oai_dc")
			.param("from", "2099-01-01T00:00:00Z"))))
			.containsExactly("noRecordsMatch: Aucun enregistrement ne correspond à ces arguments.");
		assertThat(errors(oai(get("/oai").param("verb", "ListRecords").param("metadataPrefix", "oai_dc")
			.param("from", "2099-01-02T00:00:00Z").param("until", "2099-01-01T00:00:00Z")))).containsExactly(
					"badArgument: La date from (2099-01-02T00:00:00Z) est postérieure à la date until "
							+ "(2099-01-01T00:00:00Z).");
	}

	@Test
	void badResumptionTokensEmptyGarbledTamperedExpiredOrOutOfRange() throws Exception {
		String first = oai(get("/oai").param("verb", "ListIdentifiers").param("metadataPrefix", "oai_dc")
			.param("from", start.toString()));
		Matcher matcher = TOKEN.matcher(first);
		assertThat(matcher.find()).isTrue();
		String token = matcher.group(1);
		assertThat(first).contains("expirationDate=");
		assertThat(errors(oai(get("/oai").param("verb", "ListIdentifiers").param("resumptionToken", token)))).isEmpty();
		String foreign = "badResumptionToken: Ce jeton de reprise n'a pas été délivré par ce dépôt, ou il a été "
				+ "modifié : reprenez la moisson au début.";
		for (String bad : new String[] { "ceci-n-est-pas-un-jeton", token + "x",
				token.substring(0, token.length() - 2) + "AA", "b2Zmc2V0OjoxMDB8cHJlZml4OjpvYWlfZGM=" }) {
			assertThat(errors(oai(get("/oai").param("verb", "ListIdentifiers").param("resumptionToken", bad))))
				.as(bad).containsExactly(foreign);
		}
		assertThat(errors(oai(get("/oai").param("verb", "ListIdentifiers").param("resumptionToken", ""))))
			.containsExactly("badResumptionToken: Le jeton de reprise est vide.");
		// A ListIdentifiers token sent with ListRecords or ListSets.
		assertThat(errors(oai(get("/oai").param("verb", "ListRecords").param("resumptionToken", token))))
			.containsExactly("badResumptionToken: Ce jeton de reprise poursuit une requête ListIdentifiers, pas "
					+ "ListRecords : renvoyez-le avec le verbe ListIdentifiers.");
		assertThat(errors(oai(get("/oai").param("verb", "ListSets").param("resumptionToken", token))))
			.containsExactly("badResumptionToken: Ce jeton de reprise poursuit une requête ListIdentifiers, pas "
					+ "ListSets : renvoyez-le avec le verbe ListIdentifiers.");
		// Genuine tokens that point past the end of the list, or hold no position.
		String noPlace = "badResumptionToken: Ce jeton de reprise ne désigne plus de position dans la liste : "
				+ "reprenez la moisson au début.";
		ResumptionToken.Value value = new ResumptionToken.ValueBuilder().withOffset(300).withMetadataPrefix("oai_dc")
			.withFrom(start).build();
		String pastTheEnd = tokens.sign(new ResumptionTokens.State("ListIdentifiers", value,
				new ResumptionTokens.Position(Instant.parse("2999-01-01T00:00:00Z"), Long.MAX_VALUE), 232,
				Instant.now().plusSeconds(600)));
		assertThat(errors(oai(get("/oai").param("verb", "ListIdentifiers").param("resumptionToken", pastTheEnd))))
			.containsExactly(noPlace);
		String noPosition = tokens.sign(new ResumptionTokens.State("ListIdentifiers", value, null, 232,
				Instant.now().plusSeconds(600)));
		assertThat(errors(oai(get("/oai").param("verb", "ListIdentifiers").param("resumptionToken", noPosition))))
			.containsExactly(noPlace);
		String expired = tokens.sign(new ResumptionTokens.State("ListIdentifiers", value, null, 232,
				Instant.now().minusSeconds(1)));
		assertThat(errors(oai(get("/oai").param("verb", "ListIdentifiers").param("resumptionToken", expired))))
			.containsExactly("badResumptionToken: Ce jeton de reprise a expiré : reprenez la moisson, à partir de la "
					+ "date de la dernière moisson complète (from).");
		// No English detail from the library or from numedu's own checks reaches the harvester.
		assertThat(responses).noneMatch(r -> r.contains("resumption token") || r.contains("argument '"));
	}

	@Test
	void postIsAnsweredLikeGetWithoutCsrfToken() throws Exception {
		MvcResult result = mvc.perform(post("/oai").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + middle)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		responses.add(body);
		assertThat(body).contains(id(late)).contains(id(withdrawn)).contains("status=\"deleted\"");
		MvcResult identify = mvc.perform(post("/oai").param("verb", "Identify")).andReturn();
		assertThat(identify.getResponse().getStatus()).isEqualTo(200);
		responses.add(identify.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** A request's response: HTTP 200, text/xml, recorded for validation. */
	private String oai(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("text/xml");
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		responses.add(body);
		return body;
	}

	/** The response's errors, as "code: message". */
	private static List<String> errors(String response) {
		return OaiProviderUnitTests.errors(response);
	}

	private static String error(String response) {
		Matcher matcher = ERROR.matcher(response);
		return matcher.find() ? matcher.group(1) : null;
	}
}
