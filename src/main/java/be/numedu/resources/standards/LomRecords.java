package be.numedu.resources.standards;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import be.numedu.frameworks.Competence;
import be.numedu.frameworks.Frameworks;
import be.numedu.resources.catalogue.Accommodation;
import be.numedu.resources.catalogue.AccessibilityFeature;
import be.numedu.resources.catalogue.Audience;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Languages;
import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.ResourceType;
import be.numedu.resources.catalogue.SchoolYear;
import be.numedu.shared.web.ServiceProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Resources as IEEE LOM records (namespace {@value Lom#NAMESPACE}) with the ScoLOMFR profile declared, and LOM
 * records read back as resources' contents for the imports.
 *
 * <p>What a record holds, by LOM category:
 * <ul>
 * <li><b>general</b>: the identifier (catalog {@value Lom#CATALOG}, entry the resource's address), the title in the
 * resource's language, its language, the summary then the full description (Markdown) as the first and second
 * descriptions, the keywords;</li>
 * <li><b>lifeCycle</b>: the version number, the status (final, or revised after the first version), the authors and
 * the publisher as vCard 3.0 entities;</li>
 * <li><b>metaMetadata</b>: the record's OAI identifier, the SGNE as the record's creator, the schemas
 * {@code LOMv1.0} and {@code SCOLOMFRv3.1}, the language {@code fr};</li>
 * <li><b>technical</b>: the files' media types, the link and each file's download address;</li>
 * <li><b>educational</b>: the kind of resource (see {@link Lom#type(ResourceType)}), the audiences, the contexts of
 * its years, the typical age range when every year is a school year (from the usual age at the start of the lowest
 * year to that at the end of the highest), the time in class as an ISO 8601 duration, a sentence naming the reasonable
 * accommodations it supports;</li>
 * <li><b>rights</b>: no cost, copyright restrictions "no" only for CC0 and the public domain, the licence's name and
 * deed;</li>
 * <li><b>classification</b>: purpose "discipline" with a path learning domain → discipline per discipline; purpose
 * "educational level" with a path stage → year per year (both under numedu's taxonomies, codes as taxon ids);
 * purpose "competency" with each aligned competence, its stable URI as taxon id; purpose "accessibility restrictions"
 * with the accommodations (and their note) and the schema.org accessibility features (and the summary).</li>
 * </ul>
 * Texts numedu writes itself (labels) are in French; the resource's own texts carry its language.
 */
@Component
public class LomRecords {

	private static final Locale FRENCH = Locale.FRENCH;

	private static final int MAX_SUMMARY = 1000;

	private final MessageSource messages;

	private final Frameworks frameworks;

	private final Addresses addresses;

	private final ServiceProperties service;

	LomRecords(MessageSource messages, Frameworks frameworks, Addresses addresses, ServiceProperties service) {
		this.messages = messages;
		this.frameworks = frameworks;
		this.addresses = addresses;
		this.service = service;
	}

	// ------------------------------------------------------------------------------------------------ writing

	/** The resource's LOM record, as an XML fragment (no XML declaration). */
	String write(ExportedResource resource) {
		ResourceContent content = resource.content();
		String language = textLanguage(content.language());
		XmlOut xml = new XmlOut(Lom.NAMESPACE).root("", "lom", Lom.SCHEMA_LOCATION);

		xml.start("general");
		identifier(xml, Lom.CATALOG, addresses.resource(resource.id()));
		langString(xml, "title", language, content.title());
		xml.leaf("language", content.language());
		langString(xml, "description", language, content.summary());
		if (content.description() != null && !content.description().isBlank()) {
			langString(xml, "description", language, content.description());
		}
		for (String keyword : content.keywords()) {
			langString(xml, "keyword", language, keyword);
		}
		xml.end();

		xml.start("lifeCycle");
		langString(xml, "version", null, String.valueOf(resource.contentVersion()));
		vocabulary(xml, "status", new Lom.Term(Lom.LOM_SOURCE, resource.contentVersion() > 1 ? "revised" : "final"));
		if (!content.authors().isEmpty()) {
			xml.start("contribute");
			vocabulary(xml, "role", new Lom.Term(Lom.LOM_SOURCE, "author"));
			content.authors().forEach(author -> xml.leaf("entity", Vcards.person(author)));
			xml.end();
		}
		if (content.publisher() != null && !content.publisher().isBlank()) {
			xml.start("contribute");
			vocabulary(xml, "role", new Lom.Term(Lom.LOM_SOURCE, "publisher"));
			xml.leaf("entity", Vcards.organisation(content.publisher()));
			if (resource.publishedAt() != null) {
				dateTime(xml, resource.publishedAt());
			}
			xml.end();
		}
		xml.end();

		xml.start("metaMetadata");
		identifier(xml, "oai", addresses.oaiIdentifier(resource.id()));
		xml.start("contribute");
		vocabulary(xml, "role", new Lom.Term(Lom.LOM_SOURCE, "creator"));
		xml.leaf("entity", Vcards.organisation(service.name() + ", " + service.authority()));
		if (resource.updatedAt() != null) {
			dateTime(xml, resource.updatedAt());
		}
		xml.end();
		xml.leaf("metadataSchema", Lom.LOM_SOURCE);
		xml.leaf("metadataSchema", Lom.SCOLOMFR_SOURCE);
		xml.leaf("language", "fr");
		xml.end();

		xml.start("technical");
		content.files().stream().map(ResourceContent.FileRef::mediaType).distinct()
			.forEach(type -> xml.leaf("format", type));
		if (content.url() != null && !content.url().isBlank()) {
			xml.leaf("location", content.url());
		}
		content.files().forEach(file -> xml.leaf("location", addresses.file(resource.id(), file.id())));
		xml.end();

		xml.start("educational");
		if (content.type() != null) {
			vocabulary(xml, "learningResourceType", Lom.type(content.type()));
		}
		content.audiences().forEach(audience -> vocabulary(xml, "intendedEndUserRole", Lom.role(audience)));
		content.years().stream().map(Lom::context).distinct()
			.forEach(context -> vocabulary(xml, "context", new Lom.Term(Lom.LOM_SOURCE, context)));
		typicalAgeRange(content.years()).ifPresent(range -> langString(xml, "typicalAgeRange", null, range));
		if (content.durationMinutes() != null) {
			xml.start("typicalLearningTime").leaf("duration", isoDuration(content.durationMinutes())).end();
		}
		if (!content.accommodations().isEmpty()) {
			langString(xml, "description", "fr", message("standards.lom.accommodations", content.accommodations()
				.stream().map(a -> label("Accommodation." + a.name())).collect(Collectors.joining(" ; "))));
		}
		xml.leaf("language", content.language());
		xml.end();

		xml.start("rights");
		vocabulary(xml, "cost", new Lom.Term(Lom.LOM_SOURCE, "no"));
		boolean free = content.licence() == Licence.CC0 || content.licence() == Licence.PUBLIC_DOMAIN;
		vocabulary(xml, "copyrightAndOtherRestrictions", new Lom.Term(Lom.LOM_SOURCE, free ? "no" : "yes"));
		if (content.licence() != null) {
			String name = label("Licence." + content.licence().name());
			langString(xml, "description", "fr",
					content.licence().url() == null ? name : name + " — " + content.licence().url());
		}
		xml.end();

		if (!content.disciplines().isEmpty()) {
			classification(xml, "discipline", null, content.disciplines().stream()
				.map(d -> List.of(new Taxon(d.domain().name(), label("LearningDomain." + d.domain().name())),
						new Taxon(d.name(), label("Discipline." + d.name()))))
				.toList(), Lom.DISCIPLINES_SOURCE);
		}
		if (!content.years().isEmpty()) {
			classification(xml, "educational level", null, content.years().stream()
				.map(y -> List.of(new Taxon(y.stage().name(), label("Stage." + y.stage().name())),
						new Taxon(y.name(), label("SchoolYear." + y.name()))))
				.toList(), Lom.YEARS_SOURCE);
		}
		competencies(xml, content.competences());
		if (!content.accommodations().isEmpty() || present(content.accommodationsNote())) {
			classification(xml, "accessibility restrictions", content.accommodationsNote(), content.accommodations()
				.stream().map(a -> List.of(new Taxon(a.name(), label("Accommodation." + a.name())))).toList(),
					Lom.ACCOMMODATIONS_SOURCE);
		}
		if (!content.accessibilityFeatures().isEmpty() || present(content.accessibilitySummary())) {
			classification(xml, "accessibility restrictions", content.accessibilitySummary(),
					content.accessibilityFeatures().stream()
						.map(f -> List.of(new Taxon(f.schemaOrg(), label("AccessibilityFeature." + f.name()))))
						.toList(),
					Lom.ACCESSIBILITY_SOURCE);
		}
		xml.end();
		return xml.finish();
	}

	private record Taxon(String id, String entry) {
	}

	private void competencies(XmlOut xml, SortedSet<String> keys) {
		List<List<Object>> paths = new ArrayList<>();
		for (String key : keys) {
			int colon = key.indexOf(':');
			if (colon <= 0) {
				continue;
			}
			frameworks.competence(key.substring(0, colon), key.substring(colon + 1)).ifPresent(c -> {
				String source = frameworks.framework(c.frameworkId()).map(f -> f.shortName()).orElse(c.frameworkId());
				paths.add(List.of(source, new Taxon(frameworks.uri(c), c.code() + " " + c.labelFr())));
			});
		}
		// LOM's smallest permitted maximum is 15 paths per classification: more competences take more classifications.
		for (int from = 0; from < paths.size(); from += 15) {
			xml.start("classification");
			vocabulary(xml, "purpose", new Lom.Term(Lom.LOM_SOURCE, "competency"));
			for (List<Object> path : paths.subList(from, Math.min(paths.size(), from + 15))) {
				Taxon taxon = (Taxon) path.get(1);
				taxonPath(xml, (String) path.get(0), List.of(taxon));
			}
			xml.end();
		}
	}

	private void classification(XmlOut xml, String purpose, String description, List<List<Taxon>> paths,
			String source) {
		xml.start("classification");
		vocabulary(xml, "purpose", new Lom.Term(Lom.LOM_SOURCE, purpose));
		paths.forEach(path -> taxonPath(xml, source, path));
		if (present(description)) {
			langString(xml, "description", "fr", description);
		}
		xml.end();
	}

	private static void taxonPath(XmlOut xml, String source, List<Taxon> taxons) {
		xml.start("taxonPath");
		langString(xml, "source", "fr", source);
		for (Taxon taxon : taxons) {
			xml.start("taxon").leaf("id", taxon.id());
			langString(xml, "entry", "fr", taxon.entry());
			xml.end();
		}
		xml.end();
	}

	private static void identifier(XmlOut xml, String catalog, String entry) {
		xml.start("identifier").leaf("catalog", catalog).leaf("entry", entry).end();
	}

	private static void langString(XmlOut xml, String element, String language, String text) {
		xml.start(element).start("string");
		if (language != null) {
			xml.attribute("language", language);
		}
		xml.text(text).end().end();
	}

	private static void vocabulary(XmlOut xml, String element, Lom.Term term) {
		xml.start(element).leaf("source", term.source()).leaf("value", term.value()).end();
	}

	private static void dateTime(XmlOut xml, Instant at) {
		xml.start("date").leaf("dateTime", at.truncatedTo(ChronoUnit.SECONDS).toString()).end();
	}

	/** "PT50M", "PT1H30M". */
	static String isoDuration(int minutes) {
		int hours = minutes / 60;
		int rest = minutes % 60;
		return "PT" + (hours > 0 ? hours + "H" : "") + (rest > 0 || hours == 0 ? rest + "M" : "");
	}

	/**
	 * "8-10" for third and fourth primary: the usual age at the start of the lowest year to that at the end of the
	 * highest; none when a year has no typical age (adult education, teacher training).
	 */
	static Optional<String> typicalAgeRange(Set<SchoolYear> years) {
		if (years.isEmpty() || years.stream().anyMatch(y -> Lom.startAge(y) < 0)) {
			return Optional.empty();
		}
		int from = years.stream().mapToInt(Lom::startAge).min().orElseThrow();
		int to = years.stream().mapToInt(Lom::startAge).max().orElseThrow() + 1;
		return Optional.of(from + "-" + to);
	}

	/** The language a resource's own texts are marked with ({@code zxx}, no linguistic content, marks none). */
	private static String textLanguage(String language) {
		return language == null || language.equals("zxx") ? null : language;
	}

	// ------------------------------------------------------------------------------------------------ reading

	/**
	 * The LOM records of a document: its root if it is a {@code <lom>}, else every {@code <lom>} it holds (a wrapper of
	 * several records, an OAI-PMH response…), in document order. Elements are taken in LOM's namespace, or in none
	 * (some tools drop it).
	 */
	List<ImportCandidate> read(Document document) {
		List<Element> records = new ArrayList<>();
		Element root = document.getDocumentElement();
		if (isLom(root)) {
			records.add(root);
		}
		else {
			collect(root, records);
		}
		List<ImportCandidate> readings = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			readings.add(readRecord(i + 1, records.get(i)));
		}
		return readings;
	}

	private static boolean isLom(Element element) {
		String ns = element.getNamespaceURI();
		return "lom".equals(element.getLocalName()) && (ns == null || Lom.NAMESPACE.equals(ns));
	}

	private static void collect(Element parent, List<Element> records) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element child) {
				if (isLom(child)) {
					records.add(child);
				}
				else {
					collect(child, records);
				}
			}
		}
	}

	/** Reads one record; what it holds that numedu cannot keep is listed in the notices. */
	ImportCandidate readRecord(int number, Element lom) {
		RecordReader reader = new RecordReader(lom);
		ResourceContent content = reader.read();
		String label = ImportCandidate.label(content.title(), message("standards.import.record.untitled", number));
		return new ImportCandidate(number, label, content, List.copyOf(reader.errors), List.copyOf(reader.notices));
	}

	/** The reading of one record, element by element. */
	private final class RecordReader {

		private final Element lom;

		private final String ns;

		final List<ImportCandidate.Finding> errors = new ArrayList<>();

		final List<String> notices = new ArrayList<>();

		RecordReader(Element lom) {
			this.lom = lom;
			this.ns = lom.getNamespaceURI();
		}

		ResourceContent read() {
			Element general = first(lom, "general");
			Element lifeCycle = first(lom, "lifeCycle");
			Element technical = first(lom, "technical");
			Element rights = first(lom, "rights");
			List<Element> educationals = children(lom, "educational");

			String language = general == null ? null : language(text(first(general, "language")));
			String title = general == null ? null : langString(first(general, "title"), language);
			List<String> descriptions = general == null ? List.of()
					: children(general, "description").stream().map(d -> langString(d, language))
						.filter(LomRecords::present).toList();
			String summary = descriptions.isEmpty() ? null : descriptions.get(0);
			String description = descriptions.size() > 1
					? String.join("\n\n", descriptions.subList(1, descriptions.size())) : null;
			if (summary != null && summary.length() > MAX_SUMMARY && description == null) {
				description = summary;
				summary = shortened(summary);
				notices.add(message("standards.lom.notice.summaryShortened", MAX_SUMMARY));
			}
			List<String> keywords = general == null ? List.of()
					: children(general, "keyword").stream().map(k -> langString(k, language))
						.filter(LomRecords::present).map(String::strip).distinct().toList();
			if (general == null) {
				errors.add(new ImportCandidate.Finding("general", message("standards.lom.error.noGeneral")));
			}

			List<String> authors = new ArrayList<>();
			String publisher = null;
			if (lifeCycle != null) {
				for (Element contribute : children(lifeCycle, "contribute")) {
					String role = value(first(contribute, "role"));
					List<String> names = children(contribute, "entity").stream().map(e -> Vcards.name(text(e)))
						.filter(LomRecords::present).toList();
					if ("author".equalsIgnoreCase(role)) {
						names.stream().filter(n -> !authors.contains(n)).forEach(authors::add);
					}
					else if ("publisher".equalsIgnoreCase(role) && !names.isEmpty()) {
						if (publisher == null) {
							publisher = names.get(0);
						}
						if (names.size() > 1 || !publisher.equals(names.get(0))) {
							notices.add(message("standards.lom.notice.publishers"));
						}
					}
					else if (!names.isEmpty()) {
						notices.add(message("standards.lom.notice.contributor", role == null ? "?" : role,
								String.join(", ", names)));
					}
				}
			}

			String url = null;
			if (technical != null) {
				List<String> locations = children(technical, "location").stream().map(this::text)
					.filter(LomRecords::present).map(String::strip).toList();
				url = locations.stream().filter(l -> l.startsWith("http://") || l.startsWith("https://")).findFirst()
					.orElse(locations.isEmpty() ? null : locations.get(0));
				if (locations.size() > 1) {
					notices.add(message("standards.lom.notice.locations", locations.size() - 1));
				}
			}

			ResourceType type = null;
			SortedSet<Audience> audiences = new TreeSet<>();
			Integer minutes = null;
			List<String> unknownTypes = new ArrayList<>();
			for (Element educational : educationals) {
				for (Element lrt : children(educational, "learningResourceType")) {
					String source = text(first(lrt, "source"));
					String value = value(lrt);
					Optional<ResourceType> known = Lom.type(source, value);
					if (known.isPresent() && type == null) {
						type = known.get();
					}
					else if (known.isPresent() && known.get() != type) {
						notices.add(message("standards.lom.notice.otherType", value));
					}
					else if (known.isEmpty() && value != null) {
						unknownTypes.add(value);
					}
				}
				for (Element role : children(educational, "intendedEndUserRole")) {
					String value = value(role);
					Lom.audience(value).ifPresentOrElse(audiences::add,
							() -> notices.add(message("standards.lom.notice.role", value)));
				}
				Element learningTime = first(educational, "typicalLearningTime");
				if (learningTime != null && minutes == null) {
					String iso = text(first(learningTime, "duration"));
					minutes = minutes(iso);
					if (minutes == null && iso != null) {
						notices.add(message("standards.lom.notice.duration", iso));
					}
				}
			}
			if (type == null) {
				errors.add(new ImportCandidate.Finding("type", unknownTypes.isEmpty() ? message("standards.lom.error.noType")
						: message("standards.lom.error.unknownType", String.join(", ", unknownTypes))));
			}
			else if (!unknownTypes.isEmpty()) {
				notices.add(message("standards.lom.notice.otherType", String.join(", ", unknownTypes)));
			}

			Licence licence = null;
			if (rights == null) {
				errors.add(new ImportCandidate.Finding("licence", message("standards.lom.error.noLicence")));
			}
			else {
				licence = licence(rights);
			}
			if (audiences.isEmpty()) {
				errors.add(new ImportCandidate.Finding("audiences", message("standards.lom.error.noAudience")));
			}

			SortedSet<Discipline> disciplines = new TreeSet<>();
			SortedSet<SchoolYear> years = new TreeSet<>();
			SortedSet<String> competences = new TreeSet<>();
			SortedSet<Accommodation> accommodations = new TreeSet<>();
			SortedSet<AccessibilityFeature> features = new TreeSet<>();
			String accommodationsNote = null;
			String accessibilitySummary = null;
			List<String> unknownDisciplines = new ArrayList<>();
			List<String> unknownYears = new ArrayList<>();
			for (Element classification : children(lom, "classification")) {
				String purpose = value(first(classification, "purpose"));
				String note = langString(first(classification, "description"), null);
				List<Element> paths = children(classification, "taxonPath");
				if ("discipline".equalsIgnoreCase(purpose)) {
					for (Element path : paths) {
						String id = lastTaxonId(path);
						enumValue(Discipline.class, id).ifPresentOrElse(disciplines::add, () -> {
							if (id != null) {
								unknownDisciplines.add(id);
							}
						});
					}
				}
				else if ("educational level".equalsIgnoreCase(purpose)) {
					for (Element path : paths) {
						String id = lastTaxonId(path);
						enumValue(SchoolYear.class, id).ifPresentOrElse(years::add, () -> {
							if (id != null) {
								unknownYears.add(id);
							}
						});
					}
				}
				else if ("competency".equalsIgnoreCase(purpose)) {
					for (Element path : paths) {
						String id = lastTaxonId(path);
						Optional<String> key = competence(id);
						key.ifPresentOrElse(competences::add,
								() -> notices.add(message("standards.lom.notice.competence", id)));
					}
				}
				else if ("accessibility restrictions".equalsIgnoreCase(purpose)) {
					boolean featuresPath = paths.stream()
						.anyMatch(p -> Lom.ACCESSIBILITY_SOURCE.equals(langString(first(p, "source"), null)));
					for (Element path : paths) {
						String id = lastTaxonId(path);
						if (featuresPath) {
							Optional<AccessibilityFeature> feature = java.util.Arrays.stream(AccessibilityFeature.values())
								.filter(f -> f.schemaOrg().equals(id) || f.name().equals(id)).findFirst();
							feature.ifPresentOrElse(features::add,
									() -> notices.add(message("standards.lom.notice.accessibility", id)));
						}
						else {
							enumValue(Accommodation.class, id).ifPresentOrElse(accommodations::add,
									() -> notices.add(message("standards.lom.notice.accessibility", id)));
						}
					}
					if (present(note)) {
						if (featuresPath) {
							accessibilitySummary = note;
						}
						else {
							accommodationsNote = note;
						}
					}
				}
				else if (purpose != null) {
					notices.add(message("standards.lom.notice.classification", purpose));
				}
			}
			if (disciplines.isEmpty()) {
				errors.add(new ImportCandidate.Finding("disciplines", unknownDisciplines.isEmpty()
						? message("standards.lom.error.noDiscipline")
						: message("standards.lom.error.unknownDisciplines", String.join(", ", unknownDisciplines))));
			}
			else if (!unknownDisciplines.isEmpty()) {
				notices.add(message("standards.lom.notice.disciplines", String.join(", ", unknownDisciplines)));
			}
			if (years.isEmpty()) {
				errors.add(new ImportCandidate.Finding("years", unknownYears.isEmpty() ? message("standards.lom.error.noYear")
						: message("standards.lom.error.unknownYears", String.join(", ", unknownYears))));
			}
			else if (!unknownYears.isEmpty()) {
				notices.add(message("standards.lom.notice.years", String.join(", ", unknownYears)));
			}

			return new ResourceContent(title, summary, description, type, years, disciplines, language, authors,
					publisher, licence, url, minutes, audiences, features, null, null, accessibilitySummary, accommodations,
					accommodationsNote, competences, keywords, null, List.of());
		}

		/** The licence the rights' description names by its deed, its short name or its French name. */
		private Licence licence(Element rights) {
			String text = langString(first(rights, "description"), null);
			String copyright = value(first(rights, "copyrightAndOtherRestrictions"));
			if (present(text)) {
				String lower = text.toLowerCase(Locale.ROOT);
				for (Licence licence : Licence.values()) {
					if (licence.url() != null && (lower.contains(licence.url().toLowerCase(Locale.ROOT))
							|| lower.contains(licence.url().replace("https://", "http://").toLowerCase(Locale.ROOT)))) {
						return licence;
					}
				}
				// The longest names first, so that "CC BY-NC-SA 4.0" is not taken for "CC BY-NC".
				List<Licence> byName = new ArrayList<>(List.of(Licence.values()));
				byName.sort((a, b) -> b.shortName().length() - a.shortName().length());
				for (Licence licence : byName) {
					if (lower.contains(licence.shortName().toLowerCase(Locale.ROOT))
							|| lower.contains(label("Licence." + licence.name()).toLowerCase(Locale.ROOT))) {
						return licence;
					}
				}
				errors.add(new ImportCandidate.Finding("licence", message("standards.lom.error.licence", text)));
				return null;
			}
			errors.add(new ImportCandidate.Finding("licence", "no".equalsIgnoreCase(copyright)
					? message("standards.lom.error.licenceFree") : message("standards.lom.error.noLicence")));
			return null;
		}

		private String language(String code) {
			if (code == null) {
				errors.add(new ImportCandidate.Finding("language", message("standards.lom.error.noLanguage")));
				return null;
			}
			String normal = normalLanguage(code);
			if (normal == null) {
				errors.add(new ImportCandidate.Finding("language", message("standards.lom.error.language", code)));
			}
			return normal;
		}

		/** The text of a LangString in the wanted language, else the first one. */
		private String langString(Element element, String language) {
			if (element == null) {
				return null;
			}
			List<Element> strings = children(element, "string");
			if (strings.isEmpty()) {
				return present(text(element)) ? text(element) : null;
			}
			for (Element s : strings) {
				String lang = s.getAttribute("language");
				if (language != null && lang != null && normalLanguage(lang) != null
						&& normalLanguage(lang).equals(language)) {
					return text(s);
				}
			}
			return text(strings.get(0));
		}

		/** The value of a vocabulary element. */
		private String value(Element vocabulary) {
			return vocabulary == null ? null : text(first(vocabulary, "value"));
		}

		private String lastTaxonId(Element path) {
			List<Element> taxons = children(path, "taxon");
			return taxons.isEmpty() ? null : text(first(taxons.get(taxons.size() - 1), "id"));
		}

		private Element first(Element parent, String local) {
			if (parent == null) {
				return null;
			}
			for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element child && local.equals(child.getLocalName())
						&& java.util.Objects.equals(ns, child.getNamespaceURI())) {
					return child;
				}
			}
			return null;
		}

		private List<Element> children(Element parent, String local) {
			List<Element> found = new ArrayList<>();
			if (parent == null) {
				return found;
			}
			for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element child && local.equals(child.getLocalName())
						&& java.util.Objects.equals(ns, child.getNamespaceURI())) {
					found.add(child);
				}
			}
			return found;
		}

		private String text(Element element) {
			if (element == null) {
				return null;
			}
			String text = element.getTextContent();
			return text == null || text.isBlank() ? null : text.strip();
		}
	}

	/** The competence key a taxon id names: one of numedu's competence URIs, or a {@code framework:code} key. */
	private Optional<String> competence(String id) {
		if (id == null) {
			return Optional.empty();
		}
		Optional<Competence> competence = frameworks.byUri(id);
		if (competence.isEmpty()) {
			int colon = id.indexOf(':');
			if (colon > 0 && !id.contains("/")) {
				competence = frameworks.competence(id.substring(0, colon), id.substring(colon + 1));
			}
		}
		return competence.map(c -> c.frameworkId() + ":" + c.code());
	}

	private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String code) {
		if (code == null) {
			return Optional.empty();
		}
		String normal = code.strip().toUpperCase(Locale.ROOT);
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(normal)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	/** ISO 639-3 and -2 codes of the languages numedu knows, for records that write "fra" rather than "fr". */
	private static final Map<String, String> LONG_LANGUAGE_CODES = Map.ofEntries(Map.entry("fra", "fr"),
			Map.entry("fre", "fr"), Map.entry("nld", "nl"), Map.entry("dut", "nl"), Map.entry("deu", "de"),
			Map.entry("ger", "de"), Map.entry("eng", "en"), Map.entry("spa", "es"), Map.entry("ita", "it"),
			Map.entry("por", "pt"), Map.entry("ara", "ar"), Map.entry("tur", "tr"), Map.entry("pol", "pl"),
			Map.entry("ron", "ro"), Map.entry("rum", "ro"), Map.entry("lat", "la"));

	/**
	 * numedu's code of a language written "fr", "fr-BE", "fra", or as ScoLOMFR writes it
	 * ({@code http://id.loc.gov/vocabulary/iso639-1/fr}); {@code null} for a language numedu does not offer.
	 */
	static String normalLanguage(String code) {
		if (code == null) {
			return null;
		}
		String c = code.strip();
		int slash = c.lastIndexOf('/');
		if (slash >= 0) {
			c = c.substring(slash + 1);
		}
		c = c.toLowerCase(Locale.ROOT);
		if (Languages.known(c)) {
			return c;
		}
		int dash = c.indexOf('-');
		String primary = dash > 0 ? c.substring(0, dash) : c;
		if (Languages.known(primary)) {
			return primary;
		}
		return LONG_LANGUAGE_CODES.get(primary);
	}

	/** Minutes of an ISO 8601 duration ("PT1H30M", "P1DT2H"), rounded up; {@code null} if unreadable or zero. */
	static Integer minutes(String iso) {
		if (iso == null) {
			return null;
		}
		try {
			Duration duration = Duration.parse(iso.strip().toUpperCase(Locale.ROOT));
			if (duration.isNegative() || duration.isZero()) {
				return null;
			}
			long minutes = (duration.getSeconds() + 59) / 60;
			return minutes > Integer.MAX_VALUE ? null : (int) minutes;
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The start of a long text, cut after its last sentence or word within the summary's limit. */
	private static String shortened(String text) {
		String head = text.substring(0, MAX_SUMMARY - 1);
		int sentence = Math.max(head.lastIndexOf(". "), head.lastIndexOf(".\n"));
		if (sentence > MAX_SUMMARY / 2) {
			return head.substring(0, sentence + 1);
		}
		int space = head.lastIndexOf(' ');
		return (space > 0 ? head.substring(0, space) : head) + "…";
	}

	static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, FRENCH);
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, FRENCH);
	}
}
