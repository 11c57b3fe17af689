package be.numedu.schools.domain;

import java.text.Normalizer;
import java.util.Locale;

/** The columns of the FASE register that numedu reads, named as in the file's header. */
enum FaseColumn {

	SCHOOL_FASE("N° FASE de l'établissement"),
	SCHOOL_NAME("Nom de l'établissement"),
	SCHOOL_BCE("Numéro BCE de l'établissement"),
	TEACHING_TYPE("Type d'enseignement"),
	LEVEL("Niveau"),
	KIND("Genre"),
	NETWORK("Réseau"),
	SCHOOL_STREET("Adresse de l'établissement"),
	SCHOOL_POSTCODE("Code postal de l'établissement"),
	SCHOOL_LOCALITY("Localité de l'établissement"),
	SCHOOL_MUNICIPALITY("Commune de l'établissement"),
	ZONE("Bassin"),
	DISTRICT("Arrondissement administratif"),
	SITE_FASE("N° FASE de l'implantation"),
	SITE_STREET("Adresse de l'implantation"),
	SITE_POSTCODE("Code postal de l'implantation"),
	SITE_LOCALITY("Localité de l'implantation"),
	SITE_MUNICIPALITY("Commune de l'implantation"),
	LATITUDE("Latitude"),
	LONGITUDE("Longitude"),
	BODY_FASE("N° FASE du P.O."),
	BODY_NAME("Nom de P.O."),
	BODY_BCE("N° BCE du P.O."),
	BODY_STREET("Adresse du P.O."),
	BODY_POSTCODE("Code postal du P.O."),
	BODY_LOCALITY("Localité du P.O."),
	BODY_MUNICIPALITY("Commune du P.O.");

	private final String header;

	FaseColumn(String header) {
		this.header = header;
	}

	String header() {
		return header;
	}

	/**
	 * Header cells compared without byte-order marks, surrounding spaces, case, or the difference between the
	 * apostrophes and Unicode normal forms that a spreadsheet may introduce when the file is re-saved.
	 */
	static String normalise(String cell) {
		String text = Normalizer.normalize(cell.replace("\uFEFF", ""), Normalizer.Form.NFC).strip();
		return text.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
	}
}
