package be.numedu.resources.standards;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small XML writer for records: elements in one namespace, text escaped by the StAX writer, and any character XML
 * 1.0 cannot carry dropped (a stray control character in a description must not make a harvester's whole page
 * unreadable). No XML declaration: records are embedded in OAI-PMH responses.
 */
final class XmlOut {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

	private final StringWriter out = new StringWriter();

	private final XMLStreamWriter writer;

	private final String namespace;

	XmlOut(String namespace) {
		this.namespace = namespace;
		try {
			this.writer = FACTORY.createXMLStreamWriter(out);
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The root element, declaring its default namespace and the schema location. */
	XmlOut root(String prefix, String local, String schemaLocation, String... extraNamespaces) {
		try {
			if (prefix.isEmpty()) {
				writer.setDefaultNamespace(namespace);
				writer.writeStartElement(namespace, local);
				writer.writeDefaultNamespace(namespace);
			}
			else {
				writer.setPrefix(prefix, namespace);
				writer.writeStartElement(prefix, local, namespace);
				writer.writeNamespace(prefix, namespace);
			}
			for (int i = 0; i + 1 < extraNamespaces.length; i += 2) {
				writer.setPrefix(extraNamespaces[i], extraNamespaces[i + 1]);
				writer.writeNamespace(extraNamespaces[i], extraNamespaces[i + 1]);
			}
			writer.setPrefix("xsi", Lom.XSI);
			writer.writeNamespace("xsi", Lom.XSI);
			writer.writeAttribute("xsi", Lom.XSI, "schemaLocation", namespace + " " + schemaLocation);
			return this;
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	XmlOut start(String local) {
		return start(namespace, local);
	}

	XmlOut start(String ns, String local) {
		try {
			writer.writeStartElement(ns, local);
			return this;
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	XmlOut attribute(String local, String value) {
		try {
			writer.writeAttribute(local, clean(value));
			return this;
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	XmlOut attribute(String prefix, String ns, String local, String value) {
		try {
			writer.writeAttribute(prefix, ns, local, clean(value));
			return this;
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	XmlOut text(String text) {
		try {
			writer.writeCharacters(clean(text));
			return this;
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	XmlOut end() {
		try {
			writer.writeEndElement();
			return this;
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An element holding only text. */
	XmlOut leaf(String local, String text) {
		return start(local).text(text).end();
	}

	XmlOut leaf(String ns, String local, String text) {
		return start(ns, local).text(text).end();
	}

	String finish() {
		try {
			writer.writeEndDocument();
			writer.close();
			return out.toString();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The text without the characters XML 1.0 forbids (controls other than tab and line breaks, lone surrogates). */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder kept = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean ok;
			if (Character.isHighSurrogate(c)) {
				ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
				if (ok) {
					if (kept != null) {
						kept.append(c).append(text.charAt(i + 1));
					}
					i++;
					continue;
				}
			}
			else {
				ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
			}
			if (!ok && kept == null) {
				kept = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (ok && kept != null) {
				kept.append(c);
			}
		}
		return kept == null ? text : kept.toString();
	}
}
