package be.numedu.support.domain;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.numedu.directory.Directory;
import be.numedu.directory.Need;
import be.numedu.directory.OperatorCard;
import be.numedu.schools.SchoolSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Where a new request goes, and why: to the one operator whose card declares its need and covers its school, to the
 * operator the requester chose in the finder among several that do, or else to the SGNE's triage. The reason is
 * written in French into the request's record, where it stays as it was decided.
 */
@Component
class Routing {

	record Decision(String operatorSlug, SupportRequest.Routing routing, String reason) {
	}

	private final Directory directory;

	private final MessageSource messages;

	Routing(Directory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	Decision decide(Need need, SchoolSummary school, String proposed) {
		return decide(directory.cards(), need, school, proposed,
				key -> messages.getMessage(key, null, key, Locale.FRENCH));
	}

	/**
	 * The decision among the given cards, with the French labels of the need, network and zone from {@code labels}.
	 * Only an operator that covers the request may be chosen by the requester: a proposal outside them is ignored.
	 */
	static Decision decide(List<OperatorCard> cards, Need need, SchoolSummary school, String proposed,
			Function<String, String> labels) {
		List<OperatorCard> covering = Directory.covering(cards, need, school);
		String coverage = "« " + labels.apply("Need." + need) + " » pour le réseau « "
				+ labels.apply("Network." + school.network()) + " », la zone « " + labels.apply("Zone." + school.zone())
				+ " » et l'enseignement de l'établissement";
		if (covering.size() == 1) {
			OperatorCard only = covering.get(0);
			return new Decision(only.slug(), SupportRequest.Routing.AUTOMATIC,
					only.shortName() + " est le seul opérateur de la cartographie qui déclare " + coverage + ".");
		}
		String names = covering.stream().map(OperatorCard::shortName).collect(Collectors.joining(", "));
		if (covering.size() > 1) {
			for (OperatorCard card : covering) {
				if (card.slug().equals(proposed)) {
					return new Decision(card.slug(), SupportRequest.Routing.REQUESTER_CHOICE,
							"Choisi par le demandeur dans le diagramme, parmi les opérateurs qui déclarent " + coverage
									+ " (" + names + ").");
				}
			}
			return new Decision(null, SupportRequest.Routing.TRIAGE, "Plusieurs opérateurs déclarent " + coverage + " ("
					+ names + ") : le Service général du Numérique éducatif choisit lequel traite la demande.");
		}
		return new Decision(null, SupportRequest.Routing.TRIAGE, "Aucun opérateur de la cartographie ne déclare "
				+ coverage + " : le Service général du Numérique éducatif oriente la demande.");
	}
}
