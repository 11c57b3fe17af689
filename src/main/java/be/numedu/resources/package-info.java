/**
 * The educational resource platform (Stratégie numérique, axe 1 §4 and axe 4 §1; AP 1.4, 4.1, 4.2, 4.4): phase I, a
 * catalogue of validated resources, open ones (REL) first, searched in French with facets, exposed to harvesters
 * through OAI-PMH (Dublin Core and LOM with the ScoLOMFR profile) and to search engines as LRMI JSON-LD, fed by the
 * partner collections' LOM and CSV files; phase II, co-construction: teachers propose resources that moderators
 * validate against predefined criteria, evaluate them on a configured grid whose per-criterion summary shows each
 * resource's strengths and weaknesses, propose improvements that become new versions, comment and report abuse, and
 * gather resources into collections.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ressources éducatives")
package be.numedu.resources;
