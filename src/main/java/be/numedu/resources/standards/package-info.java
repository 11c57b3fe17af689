/**
 * The resources in the standards other platforms read: IEEE LOM records with the ScoLOMFR profile and Dublin Core
 * records ({@link be.numedu.resources.standards.LomRecords}, {@link be.numedu.resources.standards.DublinCoreRecords}),
 * served to harvesters by the OAI-PMH 2.0 endpoint at {@code /oai}
 * ({@link be.numedu.resources.standards.OaiProvider}); and the imports of the partner collections' LOM and CSV files
 * by the SGNE's administrators ({@link be.numedu.resources.standards.ResourceImports}).
 */
package be.numedu.resources.standards;
