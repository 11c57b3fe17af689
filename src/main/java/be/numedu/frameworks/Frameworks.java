package be.numedu.frameworks;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The competence frameworks numedu knows, and the stable URI of each competence:
 * {@code {numedu.frameworks.uri-base}/referentiels/{frameworkId}/{code}}, which is also the address of the
 * competence's page. The base defaults to {@code numedu.support.base-url}, numedu's public address; a deployment keeps
 * it once URIs are published, since they identify competences in what others store. The frameworks are read from the
 * files shipped with numedu when first asked for, once.
 */
@Service
public class Frameworks {

	/** The path under the base where frameworks and competences live: their pages, and so their URIs. */
	public static final String PATH = "/referentiels";

	private final String uriBase;

	public Frameworks(@Value("${numedu.frameworks.uri-base:${numedu.support.base-url}}") String uriBase) {
		this.uriBase = checkedBase(uriBase);
	}

	/** The frameworks, read when first needed rather than while numedu starts. */
	private static final class Loaded {

		static final Index INDEX = new Index(FrameworkFiles.read());
	}

	/** Every framework, in the order pages list them. */
	public List<Framework> all() {
		return Loaded.INDEX.frameworks;
	}

	/** The framework with this identifier, e.g. {@code digcompedu}. */
	public Optional<Framework> framework(String id) {
		return Optional.ofNullable(id).map(Loaded.INDEX.byId::get);
	}

	/** The competence with this code in that framework, e.g. ({@code digcomp-2.2}, {@code 1.1}). */
	public Optional<Competence> competence(String frameworkId, String code) {
		if (frameworkId == null || code == null) {
			return Optional.empty();
		}
		Map<String, Competence> competences = Loaded.INDEX.competences.get(frameworkId);
		return competences == null ? Optional.empty() : Optional.ofNullable(competences.get(code));
	}

	/** The competence this URI names, if it is one of this numedu's competence URIs (compared exactly). */
	public Optional<Competence> byUri(String uri) {
		String prefix = uriBase + PATH + "/";
		if (uri == null || !uri.startsWith(prefix)) {
			return Optional.empty();
		}
		String[] parts = uri.substring(prefix.length()).split("/", -1);
		return parts.length == 2 ? competence(parts[0], parts[1]) : Optional.empty();
	}

	/** The stable URI of a competence, which leads to its page. */
	public String uri(Competence competence) {
		return uriBase + PATH + "/" + competence.frameworkId() + "/" + competence.code();
	}

	private static String checkedBase(String base) {
		String trimmed = base == null ? "" : base.strip();
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		URI uri;
		try {
			uri = URI.create(trimmed);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("numedu.frameworks.uri-base is not a URI: " + base, ex);
		}
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
				|| uri.getQuery() != null || uri.getFragment() != null) {
			throw new IllegalStateException(
					"numedu.frameworks.uri-base must be an http(s) address without query or fragment: " + base);
		}
		return trimmed;
	}

	/** The frameworks by identifier, and their competences by code. */
	private static final class Index {

		final List<Framework> frameworks;

		final Map<String, Framework> byId = new LinkedHashMap<>();

		final Map<String, Map<String, Competence>> competences = new LinkedHashMap<>();

		Index(List<Framework> frameworks) {
			this.frameworks = frameworks;
			for (Framework framework : frameworks) {
				byId.put(framework.id(), framework);
				Map<String, Competence> byCode = new LinkedHashMap<>();
				framework.competences().forEach(competence -> byCode.put(competence.code(), competence));
				competences.put(framework.id(), byCode);
			}
		}
	}
}
