package be.numedu.resources.standards;

import java.time.ZoneOffset;
import java.util.Locale;

import be.numedu.resources.catalogue.ResourceContent;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Resources as unqualified Dublin Core in OAI-PMH's {@code oai_dc} container, the format every harvester reads: title,
 * creators (the authors), subjects (the disciplines' French names, then the keywords), description (the summary),
 * publisher, date (of first publication, else of the last change), type (the kind of resource in French, then its
 * LOM value when it has one), formats (the files' media types), identifiers (the resource's page, its link), language
 * and rights (the licence's name, then its deed).
 */
@Component
class DublinCoreRecords {

	static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";

	static final String SCHEMA_LOCATION = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";

	static final String DC = "http://purl.org/dc/elements/1.1/";

	private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

	private final MessageSource messages;

	private final Addresses addresses;

	DublinCoreRecords(MessageSource messages, Addresses addresses) {
		this.messages = messages;
		this.addresses = addresses;
	}

	String write(ExportedResource resource) {
		ResourceContent content = resource.content();
		String language = content.language() == null || content.language().equals("zxx") ? null : content.language();
		XmlOut xml = new XmlOut(OAI_DC).root("oai_dc", "dc", SCHEMA_LOCATION, "dc", DC);
		element(xml, "title", content.title(), language);
		content.authors().forEach(author -> element(xml, "creator", author, null));
		content.disciplines().forEach(d -> element(xml, "subject", label("Discipline." + d.name()), "fr"));
		content.keywords().forEach(keyword -> element(xml, "subject", keyword, language));
		element(xml, "description", content.summary(), language);
		if (content.publisher() != null && !content.publisher().isBlank()) {
			element(xml, "publisher", content.publisher(), null);
		}
		java.time.Instant date = resource.publishedAt() != null ? resource.publishedAt() : resource.updatedAt();
		if (date != null) {
			element(xml, "date", date.atOffset(ZoneOffset.UTC).toLocalDate().toString(), null);
		}
		if (content.type() != null) {
			element(xml, "type", label("ResourceType." + content.type().name()), "fr");
			if (content.type().lomValue() != null) {
				element(xml, "type", content.type().lomValue(), "en");
			}
		}
		content.files().stream().map(ResourceContent.FileRef::mediaType).distinct()
			.forEach(type -> element(xml, "format", type, null));
		element(xml, "identifier", addresses.resource(resource.id()), null);
		if (content.url() != null && !content.url().isBlank()) {
			element(xml, "identifier", content.url(), null);
		}
		element(xml, "language", content.language(), null);
		if (content.licence() != null) {
			element(xml, "rights", label("Licence." + content.licence().name()), "fr");
			if (content.licence().url() != null) {
				element(xml, "rights", content.licence().url(), null);
			}
		}
		xml.end();
		return xml.finish();
	}

	private static void element(XmlOut xml, String name, String text, String language) {
		if (text == null || text.isBlank()) {
			return;
		}
		xml.start(DC, name);
		if (language != null) {
			xml.attribute("xml", XML_NAMESPACE, "lang", language);
		}
		xml.text(text).end();
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, Locale.FRENCH);
	}
}
