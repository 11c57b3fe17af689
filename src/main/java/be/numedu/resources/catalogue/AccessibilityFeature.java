package be.numedu.resources.catalogue;

/**
 * What makes the resource accessible, in schema.org's accessibility vocabulary (the value of
 * {@code accessibilityFeature}, written as schema.org writes it).
 */
public enum AccessibilityFeature {

	ALTERNATIVE_TEXT("alternativeText"), CAPTIONS("captions"), TRANSCRIPT("transcript"),
	AUDIO_DESCRIPTION("audioDescription"), SIGN_LANGUAGE("signLanguage"), LARGE_PRINT("largePrint"),
	HIGH_CONTRAST("highContrastDisplay"), STRUCTURAL_NAVIGATION("structuralNavigation"),
	READING_ORDER("readingOrder"), TABLE_OF_CONTENTS("tableOfContents"),
	DISPLAY_TRANSFORMABILITY("displayTransformability"), TAGGED_PDF("taggedPDF"), MATHML("MathML"),
	SYNCHRONIZED_AUDIO_TEXT("synchronizedAudioText");

	private final String schemaOrg;

	AccessibilityFeature(String schemaOrg) {
		this.schemaOrg = schemaOrg;
	}

	public String schemaOrg() {
		return schemaOrg;
	}
}
