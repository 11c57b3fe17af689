package be.numedu.resources.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.numedu.frameworks.Frameworks;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceContent;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * A resource described for search engines and catalogues in schema.org's vocabulary with its LRMI properties
 * (LearningResource, educationalAlignment, educationalLevel, audience, accessibility), as JSON-LD. The page embeds it
 * in a data block; every "<" is written as its JSON escape so that no text can close the block.
 */
@Component
class LearningResourceJson {

	private final Frameworks frameworks;

	private final MessageSource messages;

	private final ObjectMapper json;

	LearningResourceJson(Frameworks frameworks, MessageSource messages, ObjectMapper json) {
		this.frameworks = frameworks;
		this.messages = messages;
		this.json = json;
	}

	Map<String, Object> describe(Resource resource, ResourceContent content, String address, Locale locale) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org/");
		ld.put("@type", "LearningResource");
		ld.put("@id", address);
		ld.put("url", address);
		ld.put("name", content.title());
		ld.put("description", content.summary());
		ld.put("inLanguage", content.language());
		ld.put("learningResourceType", label("ResourceType." + content.type().name(), locale));
		if (content.licence().url() != null) {
			ld.put("license", content.licence().url());
		}
		else {
			ld.put("license", label("Licence." + content.licence().name(), locale));
		}
		if (!content.authors().isEmpty()) {
			ld.put("author", content.authors().stream().map(name -> Map.of("@type", "Person", "name", name)).toList());
		}
		if (content.publisher() != null) {
			ld.put("publisher", Map.of("@type", "Organization", "name", content.publisher()));
		}
		ld.put("educationalLevel", content.years().stream().map(year -> Map.of("@type", "DefinedTerm", "termCode",
				year.name(), "name", label("SchoolYear." + year.name(), locale))).toList());
		ld.put("about", content.disciplines().stream().map(d -> label("Discipline." + d.name(), locale)).toList());
		ld.put("audience", content.audiences().stream()
			.map(a -> Map.of("@type", "EducationalAudience", "educationalRole", a.lomValue())).toList());
		List<Map<String, Object>> alignments = new ArrayList<>();
		for (String key : content.competences()) {
			int colon = key.indexOf(':');
			frameworks.competence(key.substring(0, colon), key.substring(colon + 1)).ifPresent(c -> {
				Map<String, Object> alignment = new LinkedHashMap<>();
				alignment.put("@type", "AlignmentObject");
				alignment.put("alignmentType", "teaches");
				frameworks.framework(c.frameworkId()).ifPresent(f -> alignment.put("educationalFramework", f.nameFr()));
				alignment.put("targetName", c.code() + " " + c.labelFr());
				alignment.put("targetUrl", frameworks.uri(c));
				alignments.add(alignment);
			});
		}
		if (!alignments.isEmpty()) {
			ld.put("educationalAlignment", alignments);
		}
		if (content.durationMinutes() != null) {
			ld.put("timeRequired", "PT" + content.durationMinutes() + "M");
		}
		if (!content.accessibilityFeatures().isEmpty()) {
			ld.put("accessibilityFeature", content.accessibilityFeatures().stream().map(f -> f.schemaOrg()).toList());
		}
		if (!content.accessModes().isEmpty()) {
			ld.put("accessMode", content.accessModes().stream().map(m -> m.schemaOrg()).toList());
		}
		if (!content.accessibilityHazards().isEmpty()) {
			ld.put("accessibilityHazard", content.accessibilityHazards().stream().map(h -> h.schemaOrg()).toList());
		}
		if (content.accessibilitySummary() != null) {
			ld.put("accessibilitySummary", content.accessibilitySummary());
		}
		if (!content.keywords().isEmpty()) {
			ld.put("keywords", String.join(", ", content.keywords()));
		}
		if (content.url() != null) {
			ld.put("sameAs", content.url());
		}
		if (resource.getPublishedAt() != null) {
			ld.put("datePublished", resource.getPublishedAt().toString());
		}
		ld.put("dateModified", resource.getUpdatedAt().toString());
		ld.put("version", resource.getContentVersion());
		return ld;
	}

	/** The description as a JSON-LD data block's content. */
	String dataBlock(Map<String, Object> description) {
		return json.writeValueAsString(description).replace("<", "\\u003c").replace(">", "\\u003e");
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
