package be.numedu.resources.catalogue;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the resource platform.
 *
 * @param filesDirectory where resources' files are kept (outside the web root)
 * @param maxFiles how many files one form may send
 * @param maxFileBytes the largest file accepted (the whole request is limited to 20 MB before this)
 * @param baseUrl the address numedu is reached at, for the identifiers and links of exported records
 */
@ConfigurationProperties("numedu.resources")
public record ResourcesProperties(@DefaultValue("./data/resource-files") Path filesDirectory,
		@DefaultValue("5") int maxFiles, @DefaultValue("15728640") long maxFileBytes,
		@DefaultValue("http://localhost:8080") String baseUrl) {

	/** A resource's public address, as exported records and JSON-LD name it. */
	public String addressOf(long resourceId) {
		return baseUrl.replaceAll("/+$", "") + "/ressources/" + resourceId;
	}
}
