package be.numedu.browser;

import java.util.LinkedHashMap;
import java.util.Map;

import be.numedu.accounts.domain.NumeduUser;
import be.numedu.directory.OperatorCard;
import be.numedu.directory.domain.Cards;
import be.numedu.testsupport.Personas;
import be.numedu.testsupport.Personas.Persona;

/**
 * The cards a browser test changes, as they were before it: put back after the test (even a failed one), so that
 * the browser tests, which share one database, stay independent of their order.
 */
final class KeptCards {

	private final Cards cards;

	private final Personas personas;

	private final Map<String, OperatorCard> originals = new LinkedHashMap<>();

	KeptCards(Cards cards, Personas personas) {
		this.cards = cards;
		this.personas = personas;
	}

	/** Remembers the card as it is now, and returns it. */
	OperatorCard keep(String slug) {
		return originals.computeIfAbsent(slug, s -> current(s));
	}

	OperatorCard current(String slug) {
		return cards.find(slug).orElseThrow();
	}

	/** Puts every kept card back as it was (recorded in its history as a change by the SGNE administrator). */
	void restore() {
		var admin = ((NumeduUser) personas.user(Persona.ADMIN)).view();
		originals.forEach((slug, original) -> {
			OperatorCard now = current(slug);
			if (!Cards.changedFields(now, original).isEmpty()) {
				cards.update(slug, now.version(), original, admin);
			}
		});
		originals.clear();
	}
}
