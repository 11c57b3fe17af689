package be.numedu.support.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import be.numedu.directory.Need;
import be.numedu.directory.OperatorCard;
import be.numedu.directory.OperatorCategory;
import be.numedu.directory.ServiceLevel;
import be.numedu.schools.SchoolSummary;
import be.numedu.schools.SiteSummary;
import be.numedu.shared.Network;
import be.numedu.shared.TeachingType;
import be.numedu.shared.Zone;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a request goes: the one operator whose card declares the need and covers the school's network, zone and
 * teaching, the requester's choice among several, or the SGNE's triage; and the reason written for each.
 */
class RoutingUnitTests {

	static final SchoolSummary PRIMARY_SCHOOL_IN_NAMUR = new SchoolSummary(1, "École communale", null,
			Network.SUBVENTIONNE_COMMUNAL, Zone.NAMUR, null, "Rue", "5000", "Namur", 10, "Ville de Namur",
			List.of(new SiteSummary(100, "Rue", "5000", "Namur", "Namur", null, null,
					EnumSet.of(TeachingType.PRIMAIRE_ORDINAIRE), false)),
			false);

	static final OperatorCard WALLOON_ADVISERS = card("conseillers", Set.of(Need.CONNECTIVITE, Need.CHOIX_EQUIPEMENT),
			EnumSet.allOf(Network.class), EnumSet.of(Zone.NAMUR, Zone.LIEGE), false);

	static final OperatorCard BRUSSELS = card("bruxelles", Set.of(Need.CONNECTIVITE), EnumSet.allOf(Network.class),
			EnumSet.of(Zone.BRUXELLES), false);

	static final OperatorCard COMMUNAL_FEDERATION = card("federation", Set.of(Need.USAGE_PEDAGOGIQUE),
			EnumSet.of(Network.SUBVENTIONNE_COMMUNAL), EnumSet.allOf(Zone.class), false);

	static final OperatorCard PROVINCIAL_FEDERATION = card("provinces", Set.of(Need.USAGE_PEDAGOGIQUE),
			EnumSet.of(Network.SUBVENTIONNE_COMMUNAL, Network.SUBVENTIONNE_PROVINCIAL), EnumSet.allOf(Zone.class),
			false);

	static final OperatorCard RETIRED = card("ancien", Set.of(Need.MAINTENANCE), EnumSet.allOf(Network.class),
			EnumSet.allOf(Zone.class), true);

	static final List<OperatorCard> CARDS = List.of(WALLOON_ADVISERS, BRUSSELS, COMMUNAL_FEDERATION,
			PROVINCIAL_FEDERATION, RETIRED);

	@Test
	void theOneOperatorCoveringTheRequestGetsIt() {
		Routing.Decision decision = decide(Need.CONNECTIVITE, null);

		assertThat(decision.operatorSlug()).isEqualTo("conseillers");
		assertThat(decision.routing()).isEqualTo(SupportRequest.Routing.AUTOMATIC);
		assertThat(decision.reason()).isEqualTo("conseillers est le seul opérateur de la cartographie qui déclare "
				+ "« Need.CONNECTIVITE » pour le réseau « Network.SUBVENTIONNE_COMMUNAL », la zone « Zone.NAMUR » et "
				+ "l'enseignement de l'établissement.");
	}

	@Test
	void aProposalOutsideTheCoveringOperatorsIsIgnored() {
		// the requester came from a Brussels card, but the school is in Namur
		Routing.Decision decision = decide(Need.CONNECTIVITE, "bruxelles");

		assertThat(decision.operatorSlug()).isEqualTo("conseillers");
		assertThat(decision.routing()).isEqualTo(SupportRequest.Routing.AUTOMATIC);
	}

	@Test
	void severalCoveringOperatorsGoToTriageUnlessTheRequesterChoseOne() {
		Routing.Decision triage = decide(Need.USAGE_PEDAGOGIQUE, null);
		assertThat(triage.operatorSlug()).isNull();
		assertThat(triage.routing()).isEqualTo(SupportRequest.Routing.TRIAGE);
		assertThat(triage.reason()).startsWith("Plusieurs opérateurs déclarent").contains("(federation, provinces)");

		Routing.Decision chosen = decide(Need.USAGE_PEDAGOGIQUE, "provinces");
		assertThat(chosen.operatorSlug()).isEqualTo("provinces");
		assertThat(chosen.routing()).isEqualTo(SupportRequest.Routing.REQUESTER_CHOICE);
		assertThat(chosen.reason()).startsWith("Choisi par le demandeur");
	}

	@Test
	void noCoveringOperatorMeansTriage() {
		// the only maintenance card is retired
		Routing.Decision decision = decide(Need.MAINTENANCE, "ancien");

		assertThat(decision.operatorSlug()).isNull();
		assertThat(decision.routing()).isEqualTo(SupportRequest.Routing.TRIAGE);
		assertThat(decision.reason()).startsWith("Aucun opérateur de la cartographie ne déclare");
	}

	@Test
	void anOperatorMustCoverTheSchoolsTeaching() {
		OperatorCard secondaryOnly = new OperatorCard("secondaire", "Secondaire", "secondaire",
				OperatorCategory.CONSEIL_TECHNIQUE_EQUIPEMENT, false, "", null, null, null, null, null, null, null,
				null, null, null, null, Set.of(Need.FORMATION), EnumSet.allOf(Network.class), EnumSet.allOf(Zone.class),
				EnumSet.of(TeachingType.SECONDAIRE_ORDINAIRE), Set.of(), List.of(), ServiceLevel.undeclared(),
				Instant.EPOCH, false, 0);

		Routing.Decision decision = Routing.decide(List.of(secondaryOnly), Need.FORMATION, PRIMARY_SCHOOL_IN_NAMUR,
				"secondaire", key -> key);

		assertThat(decision.routing()).isEqualTo(SupportRequest.Routing.TRIAGE);
	}

	private static Routing.Decision decide(Need need, String proposed) {
		return Routing.decide(CARDS, need, PRIMARY_SCHOOL_IN_NAMUR, proposed, key -> key);
	}

	private static OperatorCard card(String slug, Set<Need> needs, Set<Network> networks, Set<Zone> zones,
			boolean retired) {
		return new OperatorCard(slug, slug, slug, OperatorCategory.ACCOMPAGNEMENT_TECHNOPEDAGOGIQUE, false, "", null,
				null, null, null, null, null, null, null, null, null, null, needs, networks, zones,
				EnumSet.allOf(TeachingType.class), Set.of(), List.of(), ServiceLevel.undeclared(), Instant.EPOCH,
				retired, 0);
	}
}
