package be.numedu.resources.standards;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads XML sent from outside numedu without letting it reach anything else. A document is first scanned as a
 * stream, with DTDs and external entities switched off: one that declares a DTD (the door to external entities, which
 * read local files or call other servers, and to entity expansion bombs such as "billion laughs") or that uses
 * XInclude is refused outright, before anything in it is expanded. The document is then parsed into a DOM by a parser
 * that refuses DOCTYPEs as well, resolves no entity, follows no XInclude and fetches nothing, under the JDK's secure
 * processing limits.
 */
final class SafeXml {

	static final String XINCLUDE_NAMESPACE = "http://www.w3.org/2001/XInclude";

	/** Why a document was refused. */
	enum Refusal {
		/** It declares a DTD (and so possibly entities). */
		DOCTYPE,
		/** It asks for other documents to be included (XInclude). */
		XINCLUDE,
		/** It is not well-formed XML, or not in the encoding it declares. */
		MALFORMED
	}

	/** A document refused, with where the problem is when the parser could tell (line and column, else -1). */
	static final class Refused extends Exception {

		private final Refusal reason;

		private final int line;

		private final int column;

		Refused(Refusal reason, int line, int column, String detail) {
			super(reason + (detail == null ? "" : ": " + detail));
			this.reason = reason;
			this.line = line;
			this.column = column;
		}

		Refusal reason() {
			return reason;
		}

		int line() {
			return line;
		}

		int column() {
			return column;
		}
	}

	private SafeXml() {
	}

	/** The document, once the scan found it harmless. */
	static Document parse(byte[] xml) throws Refused {
		scan(xml);
		try {
			DocumentBuilder builder = documentBuilderFactory().newDocumentBuilder();
			builder.setEntityResolver((publicId, systemId) -> {
				throw new SAXException("external entity refused: " + systemId);
			});
			builder.setErrorHandler(SILENT);
			return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
		}
		catch (SAXParseException e) {
			throw new Refused(e.getMessage() != null && e.getMessage().contains("DOCTYPE") ? Refusal.DOCTYPE
					: Refusal.MALFORMED, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
		}
		catch (SAXException | IOException e) {
			throw new Refused(Refusal.MALFORMED, -1, -1, e.getMessage());
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
		}
	}

	/** Refuses a document with a DTD or an XInclude element, or that is not well-formed, without expanding anything. */
	static void scan(byte[] xml) throws Refused {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
			throw new XMLStreamException("external resource refused: " + systemId);
		});
		XMLStreamReader reader = null;
		try {
			reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.DTD) {
					Location at = reader.getLocation();
					throw new Refused(Refusal.DOCTYPE, at.getLineNumber(), at.getColumnNumber(), null);
				}
				if (event == XMLStreamConstants.START_ELEMENT && XINCLUDE_NAMESPACE.equals(reader.getNamespaceURI())) {
					Location at = reader.getLocation();
					throw new Refused(Refusal.XINCLUDE, at.getLineNumber(), at.getColumnNumber(), null);
				}
			}
		}
		catch (XMLStreamException e) {
			Location at = e.getLocation();
			throw new Refused(Refusal.MALFORMED, at == null ? -1 : at.getLineNumber(),
					at == null ? -1 : at.getColumnNumber(), e.getMessage());
		}
		catch (RuntimeException e) {
			// Some malformed inputs surface as runtime exceptions of the streaming parser.
			throw new Refused(Refusal.MALFORMED, -1, -1, e.getMessage());
		}
		finally {
			if (reader != null) {
				try {
					reader.close();
				}
				catch (XMLStreamException ignored) {
					// nothing left to release
				}
			}
		}
	}

	/** The JDK's own DOM parser (not whichever a library put first on the class path), locked down. */
	private static DocumentBuilderFactory documentBuilderFactory() throws ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		factory.setValidating(false);
		return factory;
	}

	/** Errors become exceptions; nothing is printed on the console. */
	private static final ErrorHandler SILENT = new ErrorHandler() {

		@Override
		public void warning(SAXParseException exception) {
			// warnings do not stop the parse
		}

		@Override
		public void error(SAXParseException exception) throws SAXException {
			throw exception;
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXException {
			throw exception;
		}
	};
}
