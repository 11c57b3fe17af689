package be.numedu.directory.web;

import java.util.List;
import java.util.Optional;

import be.numedu.accounts.Attachments;
import be.numedu.directory.OperatorCard;
import be.numedu.directory.domain.Cards;
import org.springframework.stereotype.Component;

/** Names operators for the accounts module, which attaches operator staff and administrators to them. */
@Component
class OperatorsForAccounts implements Attachments.Operators {

	private final Cards cards;

	OperatorsForAccounts(Cards cards) {
		this.cards = cards;
	}

	@Override
	public Optional<String> describe(String slug) {
		return cards.find(slug).filter(card -> !card.retired()).map(OperatorCard::name);
	}

	@Override
	public List<Attachments.Choice> choices() {
		return cards.all(false).stream().map(card -> new Attachments.Choice(card.slug(), card.name())).toList();
	}
}
