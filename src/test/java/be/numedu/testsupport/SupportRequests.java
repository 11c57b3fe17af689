package be.numedu.testsupport;

import java.util.List;

import be.numedu.accounts.PersonView;
import be.numedu.accounts.domain.NumeduUser;
import be.numedu.directory.Need;
import be.numedu.schools.SchoolRegistry;
import be.numedu.support.domain.Filing;
import be.numedu.support.domain.PreferredContact;
import be.numedu.support.domain.SupportDesk;
import be.numedu.support.domain.SupportRequest;
import be.numedu.support.domain.Urgency;
import be.numedu.testsupport.Personas.Persona;
import org.springframework.stereotype.Component;

/**
 * Files support requests as a persona would, through the real desk: for the persona's implantation and the first
 * school there. The teacher's implantation (5839, Namur) is covered for connectivity by the Walloon advisers alone,
 * and for teaching uses by the CECP and the CPEONS (so such a request goes to triage unless one is chosen).
 */
@Component
public class SupportRequests {

	private final SupportDesk desk;

	private final SchoolRegistry schools;

	private final Personas personas;

	SupportRequests(SupportDesk desk, SchoolRegistry schools, Personas personas) {
		this.desk = desk;
		this.schools = schools;
		this.personas = personas;
	}

	/** Files a request with a plain title and description. */
	public SupportRequest file(Persona persona, Need need, String proposedOperator) {
		return file(persona, need, proposedOperator, "Titre de test", "Description de test");
	}

	public SupportRequest file(Persona persona, Need need, String proposedOperator, String title, String description) {
		PersonView person = view(persona);
		return desk.file(new Filing(person, person.siteFase(), schools.schoolsAtSite(person.siteFase()).get(0), need,
				title, description, Urgency.NORMALE, PreferredContact.COURRIEL, null, proposedOperator, List.of()));
	}

	/** The persona as the modules see a signed-in person (the account is created on first use). */
	public PersonView view(Persona persona) {
		return ((NumeduUser) personas.user(persona)).view();
	}
}
