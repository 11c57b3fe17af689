package be.numedu.support.domain;

import java.util.List;
import java.util.Optional;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.directory.Need;
import be.numedu.schools.SchoolRegistry;
import be.numedu.schools.SchoolSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few support requests for the demo accounts, filed at the first start of the embedded default with the demo data,
 * so that a newcomer finds the queues, the triage, the notifications and the dashboards at work: two connectivity
 * requests of the demo teacher at the demo agent's operator (one new, one taken in charge with a question waiting
 * for the teacher), a request about teaching uses in the SGNE's triage, and one request each from the demo school
 * head and digital referent, routed to their operators. They go through the desk like any other request (routing,
 * clocks, timeline, notifications) and say in their title that they are a demo. Nothing is filed when requests exist
 * already, in the {@code postgres} profile, or with {@code numedu.demo.requests=false}.
 */
@Component
@Profile("!postgres")
@Order(30)
class SupportDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SupportDemo.class);

	private final SupportDesk desk;

	private final SupportRequestRepository requests;

	private final People people;

	private final SchoolRegistry schools;

	private final boolean enabled;

	SupportDemo(SupportDesk desk, SupportRequestRepository requests, People people, SchoolRegistry schools,
			@Value("${numedu.demo.enabled:false}") boolean demo, @Value("${numedu.demo.requests:true}") boolean demoRequests) {
		this.desk = desk;
		this.requests = requests;
		this.people = people;
		this.schools = schools;
		this.enabled = demo && demoRequests;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || requests.count() > 0) {
			return;
		}
		Optional<PersonView> teacher = people.byEmail("enseignant@numedu.example");
		Optional<PersonView> head = people.byEmail("direction@numedu.example");
		Optional<PersonView> referent = people.byEmail("referent@numedu.example");
		Optional<PersonView> agent = people.byEmail("agent@numedu.example");
		if (teacher.isEmpty() || head.isEmpty() || referent.isEmpty() || agent.isEmpty()) {
			log.warn("Demandes de démonstration non créées : un compte de démonstration manque");
			return;
		}
		file(teacher.get(), Need.CONNECTIVITE, Urgency.HAUTE, "Le Wi-Fi coupe au premier étage (démo)",
				"Depuis la rentrée, la connexion sans fil coupe plusieurs fois par heure dans les classes du premier "
						+ "étage. Le rez-de-chaussée n'est pas touché.");
		SupportRequest waiting = file(teacher.get(), Need.CONNECTIVITE, Urgency.NORMALE,
				"Le tableau interactif de 3e primaire ne trouve plus le réseau (démo)",
				"Le tableau interactif de la classe de 3e primaire n'affiche plus aucun réseau depuis la mise à jour "
						+ "de la semaine passée.");
		desk.take(waiting.getReference(), agent.get());
		desk.ask(waiting.getReference(), agent.get(),
				"Pouvez-vous nous indiquer la marque et le modèle du tableau, et l'heure à laquelle vous pourriez "
						+ "nous recevoir ?",
				List.of());
		file(teacher.get(), Need.USAGE_PEDAGOGIQUE, Urgency.BASSE, "Une séquence d'éducation aux médias en 5e (démo)",
				"Nous cherchons un accompagnement pour construire une séquence d'éducation aux médias avec des "
						+ "tablettes en 5e primaire.");
		file(head.get(), Need.MAINTENANCE, Urgency.NORMALE, "Trois ordinateurs de la salle informatique à réparer (démo)",
				"Trois postes de la salle informatique ne démarrent plus. Nous avons vérifié l'alimentation.");
		file(referent.get(), Need.CONNECTIVITE, Urgency.NORMALE, "Débit très faible à l'implantation (démo)",
				"Le débit mesuré en journée ne dépasse pas 2 Mb/s, ce qui empêche les classes de travailler en ligne.");
		log.info("Demandes de démonstration créées : {}", requests.count());
	}

	private SupportRequest file(PersonView requester, Need need, Urgency urgency, String title, String description) {
		SchoolSummary school = schools.schoolsAtSite(requester.siteFase()).get(0);
		return desk.file(new Filing(requester, requester.siteFase(), school, need, title, description, urgency,
				PreferredContact.COURRIEL, null, null, List.of()));
	}
}
