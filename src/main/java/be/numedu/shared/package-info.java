/**
 * The few things every module shares: the value types of the school system of the Fédération Wallonie-Bruxelles
 * (zone, network, level, teaching type, region), as the FASE register names them, the web layout (breadcrumbs,
 * language switch, error pages, security headers helpers), and the schedule every module's scheduled work runs on,
 * once across instances. It is an open module: it depends on nothing else and every module may use it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package be.numedu.shared;
