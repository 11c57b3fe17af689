package be.numedu.directory;

import java.util.List;
import java.util.Optional;

import be.numedu.directory.domain.Cards;
import be.numedu.schools.SchoolSummary;
import org.springframework.stereotype.Service;

/** The directory module's facade: the operator cards, for the modules that route or show support. */
@Service
public class Directory {

	private final Cards cards;

	Directory(Cards cards) {
		this.cards = cards;
	}

	/** The active cards, by name. */
	public List<OperatorCard> cards() {
		return cards.all(false);
	}

	/** The card with this slug, retired or not. */
	public Optional<OperatorCard> card(String slug) {
		return cards.find(slug);
	}

	/**
	 * The active cards that declare the need and cover the school's network, zone and at least one of its teaching
	 * types: the operators a request about it can go to.
	 */
	public List<OperatorCard> covering(Need need, SchoolSummary school) {
		return covering(cards.all(false), need, school);
	}

	/** Among the given cards, those that declare the need and cover the school (the rule of {@link #covering}). */
	public static List<OperatorCard> covering(List<OperatorCard> cards, Need need, SchoolSummary school) {
		return cards.stream()
			.filter(card -> !card.retired())
			.filter(card -> card.needs().contains(need))
			.filter(card -> card.covers(school.network(), school.zone(), school.teachingTypes()))
			.toList();
	}
}
