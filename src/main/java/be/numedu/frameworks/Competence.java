package be.numedu.frameworks;

/**
 * One competence of a framework. Its stable URI is {@link Frameworks#uri(Competence)}.
 *
 * @param frameworkId the framework's identifier, e.g. {@code digcomp-2.2}
 * @param code its code in the framework, e.g. {@code 1.1} or {@code A10}; never changes once published
 * @param labelFr its name in French
 * @param labelEn its official English name, or {@code null} when the framework has no English version
 * @param descriptionFr its description in French, or {@code null}
 * @param descriptionEn its description in English, or {@code null}
 * @param descriptionEnVerified whether that English description was checked word for word against the official
 *        text; when false it is a reconstruction, which pages label as such rather than quote as official
 * @param areaCode the code of its area
 * @param areaLabelFr the French name of its area
 * @param frenchOfficial whether its French wording is the framework's own text (false: numedu's working translation,
 *        shown with "traduction de travail")
 */
public record Competence(String frameworkId, String code, String labelFr, String labelEn, String descriptionFr,
		String descriptionEn, boolean descriptionEnVerified, String areaCode, String areaLabelFr,
		boolean frenchOfficial) {
}
