package be.numedu.resources.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * The XML schemas vendored under {@code resources/xsd/}, compiled with no network access: the remote locations the
 * official files import are mapped to the local copies by {@code catalog.xml}, and any other remote location is
 * refused; validators never follow an instance's {@code xsi:schemaLocation}.
 *
 * <p>The IEEE LOM binding is used when {@code catalog.xml} maps its location ({@link Lom#SCHEMA_LOCATION}); until it
 * is vendored, OAI-PMH responses in the {@code lom} format are validated with a stand-in for the LOM namespace that
 * accepts any content (the envelope is checked, the record is checked by {@link LomConformance}).
 */
final class OfflineSchemas {

	static final Path DIRECTORY = directory();

	private static final Map<String, String> CATALOG = catalog();

	/** Stands in for the LOM schema inside OAI-PMH responses while it is not vendored: any content under {@code lom}. */
	private static final String LOM_STAND_IN = """
			<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://ltsc.ieee.org/xsd/LOM"
			    elementFormDefault="qualified">
			  <xs:element name="lom">
			    <xs:complexType>
			      <xs:sequence><xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
			      <xs:anyAttribute processContents="skip"/>
			    </xs:complexType>
			  </xs:element>
			</xs:schema>
			""";

	private OfflineSchemas() {
	}

	/** OAI-PMH with the oai_dc format and LOM (or its stand-in). */
	static Schema oaiPmh() {
		return compile(sources("OAI-PMH.xsd", "oai_dc.xsd"), true);
	}

	/** oai_dc alone. */
	static Schema oaiDc() {
		return compile(sources("oai_dc.xsd"), false);
	}

	/** The IEEE LOM binding's loose schema, if it is vendored and catalogued. */
	static Optional<Schema> lom() {
		String local = CATALOG.get(Lom.SCHEMA_LOCATION);
		if (local == null || !Files.exists(DIRECTORY.resolve(local))) {
			return Optional.empty();
		}
		return Optional.of(compile(new Source[] { new StreamSource(DIRECTORY.resolve(local).toFile()) }, false));
	}

	static boolean lomVendored() {
		return lom().isPresent();
	}

	static Validator validator(Schema schema) {
		try {
			Validator validator = schema.newValidator();
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			return validator;
		}
		catch (org.xml.sax.SAXException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Validates the document, with the schema's error as the exception's message. */
	static void validate(Schema schema, String xml) {
		try {
			validator(schema).validate(new StreamSource(new StringReader(xml)));
		}
		catch (org.xml.sax.SAXException | IOException e) {
			throw new AssertionError("Not valid: " + e.getMessage() + "\n" + (xml.length() > 3000
					? xml.substring(0, 3000) + "…" : xml), e);
		}
	}

	private static Source[] sources(String... files) {
		Source[] sources = new Source[files.length];
		for (int i = 0; i < files.length; i++) {
			sources[i] = new StreamSource(DIRECTORY.resolve(files[i]).toFile());
		}
		return sources;
	}

	private static Schema compile(Source[] roots, boolean withLom) {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setResourceResolver(new Resolver());
			Source[] all = roots;
			if (withLom) {
				all = java.util.Arrays.copyOf(roots, roots.length + 1);
				String local = CATALOG.get(Lom.SCHEMA_LOCATION);
				all[roots.length] = local != null && Files.exists(DIRECTORY.resolve(local))
						? new StreamSource(DIRECTORY.resolve(local).toFile())
						: new StreamSource(new StringReader(LOM_STAND_IN), "numedu:lom-stand-in.xsd");
			}
			return factory.newSchema(all);
		}
		catch (org.xml.sax.SAXException e) {
			throw new IllegalStateException("The vendored schemas do not compile offline: " + e.getMessage(), e);
		}
	}

	private static Path directory() {
		URL url = OfflineSchemas.class.getResource("/resources/xsd/catalog.xml");
		if (url == null) {
			throw new IllegalStateException("resources/xsd/catalog.xml is not on the class path");
		}
		try {
			return Path.of(url.toURI()).getParent();
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The catalog's remote locations and the local files they stand for. */
	private static Map<String, String> catalog() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			NodeList entries = factory.newDocumentBuilder().parse(DIRECTORY.resolve("catalog.xml").toFile())
				.getElementsByTagNameNS("urn:oasis:names:tc:entity:xmlns:xml:catalog", "*");
			Map<String, String> map = new HashMap<>();
			for (int i = 0; i < entries.getLength(); i++) {
				Element entry = (Element) entries.item(i);
				String remote = entry.hasAttribute("systemId") ? entry.getAttribute("systemId") : entry.getAttribute("name");
				if (!remote.isEmpty() && entry.hasAttribute("uri")) {
					map.put(remote, entry.getAttribute("uri"));
				}
			}
			return map;
		}
		catch (Exception e) {
			throw new IllegalStateException("catalog.xml cannot be read", e);
		}
	}

	/** Remote locations come from the catalog; any other remote location is an error, never a download. */
	private static final class Resolver implements LSResourceResolver {

		@Override
		public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
			if (systemId == null) {
				return null;
			}
			String local = CATALOG.get(systemId);
			if (local != null) {
				return new FileInput(DIRECTORY.resolve(local), publicId);
			}
			if (systemId.startsWith("http:") || systemId.startsWith("https:")) {
				throw new IllegalStateException("Refusing remote schema " + systemId + " (from " + baseUri + ")");
			}
			return null;
		}
	}

	private record FileInput(Path file, String publicIdentifier) implements LSInput {

		@Override
		public InputStream getByteStream() {
			try {
				return Files.newInputStream(file);
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}

		@Override
		public String getSystemId() {
			return file.toUri().toString();
		}

		@Override
		public String getPublicId() {
			return publicIdentifier;
		}

		@Override
		public Reader getCharacterStream() {
			return null;
		}

		@Override
		public String getStringData() {
			return null;
		}

		@Override
		public String getBaseURI() {
			return null;
		}

		@Override
		public String getEncoding() {
			return null;
		}

		@Override
		public boolean getCertifiedText() {
			return false;
		}

		@Override
		public void setCharacterStream(Reader characterStream) {
		}

		@Override
		public void setByteStream(InputStream byteStream) {
		}

		@Override
		public void setStringData(String stringData) {
		}

		@Override
		public void setSystemId(String systemId) {
		}

		@Override
		public void setPublicId(String publicId) {
		}

		@Override
		public void setBaseURI(String baseURI) {
		}

		@Override
		public void setEncoding(String encoding) {
		}

		@Override
		public void setCertifiedText(boolean certifiedText) {
		}
	}
}
