/**
 * Support requests ("mise en réseau" of technical and techno-pedagogical support, Stratégie numérique AP 2.5 and
 * 3.5): one entry point where school staff file a request for their implantation; routing to the operator whose
 * card covers it (from the directory and the register), or to the SGNE's triage queue; handling by the operator's
 * staff against the delays its card declares, on a business calendar with Belgian public holidays; hand-over between
 * operators without losing the requester's clock; notifications by e-mail and in the application; delays measured
 * and published beside the declared ones; dashboards and a JSON API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demandes de soutien")
package be.numedu.support;
