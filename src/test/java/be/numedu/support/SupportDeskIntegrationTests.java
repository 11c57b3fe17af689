package be.numedu.support;

import java.util.List;

import be.numedu.accounts.PersonView;
import be.numedu.directory.Need;
import be.numedu.schools.SchoolRegistry;
import be.numedu.support.domain.DeskRefusal;
import be.numedu.support.domain.Filing;
import be.numedu.support.domain.PreferredContact;
import be.numedu.support.domain.RequestQueries;
import be.numedu.support.domain.SupportDesk;
import be.numedu.support.domain.SupportRequest;
import be.numedu.support.domain.Urgency;
import be.numedu.testsupport.NumeduTest;
import be.numedu.testsupport.SupportRequests;
import be.numedu.testsupport.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request's life on the real database: filing and routing from the directory and the register, taking in charge,
 * questions that pause the clock, hand-over, resolution, reopening and closing, with who may do what.
 */
@NumeduTest
class SupportDeskIntegrationTests {

	@Autowired
	SupportDesk desk;

	@Autowired
	RequestQueries queries;

	@Autowired
	SchoolRegistry schools;

	@Autowired
	SupportRequests requests;

	@Test
	void aRequestCoveredByOneOperatorGoesStraightToIt() {
		SupportRequest request = file(Persona.TEACHER, Need.CONNECTIVITE, null);

		assertThat(request.getReference()).matches("D-\\d{6}");
		assertThat(request.getOperatorSlug()).isEqualTo("ecole-numerique-rw");
		assertThat(request.getRouting()).isEqualTo(SupportRequest.Routing.AUTOMATIC);
		assertThat(request.getRoutingReason()).contains("seul opérateur", "Connexion à Internet", "Namur");
		assertThat(request.getDueAt()).isAfter(request.getCreatedAt());
	}

	@Test
	void severalOperatorsMeanTriageUnlessTheRequesterChoseOne() {
		SupportRequest triaged = file(Persona.TEACHER, Need.USAGE_PEDAGOGIQUE, null);
		assertThat(triaged.getOperatorSlug()).isNull();
		assertThat(triaged.getRouting()).isEqualTo(SupportRequest.Routing.TRIAGE);
		assertThat(triaged.getRoutingReason()).contains("Plusieurs opérateurs", "CECP", "CPEONS");

		SupportRequest chosen = file(Persona.TEACHER, Need.USAGE_PEDAGOGIQUE, "cpeons");
		assertThat(chosen.getOperatorSlug()).isEqualTo("cpeons");
		assertThat(chosen.getRouting()).isEqualTo(SupportRequest.Routing.REQUESTER_CHOICE);

		SupportRequest assigned = desk.assign(triaged.getReference(), "cecp", "PO affilié au CECP", view(Persona.ADMIN));
		assertThat(assigned.getOperatorSlug()).isEqualTo("cecp");
		assertThat(assigned.getRouting()).isEqualTo(SupportRequest.Routing.ASSIGNED);
	}

	@Test
	void theLifeOfARequest() {
		PersonView teacher = view(Persona.TEACHER);
		PersonView agent = view(Persona.AGENT);
		SupportRequest request = file(Persona.TEACHER, Need.CONNECTIVITE, null);
		String ref = request.getReference();

		// the Walloon advisers hand it over to the CIRB (a demo of hand-over; the CIRB's agent takes it)
		desk.handOver(ref, view(Persona.ADMIN), "cirb", "La connexion relève du CIRB pour ce test.");
		SupportRequest taken = desk.take(ref, agent);
		assertThat(taken.getStatus()).isEqualTo(RequestStatus.TAKEN);
		assertThat(taken.getAssigneeName()).isEqualTo("AGENT (test)");

		// a question pauses the clock; the answer restarts it
		desk.ask(ref, agent, "Quel est le débit mesuré ?", List.of());
		assertThat(queries.detail(ref, teacher).orElseThrow().summary().status())
			.isEqualTo(RequestStatus.WAITING_FOR_REQUESTER);
		desk.inform(ref, teacher, "10 Mb/s", List.of());
		assertThat(queries.detail(ref, teacher).orElseThrow().summary().status()).isEqualTo(RequestStatus.TAKEN);

		// resolved, reopened, resolved again, confirmed, rated
		desk.write(ref, agent, "Note pour l'équipe", true, List.of());
		desk.resolve(ref, agent, "Routeur redémarré.", List.of());
		desk.reopen(ref, teacher, "Le problème est revenu.");
		assertThat(queries.detail(ref, teacher).orElseThrow().summary().status()).isEqualTo(RequestStatus.REOPENED);
		desk.take(ref, agent);
		desk.resolve(ref, agent, "Câble remplacé.", List.of());
		desk.confirm(ref, teacher);
		desk.rate(ref, teacher, 5, "Merci !");

		RequestQueries.Detail seen = queries.detail(ref, teacher).orElseThrow();
		assertThat(seen.summary().status()).isEqualTo(RequestStatus.CLOSED);
		assertThat(seen.satisfaction()).isEqualTo(5);
		assertThat(seen.holdings()).extracting(RequestQueries.Holding::operatorSlug)
			.containsExactly("ecole-numerique-rw", "cirb", "cirb");
		// the requester never sees internal notes; the operator does
		assertThat(seen.entries()).noneMatch(RequestQueries.Entry::internal);
		assertThat(queries.detail(ref, agent).orElseThrow().entries()).anyMatch(RequestQueries.Entry::internal);
	}

	@Test
	void whoMayDoWhat() {
		SupportRequest request = file(Persona.TEACHER, Need.CONNECTIVITE, null);
		String ref = request.getReference();

		// the CIRB's agent does not hold it; the SeGEC's CTP neither; another school's head may not see it
		assertThatThrownBy(() -> desk.take(ref, view(Persona.AGENT))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> queries.detail(ref, view(Persona.CTP))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> queries.detail(ref, view(Persona.HEAD))).isInstanceOf(AccessDeniedException.class);
		// only the requester withdraws; nobody files for another implantation
		assertThatThrownBy(() -> desk.withdraw(ref, view(Persona.ADMIN), null)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> desk.file(new Filing(view(Persona.TEACHER), 372, schools.school(231).orElseThrow(),
				Need.AUTRE, "x", "y", Urgency.NORMALE, PreferredContact.COURRIEL, null, null, List.of())))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aSecondTakeIsRefusedWithWhoTookIt() {
		SupportRequest request = file(Persona.TEACHER, Need.CONNECTIVITE, null);
		desk.handOver(request.getReference(), view(Persona.ADMIN), "cirb", "Pour le test.");
		desk.take(request.getReference(), view(Persona.AGENT));

		assertThatThrownBy(() -> desk.take(request.getReference(), view(Persona.ADMIN)))
			.isInstanceOfSatisfying(DeskRefusal.class, e -> {
				assertThat(e.messageKey()).isEqualTo("support.error.alreadyTaken");
				assertThat(e.arguments()).containsExactly("AGENT (test)");
			});
	}

	private SupportRequest file(Persona persona, Need need, String proposed) {
		return requests.file(persona, need, proposed);
	}

	private PersonView view(Persona persona) {
		return requests.view(persona);
	}
}
