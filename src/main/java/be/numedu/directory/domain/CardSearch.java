package be.numedu.directory.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import be.numedu.directory.OperatorCard;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * French full-text search of the cards: names, missions, types of intervention and what to prepare, with elisions,
 * accents and plurals taken care of by the French analyser ("écoles" finds "école", "equipement" finds
 * "équipement").
 */
@Service
public class CardSearch {

	private static final Pattern SYNTAX = Pattern.compile("[+\\-|\"*()~\\\\]");

	private final EntityManager entityManager;

	CardSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public List<OperatorCard> search(String text, boolean includeRetired) {
		String words = text == null ? "" : SYNTAX.matcher(text.length() > 200 ? text.substring(0, 200) : text)
			.replaceAll(" ").strip();
		if (words.isEmpty()) {
			return List.of();
		}
		return Search.session(entityManager)
			.search(Operator.class)
			.where(f -> {
				var bool = f.bool().must(f.simpleQueryString()
					.field("name").boost(3f)
					.field("shortName").boost(4f)
					.field("missions")
					.field("interventionDetails")
					.field("toPrepare")
					.matching(words)
					.defaultOperator(BooleanOperator.AND)
					.flags(EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.WHITESPACE)));
				if (!includeRetired) {
					bool.filter(f.match().field("retired").matching(false));
				}
				return bool;
			})
			.sort(f -> f.score().then().field("name_sort"))
			.fetchHits(50)
			.stream()
			.map(Operator::card)
			.toList();
	}
}
