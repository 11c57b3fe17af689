/**
 * The competence frameworks ("référentiels de compétences") numedu knows: DigComp 2.2 for citizens and pupils,
 * DigCompEdu for teachers, and the French national référentiel of 2009 for school managers, read from the data files
 * shipped under {@code frameworks/}, each with its provenance and whether its French wording is official or a working
 * translation. Every competence has a stable URI ({@code {numedu.frameworks.uri-base}/referentiels/{id}/{code}}) that
 * leads to its public page, so that other modules can align what they hold (educational resources) to competences
 * through {@link be.numedu.frameworks.Frameworks}. It depends only on {@code shared}, and on {@code accounts} to
 * declare its public routes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Référentiels de compétences")
package be.numedu.frameworks;
