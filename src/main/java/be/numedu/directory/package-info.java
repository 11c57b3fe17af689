/**
 * The "Cartographie des acteurs du soutien au numérique éducatif" (circular of 26 November 2020): one card per
 * support operator holding every field the circular lists, the interactive diagram (a guided finder) that leads a
 * school professional from a need and a school of the register to the operators that can help and why, a visual map
 * of the support landscape, editing with history and optimistic locking, full-text search, and exports. It depends on
 * the register ({@code schools}) for a school's network, zone and teaching types, and on {@code accounts} for who may
 * edit which card; it adds "who supports this school" to the register's school pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cartographie du soutien")
package be.numedu.directory;
