package be.numedu.directory.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import be.numedu.directory.Need;
import be.numedu.directory.OperatorCard;
import be.numedu.schools.SchoolSummary;
import be.numedu.shared.TeachingType;
import org.springframework.stereotype.Service;

/**
 * The logic of the interactive diagram: from a need and a school of the register, the operators whose cards declare
 * that need and cover the school's network, zone and teaching types, each with the reason it matches. Where the
 * register cannot decide (an officiel subventionné school's organising body may be affiliated to the CECP or to the
 * CPEONS), the finder asks which, or, if the person does not know, shows both and says why.
 */
@Service
public class Finder {

	/** The answer to "Je ne sais pas" when asked for the affiliation. */
	public static final String UNKNOWN_AFFILIATION = "inconnu";

	public enum Outcome {
		/** Operators found. */
		MATCHED,
		/** Several operators match through affiliation: the person must say which one, or that they do not know. */
		ASK_AFFILIATION,
		/** The school teaches none of the teaching types the directory's operators serve. */
		OUT_OF_SCOPE,
		/** No operator of the directory declares this need for this school. */
		NONE
	}

	/**
	 * An operator that can help, and why.
	 *
	 * @param card the operator's card
	 * @param teachingTypes the school's teaching types the operator serves (empty without a school)
	 * @param uncertainAffiliation whether it is one of several operators of which the school's organising body joined
	 * only one
	 */
	public record Match(OperatorCard card, Set<TeachingType> teachingTypes, boolean uncertainAffiliation) {

		/** The message keys of the teaching types, for pages that list them. */
		public List<String> teachingTypeKeys() {
			return teachingTypes.stream().map(type -> "TeachingType." + type.name()).toList();
		}
	}

	/**
	 * @param outcome what the finder concluded
	 * @param need the need asked about
	 * @param school the school, or {@code null} when the person did not name one
	 * @param matches the operators that can help (empty when asking)
	 * @param affiliationChoices the operators to choose between (when asking, or when the answer was "I don't know")
	 */
	public record Result(Outcome outcome, Need need, SchoolSummary school, List<Match> matches,
			List<OperatorCard> affiliationChoices) {
	}

	private final Cards cards;

	Finder(Cards cards) {
		this.cards = cards;
	}

	/**
	 * @param need the nature of the need
	 * @param school the school, or {@code null} if the person did not give one
	 * @param affiliation the slug of the operator the person says their organising body is affiliated to,
	 * {@link #UNKNOWN_AFFILIATION}, or {@code null} if not asked yet
	 */
	public Result find(Need need, SchoolSummary school, String affiliation) {
		List<OperatorCard> offering = cards.all(false).stream().filter(card -> card.needs().contains(need)).toList();
		if (school == null) {
			return new Result(offering.isEmpty() ? Outcome.NONE : Outcome.MATCHED, need, null,
					offering.stream().map(card -> new Match(card, Set.of(), false)).toList(), List.of());
		}
		Set<TeachingType> types = school.teachingTypes();
		if (types.stream().noneMatch(TeachingType.compulsoryEducation()::contains)) {
			return new Result(Outcome.OUT_OF_SCOPE, need, school, List.of(), List.of());
		}
		List<OperatorCard> covering = offering.stream()
			.filter(card -> card.covers(school.network(), school.zone(), types))
			.toList();
		List<OperatorCard> byAffiliation = covering.stream().filter(OperatorCard::byAffiliation).toList();
		boolean choiceNeeded = byAffiliation.size() > 1;
		if (choiceNeeded && affiliation == null) {
			return new Result(Outcome.ASK_AFFILIATION, need, school, List.of(), byAffiliation);
		}
		boolean chosen = choiceNeeded && byAffiliation.stream().anyMatch(card -> card.slug().equals(affiliation));
		if (choiceNeeded && !chosen && !UNKNOWN_AFFILIATION.equals(affiliation)) {
			// An answer that is not one of the choices (an edited address): ask again.
			return new Result(Outcome.ASK_AFFILIATION, need, school, List.of(), byAffiliation);
		}
		List<Match> matches = new ArrayList<>();
		for (OperatorCard card : covering) {
			if (chosen && card.byAffiliation() && !card.slug().equals(affiliation)) {
				continue;
			}
			Set<TeachingType> served = EnumSet.noneOf(TeachingType.class);
			types.stream().filter(card.teachingTypes()::contains).forEach(served::add);
			matches.add(new Match(card, served, choiceNeeded && !chosen && card.byAffiliation()));
		}
		return new Result(matches.isEmpty() ? Outcome.NONE : Outcome.MATCHED, need, school, matches,
				choiceNeeded && !chosen ? byAffiliation : List.of());
	}

	/** Every operator that supports the school, whatever the need: for the school's page. */
	public List<Match> supporting(SchoolSummary school) {
		Set<TeachingType> types = school.teachingTypes();
		List<OperatorCard> covering = cards.all(false).stream()
			.filter(card -> card.covers(school.network(), school.zone(), types))
			.toList();
		boolean uncertain = covering.stream().filter(OperatorCard::byAffiliation).count() > 1;
		return covering.stream().map(card -> {
			Set<TeachingType> served = EnumSet.noneOf(TeachingType.class);
			types.stream().filter(card.teachingTypes()::contains).forEach(served::add);
			return new Match(card, served, uncertain && card.byAffiliation());
		}).toList();
	}
}
