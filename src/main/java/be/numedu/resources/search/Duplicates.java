package be.numedu.resources.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceFile;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.catalogue.Workflow;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Probable duplicates of a resource, shown to its author while they prepare and submit it and to the moderators who
 * examine it: another resource with the same link (scheme, "www." and final slash aside), the same file (by its
 * SHA-256), or a title sharing at least four words in five with it. Refused resources do not count; withdrawn ones
 * do for the moderators (they may come back). The author sees only published resources and their own.
 */
@Service
public class Duplicates {

	/** Why a resource looks like a duplicate. */
	public enum Reason {
		SAME_LINK, SAME_FILE, SIMILAR_TITLE
	}

	/** A probable duplicate. */
	public record Duplicate(long id, String title, ResourceStatus status, Reason reason) {
	}

	private static final int LIMIT = 5;

	private final EntityManager entityManager;

	private final Catalogue catalogue;

	Duplicates(EntityManager entityManager, Catalogue catalogue) {
		this.entityManager = entityManager;
		this.catalogue = catalogue;
	}

	/**
	 * The probable duplicates of the resource that the person may see: every resource but the refused for a
	 * moderator; only published resources and their own for anyone else, so that no one learns of another person's
	 * draft, submission or withdrawn resource this way.
	 */
	@Transactional(readOnly = true)
	public List<Duplicate> of(long id, PersonView viewer) {
		Resource resource = entityManager.find(Resource.class, id);
		if (resource == null) {
			return List.of();
		}
		Long author = Workflow.isModerator(viewer) ? null : viewer.id();
		Map<Long, Duplicate> found = new LinkedHashMap<>();
		var session = Search.session(entityManager);
		String key = resource.getUrlKey();
		if (key != null) {
			session.search(Resource.class)
				.where(f -> f.bool().must(among(f, id, author)).must(f.match().field("urlKey").matching(key)))
				.fetchHits(LIMIT)
				.forEach(other -> found.putIfAbsent(other.getId(), duplicate(other, Reason.SAME_LINK)));
		}
		List<String> hashes = catalogue.currentFiles(id).stream().map(ResourceFile::getSha256).toList();
		List<Long> holders = catalogue.resourcesHoldingFiles(hashes, id);
		if (!holders.isEmpty()) {
			// one query, with the same rule and the same limit, however many resources hold a common file
			session.search(Resource.class)
				.where(f -> f.bool().must(among(f, id, author)).must(f.id().matchingAny(holders)))
				.fetchHits(LIMIT)
				.forEach(other -> found.putIfAbsent(other.getId(), duplicate(other, Reason.SAME_FILE)));
		}
		String words = ResourceSearch.words(resource.getTitle());
		if (!words.isBlank()) {
			session.search(Resource.class)
				.where(f -> f.bool().must(among(f, id, author))
					.must(f.match().field("title_words").matching(words).minimumShouldMatchPercent(80)))
				.fetchHits(LIMIT)
				.stream()
				.filter(other -> sharedShare(resource.getTitle(), other.getTitle()) >= 0.8)
				.forEach(other -> found.putIfAbsent(other.getId(), duplicate(other, Reason.SIMILAR_TITLE)));
		}
		return new ArrayList<>(found.values()).subList(0, Math.min(LIMIT, found.size()));
	}

	/** The other resources, refused ones left out, and for a person not moderating only the published and their own. */
	private static PredicateFinalStep among(SearchPredicateFactory f, long id, Long author) {
		var others = f.bool().mustNot(f.id().matching(id))
			.mustNot(f.match().field("status").matching(ResourceStatus.REFUSED.name(), ValueModel.INDEX));
		if (author != null) {
			others.must(f.or(f.match().field("status").matching(ResourceStatus.PUBLISHED.name(), ValueModel.INDEX),
					f.match().field("ownerId").matching(author)));
		}
		return others;
	}

	/** The share of the longer title's words found in the other, both folded as the index folds them. */
	static double sharedShare(String a, String b) {
		List<String> left = List.of(Spelling.fold(ResourceSearch.words(a)).split("\\W+"));
		List<String> right = List.of(Spelling.fold(ResourceSearch.words(b)).split("\\W+"));
		List<String> longer = left.size() >= right.size() ? left : right;
		List<String> shorter = longer == left ? right : left;
		long shared = longer.stream().filter(shorter::contains).count();
		return longer.isEmpty() ? 0 : (double) shared / longer.size();
	}

	private static Duplicate duplicate(Resource other, Reason reason) {
		return new Duplicate(other.getId(), other.getTitle(), other.getStatus(), reason);
	}
}
