package be.numedu.resources.catalogue;

import java.util.List;

/**
 * The languages a resource may be in, as ISO 639 codes (639-1 where it has one; {@code grc} for ancient Greek,
 * {@code zxx} for no linguistic content). Labels come from the bundles, under {@code Language.<code>}.
 */
public final class Languages {

	public static final List<String> CODES = List.of("fr", "nl", "de", "en", "es", "it", "pt", "ar", "tr", "pl", "ro",
			"la", "grc", "zxx");

	private Languages() {
	}

	public static boolean known(String code) {
		return code != null && CODES.contains(code);
	}
}
