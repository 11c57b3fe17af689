package be.numedu.resources.catalogue;

/**
 * The licences a resource may carry: the Creative Commons 4.0 set, CC0 and the public domain mark, or all rights
 * reserved with use in class allowed. Open educational resources (REL) are those whose licence lets anyone reuse
 * and adapt them: the platform favours them in its ranking.
 */
public enum Licence {

	CC_BY("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/", true),
	CC_BY_SA("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/", true),
	CC_BY_NC("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/", true),
	CC_BY_NC_SA("CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/", true),
	CC_BY_ND("CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/", false),
	CC_BY_NC_ND("CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/", false),
	CC0("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/", true),
	PUBLIC_DOMAIN("Domaine public", "https://creativecommons.org/publicdomain/mark/1.0/", true),
	ALL_RIGHTS_RESERVED_EDUCATIONAL("Tous droits réservés — usage pédagogique", null, false);

	private final String shortName;

	private final String url;

	private final boolean open;

	Licence(String shortName, String url, boolean open) {
		this.shortName = shortName;
		this.url = url;
		this.open = open;
	}

	public String shortName() {
		return shortName;
	}

	/** The licence's deed, or {@code null} when there is none. */
	public String url() {
		return url;
	}

	/** Whether a resource under this licence is an open educational resource (REL): reusable and adaptable. */
	public boolean open() {
		return open;
	}
}
