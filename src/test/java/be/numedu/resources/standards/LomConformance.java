package be.numedu.resources.standards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What the IEEE LOM XML binding (1484.12.3, loose schema) requires of a record, checked without its XSD while the
 * binding is not vendored: every element in the LOM namespace and in its place, the elements LOM allows once appearing
 * once, LOMv1.0 vocabulary values from LOM's own lists, languages as {@code xs:language}, dates and durations in ISO
 * 8601 as the binding's patterns read them. When the XSD is vendored, the tests validate against it as well.
 */
final class LomConformance {

	private static final Map<String, Set<String>> CHILDREN = new HashMap<>();

	private static final Map<String, Set<String>> ONCE = new HashMap<>();

	private static final Map<String, Set<String>> VOCABULARIES = new HashMap<>();

	private static final Set<String> LANG_STRING = Set.of("title", "description", "keyword", "coverage", "version",
			"typicalAgeRange", "source", "entry", "installationRemarks", "otherPlatformRequirements");

	private static final Set<String> VOCABULARY = Set.of("structure", "aggregationLevel", "status", "role", "type",
			"name", "interactivityType", "learningResourceType", "interactivityLevel", "semanticDensity",
			"intendedEndUserRole", "context", "difficulty", "cost", "copyrightAndOtherRestrictions", "kind", "purpose");

	private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

	private static final Pattern DATE_TIME = Pattern
		.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?)?)?");

	private static final Pattern DURATION = Pattern
		.compile("P(\\d+Y)?(\\d+M)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

	static {
		children("lom", "general", "lifeCycle", "metaMetadata", "technical", "educational", "rights", "relation",
				"annotation", "classification");
		once("lom", "general", "lifeCycle", "metaMetadata", "technical", "rights");
		children("general", "identifier", "title", "language", "description", "keyword", "coverage", "structure",
				"aggregationLevel");
		once("general", "title", "structure", "aggregationLevel");
		children("identifier", "catalog", "entry");
		once("identifier", "catalog", "entry");
		children("lifeCycle", "version", "status", "contribute");
		once("lifeCycle", "version", "status");
		children("contribute", "role", "entity", "date");
		once("contribute", "role", "date");
		children("metaMetadata", "identifier", "contribute", "metadataSchema", "language");
		once("metaMetadata", "language");
		children("technical", "format", "size", "location", "requirement", "installationRemarks",
				"otherPlatformRequirements", "duration");
		once("technical", "size", "installationRemarks", "otherPlatformRequirements", "duration");
		children("educational", "interactivityType", "learningResourceType", "interactivityLevel", "semanticDensity",
				"intendedEndUserRole", "context", "typicalAgeRange", "difficulty", "typicalLearningTime", "description",
				"language");
		once("educational", "interactivityType", "interactivityLevel", "semanticDensity", "difficulty",
				"typicalLearningTime");
		children("rights", "cost", "copyrightAndOtherRestrictions", "description");
		once("rights", "cost", "copyrightAndOtherRestrictions", "description");
		children("classification", "purpose", "taxonPath", "description", "keyword");
		once("classification", "purpose", "description");
		children("taxonPath", "source", "taxon");
		once("taxonPath", "source");
		children("taxon", "id", "entry");
		once("taxon", "id", "entry");
		children("date", "dateTime", "description");
		once("date", "dateTime", "description");
		children("typicalLearningTime", "duration", "description");
		once("typicalLearningTime", "duration", "description");
		for (String langString : LANG_STRING) {
			children(langString, "string");
		}
		for (String vocabulary : VOCABULARY) {
			children(vocabulary, "source", "value");
			once(vocabulary, "source", "value");
		}
		vocabulary("status", "draft", "final", "revised", "unavailable");
		vocabulary("lifeCycle/contribute/role", "author", "publisher", "unknown", "initiator", "terminator",
				"validator", "editor", "graphical designer", "technical implementer", "content provider",
				"technical validator", "educational validator", "script writer", "instructional designer",
				"subject matter expert");
		vocabulary("metaMetadata/contribute/role", "creator", "validator");
		vocabulary("learningResourceType", "exercise", "simulation", "questionnaire", "diagram", "figure", "graph",
				"index", "slide", "table", "narrative text", "exam", "experiment", "problem statement",
				"self assessment", "lecture");
		vocabulary("intendedEndUserRole", "teacher", "author", "learner", "manager");
		vocabulary("context", "school", "higher education", "training", "other");
		vocabulary("cost", "yes", "no");
		vocabulary("copyrightAndOtherRestrictions", "yes", "no");
		vocabulary("purpose", "discipline", "idea", "prerequisite", "educational objective",
				"accessibility restrictions", "educational level", "skill level", "security level", "competency");
	}

	private LomConformance() {
	}

	private static void children(String parent, String... names) {
		CHILDREN.put(parent, Set.of(names));
	}

	private static void once(String parent, String... names) {
		ONCE.put(parent, Set.of(names));
	}

	private static void vocabulary(String element, String... values) {
		VOCABULARIES.put(element, Set.of(values));
	}

	/** The problems of a LOM record; none for a conforming one. */
	static List<String> problems(String xml) {
		Element lom;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			lom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
				.getDocumentElement();
		}
		catch (Exception e) {
			return List.of("not well-formed: " + e.getMessage());
		}
		List<String> problems = new ArrayList<>();
		if (!"lom".equals(lom.getLocalName()) || !Lom.NAMESPACE.equals(lom.getNamespaceURI())) {
			problems.add("root is not {" + Lom.NAMESPACE + "}lom");
		}
		check(lom, "", "lom", problems);
		return problems;
	}

	/** Elements whose name elsewhere means a container but that are plain values in this parent. */
	private static boolean leaf(String parent, String name) {
		return ("identifier".equals(parent) && "entry".equals(name))
				|| ("typicalLearningTime".equals(parent) && "duration".equals(name))
				|| (VOCABULARY.contains(parent) && ("source".equals(name) || "value".equals(name)));
	}

	private static void check(Element element, String parent, String path, List<String> problems) {
		String name = leaf(parent, element.getLocalName()) ? "#leaf" : element.getLocalName();
		Map<String, Integer> counts = new HashMap<>();
		for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()
					&& CHILDREN.containsKey(name) && !"string".equals(name)) {
				problems.add(path + ": text where only elements may be");
			}
			if (!(n instanceof Element child)) {
				continue;
			}
			String childName = child.getLocalName();
			String childPath = path + "/" + childName;
			if (!Lom.NAMESPACE.equals(child.getNamespaceURI())) {
				problems.add(childPath + ": not in the LOM namespace");
				continue;
			}
			Set<String> allowed = CHILDREN.get(name);
			if (allowed == null || !allowed.contains(childName)) {
				problems.add(childPath + ": not allowed in " + element.getLocalName());
			}
			counts.merge(childName, 1, Integer::sum);
			if ("string".equals(childName) && child.hasAttribute("language")
					&& !LANGUAGE.matcher(child.getAttribute("language")).matches()) {
				problems.add(childPath + ": language '" + child.getAttribute("language") + "' is no xs:language");
			}
			if ("language".equals(childName) && !"none".equals(child.getTextContent()) && !LANGUAGE.matcher(child.getTextContent()).matches()) {
				problems.add(childPath + ": '" + child.getTextContent() + "' is no xs:language");
			}
			if ("dateTime".equals(childName) && !DATE_TIME.matcher(child.getTextContent()).matches()) {
				problems.add(childPath + ": '" + child.getTextContent() + "' is no LOM DateTime");
			}
			if ("duration".equals(childName) && "typicalLearningTime".equals(name)
					&& !DURATION.matcher(child.getTextContent()).matches()) {
				problems.add(childPath + ": '" + child.getTextContent() + "' is no LOM Duration");
			}
			if (VOCABULARY.contains(childName)) {
				vocabularyValue(child, childPath, problems);
			}
			check(child, element.getLocalName(), childPath, problems);
		}
		Set<String> once = ONCE.getOrDefault(name, Set.of());
		counts.forEach((child, count) -> {
			if (count > 1 && once.contains(child)) {
				problems.add(path + "/" + child + ": " + count + " times, LOM allows one");
			}
		});
	}

	private static void vocabularyValue(Element vocabulary, String path, List<String> problems) {
		String source = null;
		String value = null;
		for (Node n = vocabulary.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && "source".equals(e.getLocalName())) {
				source = e.getTextContent();
			}
			if (n instanceof Element e && "value".equals(e.getLocalName())) {
				value = e.getTextContent();
			}
		}
		if (source == null || value == null) {
			problems.add(path + ": a vocabulary needs a source and a value");
			return;
		}
		if (!Lom.LOM_SOURCE.equals(source)) {
			return;
		}
		String key = path.endsWith("contribute/role") ? path.substring(path.indexOf('/') + 1) : vocabulary.getLocalName();
		Set<String> values = VOCABULARIES.get(key);
		if (values != null && !values.contains(value)) {
			problems.add(path + ": '" + value + "' is not in LOMv1.0's vocabulary");
		}
	}
}
