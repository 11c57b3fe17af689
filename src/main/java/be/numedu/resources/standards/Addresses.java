package be.numedu.resources.standards;

import java.net.URI;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.numedu.resources.catalogue.ResourcesProperties;
import org.springframework.stereotype.Component;

/**
 * The addresses exported records give: a resource's page, its files' downloads, the OAI-PMH base URL, and the OAI
 * identifier of its record, {@code oai:<host>:ressource/<id>} (the OAI identifier scheme's
 * {@code oai:<namespace-identifier>:<local-identifier>}, the host of numedu's public address as namespace). All come
 * from {@code numedu.resources.base-url}: records that named {@code localhost} would lead nowhere.
 */
@Component
class Addresses {

	private final String base;

	private final String identifierPrefix;

	private final Pattern identifier;

	Addresses(ResourcesProperties properties) {
		String url = properties.baseUrl() == null ? "" : properties.baseUrl().strip();
		while (url.endsWith("/")) {
			url = url.substring(0, url.length() - 1);
		}
		this.base = url;
		String host = URI.create(url).getHost();
		if (host == null) {
			throw new IllegalStateException("numedu.resources.base-url has no host: " + properties.baseUrl());
		}
		this.identifierPrefix = "oai:" + host + ":ressource/";
		this.identifier = Pattern.compile(Pattern.quote(identifierPrefix) + "([1-9]\\d{0,17})");
	}

	/** The resource's public page. */
	String resource(long id) {
		return base + "/ressources/" + id;
	}

	/** Where a file of the resource is downloaded. */
	String file(long id, long fileId) {
		return resource(id) + "/fichiers/" + fileId;
	}

	/** The OAI-PMH base URL. */
	String oai() {
		return base + "/oai";
	}

	/** The OAI identifier of the resource's record. */
	String oaiIdentifier(long id) {
		return identifierPrefix + id;
	}

	/** The resource an OAI identifier names, if it is one of this numedu's. */
	OptionalLong idOf(String oaiIdentifier) {
		if (oaiIdentifier == null) {
			return OptionalLong.empty();
		}
		Matcher m = identifier.matcher(oaiIdentifier);
		return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
	}
}
