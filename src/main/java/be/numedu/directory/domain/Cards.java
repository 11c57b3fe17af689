package be.numedu.directory.domain;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import be.numedu.accounts.PersonView;
import be.numedu.directory.OperatorCard;
import jakarta.persistence.OptimisticLockException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads and edits the cards. SGNE administrators create, edit, retire and bring back any card; the staff of an
 * operator (its agents and CTP) edit their own operator's card. A save names the version it started from: if the
 * card changed since, the save is refused with the other person's changes, and nothing is overwritten. Every change
 * is recorded with who, when and which fields went from what to what.
 */
@Service
public class Cards {

	/** One field's change, for the history. */
	public record FieldChange(String field, String before, String after) {
	}

	/** One entry of a card's history. */
	public record HistoryEntry(Instant at, String by, String byName, String action, List<FieldChange> changes) {
	}

	/**
	 * Thrown when a save starts from an older version than the stored one.
	 *
	 * @param current the card as it is now
	 * @param lastChange who changed it last, and what
	 */
	public static final class StaleCard extends RuntimeException {

		private final transient OperatorCard current;

		private final transient HistoryEntry lastChange;

		StaleCard(OperatorCard current, HistoryEntry lastChange) {
			super("stale card " + current.slug());
			this.current = current;
			this.lastChange = lastChange;
		}

		public OperatorCard current() {
			return current;
		}

		public HistoryEntry lastChange() {
			return lastChange;
		}
	}

	/** Fields compared for the history, in the card's order. */
	private static final Map<String, Function<OperatorCard, Object>> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("name", OperatorCard::name);
		FIELDS.put("shortName", OperatorCard::shortName);
		FIELDS.put("category", OperatorCard::category);
		FIELDS.put("byAffiliation", OperatorCard::byAffiliation);
		FIELDS.put("missions", OperatorCard::missions);
		FIELDS.put("needs", OperatorCard::needs);
		FIELDS.put("interventionDetails", OperatorCard::interventionDetails);
		FIELDS.put("networks", OperatorCard::networks);
		FIELDS.put("zones", OperatorCard::zones);
		FIELDS.put("teachingTypes", OperatorCard::teachingTypes);
		FIELDS.put("coverageNote", OperatorCard::coverageNote);
		FIELDS.put("modes", OperatorCard::modes);
		FIELDS.put("interactionMode", OperatorCard::interactionMode);
		FIELDS.put("responseDelay", OperatorCard::responseDelay);
		FIELDS.put("contactNote", OperatorCard::contactNote);
		FIELDS.put("contactEmail", OperatorCard::contactEmail);
		FIELDS.put("contactPhone", OperatorCard::contactPhone);
		FIELDS.put("website", OperatorCard::website);
		FIELDS.put("toPrepare", OperatorCard::toPrepare);
		FIELDS.put("serviceLevel", card -> card.serviceLevel() == null ? null : card.serviceLevel().describe());
		FIELDS.put("responsibleName", OperatorCard::responsibleName);
		FIELDS.put("responsibleEmail", OperatorCard::responsibleEmail);
		FIELDS.put("sourceNote", OperatorCard::sourceNote);
	}

	static final Duration SNAPSHOT_LIFETIME = Duration.ofSeconds(30);

	/** Words of the directory's own addresses, which no card's slug may take ({@code /operateurs/nouveau}). */
	private static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("nouveau");

	private record Snapshot(List<OperatorCard> cards, long takenAt) {
	}

	private volatile Snapshot snapshot;

	/** Counts the changes, so that a snapshot read across a change is not kept. */
	private final AtomicLong generations = new AtomicLong();

	private final OperatorRepository operators;

	private final OperatorChangeRepository changes;

	private final ObjectMapper json;

	private final TransactionTemplate transactions;

	Cards(OperatorRepository operators, OperatorChangeRepository changes, ObjectMapper json,
			PlatformTransactionManager transactionManager) {
		this.operators = operators;
		this.changes = changes;
		this.json = json;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Every card, by name. Read from a snapshot of all cards, taken again after any change made here and at least
	 * every {@link #SNAPSHOT_LIFETIME} (so that a change made by another instance of numedu shows within that time):
	 * the directory's pages and the finder read the cards on every request, and there are a few dozen of them.
	 */
	public List<OperatorCard> all(boolean includeRetired) {
		return snapshot().stream().filter(c -> includeRetired || !c.retired()).toList();
	}

	public Optional<OperatorCard> find(String slug) {
		return snapshot().stream().filter(c -> c.slug().equals(slug)).findFirst();
	}

	private List<OperatorCard> snapshot() {
		Snapshot current = snapshot;
		if (current == null || System.nanoTime() - current.takenAt() > SNAPSHOT_LIFETIME.toNanos()) {
			long generation = generations.get();
			Snapshot read = transactions.execute(status -> new Snapshot(
					operators.findAllOrdered().stream().map(Operator::card).toList(), System.nanoTime()));
			// A change committed while this read ran may be missing from it: keep it only if none happened.
			if (generations.get() == generation) {
				snapshot = read;
			}
			current = read;
		}
		return current.cards();
	}

	/** Forgets the snapshot once the change is committed (or rolled back: then it is simply taken again). */
	private void forgetSnapshot() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					generations.incrementAndGet();
					snapshot = null;
				}
			});
		}
		generations.incrementAndGet();
		snapshot = null;
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(String slug) {
		return operators.findBySlug(slug)
			.map(operator -> changes.findByOperatorIdOrderByChangedAtDescIdDesc(operator.getId()).stream()
				.map(this::entry)
				.toList())
			.orElse(List.of());
	}

	/** Whether the person may edit the card: administrators any, operator staff their own. */
	public boolean mayEdit(PersonView person, String slug) {
		return person != null && person.actsFor(slug);
	}

	/** Creates a card (administrators only); its slug comes from its short name. */
	@Transactional
	public OperatorCard create(OperatorCard content, PersonView by) {
		requireAdmin(by);
		Operator operator = new Operator(uniqueSlug(content.shortName()));
		operator.apply(content);
		operators.saveAndFlush(operator);
		record(operator, by, OperatorChange.Action.CREATED, changedFields(null, operator.card()));
		forgetSnapshot();
		return operator.card();
	}

	/**
	 * Creates, from numedu's seed, the cards that do not exist yet, all in one transaction (a start cut short leaves
	 * none half-made), recorded as done by numedu itself.
	 *
	 * @return how many cards were created
	 */
	@Transactional
	public int seed(List<OperatorCard> seeds) {
		int created = 0;
		for (OperatorCard content : seeds) {
			if (operators.existsBySlug(content.slug())) {
				continue;
			}
			Operator operator = new Operator(content.slug());
			operator.apply(content);
			operators.saveAndFlush(operator);
			changes.save(new OperatorChange(operator.getId(), "numedu", "numedu", OperatorChange.Action.CREATED,
					write(List.of())));
			created++;
		}
		forgetSnapshot();
		return created;
	}

	/**
	 * Saves a card's new content, if the person may and if nobody changed it since {@code fromVersion}.
	 *
	 * @throws StaleCard if the card changed since that version
	 * @throws AccessDeniedException if the person may not edit it
	 */
	public OperatorCard update(String slug, long fromVersion, OperatorCard content, PersonView by) {
		if (!mayEdit(by, slug)) {
			throw new AccessDeniedException("not this operator's staff");
		}
		try {
			return transactions.execute(status -> {
				Operator operator = operators.findBySlug(slug).orElseThrow(() -> new CardNotFound(slug));
				if (operator.getVersion() != fromVersion) {
					forgetSnapshot();
					throw stale(operator);
				}
				OperatorCard before = operator.card();
				// Operator staff do not change what the card is: its category and how schools reach it.
				OperatorCard applied = by.isAdmin() ? content : withFixedIdentity(content, before);
				List<FieldChange> fields = changedFields(before, applied);
				if (fields.isEmpty()) {
					return before;
				}
				operator.apply(applied);
				operators.saveAndFlush(operator);
				record(operator, by, OperatorChange.Action.UPDATED, fields);
				forgetSnapshot();
				return operator.card();
			});
		}
		catch (ObjectOptimisticLockingFailureException | OptimisticLockException concurrent) {
			// Two saves from the same version at the same moment: the other one won, this one is refused like any stale save.
			throw transactions.execute(status -> stale(operators.findBySlug(slug).orElseThrow()));
		}
	}

	public OperatorCard retire(String slug, long fromVersion, PersonView by) {
		return changeState(slug, fromVersion, by, true);
	}

	public OperatorCard reactivate(String slug, long fromVersion, PersonView by) {
		return changeState(slug, fromVersion, by, false);
	}

	private OperatorCard changeState(String slug, long fromVersion, PersonView by, boolean retire) {
		requireAdmin(by);
		try {
			return transactions.execute(status -> applyState(slug, fromVersion, by, retire));
		}
		catch (ObjectOptimisticLockingFailureException | OptimisticLockException concurrent) {
			throw transactions.execute(status -> stale(operators.findBySlug(slug).orElseThrow()));
		}
	}

	private OperatorCard applyState(String slug, long fromVersion, PersonView by, boolean retire) {
		Operator operator = operators.findBySlug(slug).orElseThrow(() -> new CardNotFound(slug));
		if (operator.getVersion() != fromVersion) {
			throw stale(operator);
		}
		if (retire == operator.isRetired()) {
			return operator.card();
		}
		if (retire) {
			operator.retire();
		}
		else {
			operator.reactivate();
		}
		operators.saveAndFlush(operator);
		record(operator, by, retire ? OperatorChange.Action.RETIRED : OperatorChange.Action.REACTIVATED, List.of());
		forgetSnapshot();
		return operator.card();
	}

	/** Thrown for an unknown slug. */
	public static final class CardNotFound extends RuntimeException {

		CardNotFound(String slug) {
			super("no card " + slug);
		}
	}

	private StaleCard stale(Operator operator) {
		HistoryEntry last = changes.findFirstByOperatorIdOrderByChangedAtDescIdDesc(operator.getId()).map(this::entry)
			.orElse(null);
		return new StaleCard(operator.card(), last);
	}

	private static void requireAdmin(PersonView by) {
		if (by == null || !by.isAdmin()) {
			throw new AccessDeniedException("SGNE administrators only");
		}
	}

	private static OperatorCard withFixedIdentity(OperatorCard content, OperatorCard before) {
		return new OperatorCard(before.slug(), content.name(), content.shortName(), before.category(),
				before.byAffiliation(), content.missions(), content.interventionDetails(), content.coverageNote(),
				content.interactionMode(), content.responseDelay(), content.contactNote(), content.contactEmail(),
				content.contactPhone(), content.website(), content.responsibleName(), content.responsibleEmail(),
				content.sourceNote(), content.needs(), content.networks(), content.zones(), content.teachingTypes(),
				content.modes(), content.toPrepare(), content.serviceLevel(), before.updatedAt(), before.retired(), before.version());
	}

	private void record(Operator operator, PersonView by, OperatorChange.Action action, List<FieldChange> fields) {
		changes.save(new OperatorChange(operator.getId(), by.email(), by.displayName(), action, write(fields)));
	}

	/** The fields whose values differ between two versions of a card, in the card's order. */
	public static List<FieldChange> changedFields(OperatorCard before, OperatorCard after) {
		List<FieldChange> result = new ArrayList<>();
		FIELDS.forEach((field, getter) -> {
			String old = before == null ? null : text(getter.apply(before));
			String now = text(getter.apply(after));
			if (!Objects.equals(old, now)) {
				result.add(new FieldChange(field, old, now));
			}
		});
		return result;
	}

	/** A value as the history shows it: sets sorted, lists in order, "" and empty sets as nothing. */
	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> values) {
			if (values.isEmpty()) {
				return null;
			}
			List<String> items = values.stream().map(String::valueOf).toList();
			return String.join(value instanceof List ? " | " : ", ",
					value instanceof List ? items : items.stream().sorted().toList());
		}
		String text = String.valueOf(value);
		return text.isBlank() ? null : text;
	}

	private HistoryEntry entry(OperatorChange change) {
		return new HistoryEntry(change.getChangedAt(), change.getChangedBy(), change.getChangedByName(),
				change.getAction().name(), read(change.getSummary()));
	}

	private String write(List<FieldChange> fields) {
		return json.writeValueAsString(fields);
	}

	private List<FieldChange> read(String summary) {
		return json.readValue(summary, new TypeReference<List<FieldChange>>() {
		});
	}

	private String uniqueSlug(String shortName) {
		String base = Normalizer.normalize(shortName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (base.isEmpty() || RESERVED_SLUGS.contains(base)) {
			base = "operateur-" + base;
		}
		if (base.length() > 60) {
			base = base.substring(0, 60);
		}
		String slug = base;
		for (int i = 2; operators.existsBySlug(slug); i++) {
			slug = base + "-" + i;
		}
		return slug;
	}
}
