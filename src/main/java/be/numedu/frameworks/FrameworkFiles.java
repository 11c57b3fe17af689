package be.numedu.frameworks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the frameworks shipped under {@code frameworks/}: {@code catalogue.yaml} names each framework's file, in the
 * order pages list them, with what numedu adds (audience, whether the French wording is official, French publisher
 * and version); each file holds the framework, its areas and competences. A file that breaks the rules a URI relies
 * on (identifiers and codes made of letters, digits, dots and dashes; codes unique) or whose counts disagree with the
 * counts it declares is refused.
 */
final class FrameworkFiles {

	static final String FOLDER = "frameworks/";

	/** Identifiers and codes go into URIs as they are, so they keep to characters that need no escaping. */
	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private FrameworkFiles() {
	}

	static List<Framework> read() {
		List<Framework> frameworks = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Map<String, Object> entry : list(map(load("catalogue.yaml"), "catalogue.yaml"), "frameworks", "catalogue")) {
			String file = required(entry, "file", "catalogue");
			Framework framework = framework(map(load(file), file), entry, file);
			if (!ids.add(framework.id())) {
				throw new IllegalStateException(file + ": framework id " + framework.id() + " is used twice");
			}
			frameworks.add(framework);
		}
		return List.copyOf(frameworks);
	}

	private static Framework framework(Map<String, Object> root, Map<String, Object> entry, String file) {
		Map<String, Object> head = map(root.get("framework"), file + ": framework");
		String id = safe(required(head, "id", file), file);
		String wording = required(entry, "french_wording", file);
		if (!wording.equals("official") && !wording.equals("working-translation")) {
			throw new IllegalStateException(file + ": french_wording must be official or working-translation");
		}
		boolean official = wording.equals("official");
		List<FrameworkArea> areas = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (Map<String, Object> area : list(root, "areas", file)) {
			String areaCode = safe(required(area, "id", file), file);
			String areaLabel = required(area, "name_fr", file);
			List<Competence> competences = new ArrayList<>();
			for (Map<String, Object> competence : list(area, "competences", file + ": area " + areaCode)) {
				String code = safe(required(competence, "id", file), file);
				if (!codes.add(code)) {
					throw new IllegalStateException(file + ": competence code " + code + " is used twice");
				}
				competences.add(new Competence(id, code, required(competence, "name_fr", file),
						text(competence, "name_en"), text(competence, "description_fr"),
						text(competence, "description_en"), "verified".equals(text(competence, "description_status")),
						areaCode, areaLabel, official));
			}
			areas.add(new FrameworkArea(areaCode, areaLabel, text(area, "name_en"), text(area, "description_fr"),
					competences));
		}
		checkCounts(head, areas.size(), codes.size(), file);
		String publisher = text(entry, "publisher_fr") != null ? text(entry, "publisher_fr") : required(head, "publisher", file);
		String version = text(entry, "version_fr") != null ? text(entry, "version_fr") : required(head, "version", file);
		return new Framework(id, required(entry, "short_name", file), required(head, "name_fr", file),
				text(head, "name_en"), publisher, version, required(entry, "audience_fr", file),
				required(entry, "audience_en", file), official, text(head, "citation"), areas);
	}

	private static void checkCounts(Map<String, Object> head, int areas, int competences, String file) {
		if (!(head.get("counts") instanceof Map<?, ?> counts)) {
			return;
		}
		if (counts.get("areas") instanceof Integer declared && declared != areas) {
			throw new IllegalStateException(file + ": declares " + declared + " areas, holds " + areas);
		}
		if (counts.get("competences") instanceof Integer declared && declared != competences) {
			throw new IllegalStateException(file + ": declares " + declared + " competences, holds " + competences);
		}
	}

	private static Object load(String file) {
		String path = FOLDER + file;
		try (InputStream input = FrameworkFiles.class.getClassLoader().getResourceAsStream(path)) {
			if (input == null) {
				throw new IllegalStateException("missing " + path);
			}
			try (Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8)) {
				return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + path, ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value, String where) {
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new IllegalStateException(where + ": a mapping is expected");
	}

	private static List<Map<String, Object>> list(Map<String, Object> parent, String key, String where) {
		if (!(parent.get(key) instanceof List<?> items) || items.isEmpty()) {
			throw new IllegalStateException(where + ": a non-empty list " + key + " is expected");
		}
		List<Map<String, Object>> maps = new ArrayList<>();
		for (Object item : items) {
			maps.add(map(item, where + ": " + key));
		}
		return maps;
	}

	private static String text(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (value == null) {
			return null;
		}
		String text = String.valueOf(value).strip();
		return text.isEmpty() ? null : text;
	}

	private static String required(Map<String, Object> map, String key, String where) {
		String text = text(map, key);
		if (text == null) {
			throw new IllegalStateException(where + ": " + key + " is missing");
		}
		return text;
	}

	private static String safe(String code, String where) {
		if (!SAFE.matcher(code).matches()) {
			throw new IllegalStateException(where + ": " + code + " cannot go into a URI as it is");
		}
		return code;
	}
}
