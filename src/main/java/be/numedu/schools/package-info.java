/**
 * The register of schools: the organising bodies (PO), schools (établissements) and implantations of the FWB,
 * imported from its open FASE file and kept current by re-importing newer files (keyed by FASE numbers; what leaves
 * the file is retired, never deleted). It offers search with filters on zone, network, level and teaching type, a
 * page per school with its implantations on a map, a JSON API, and {@link be.numedu.schools.SchoolRegistry} through
 * which every other module refers to a school or an implantation by its FASE number.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registre des établissements")
package be.numedu.schools;
