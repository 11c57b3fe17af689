/**
 * People and their roles, and who may do what. A person signs in with a local account (form login, hashed password,
 * throttled after repeated failures) and belongs either to an implantation (teacher, school head, digital referent)
 * or to an operator of the support directory (FPO techno-pedagogical adviser, operator agent, SGNE administrator).
 * The module owns the security configuration; the other modules declare the access rules of their own routes
 * through {@link be.numedu.accounts.RouteAccess}. It knows implantations and operators only by their FASE number and
 * slug, so it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comptes et rôles")
package be.numedu.accounts;
