package be.numedu.directory;

import java.util.List;
import java.util.Optional;

import be.numedu.directory.domain.Cards;
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
}
