package be.numedu.resources.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.accounts.Role;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.evaluation.EvaluationRefusal.Kind;
import be.numedu.resources.evaluation.EvaluationRefusal.Problem;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community evaluation grid (Stratégie numérique, AP 4.2): the criteria the SGNE configures, the evaluations
 * people make of published resources, the summary that shows each resource's strengths and weaknesses, and the
 * ranking the catalogue sorts on.
 *
 * <h2>The grid</h2>
 * Criteria are scored from 1 to their scale (2 to 10), or marked "not applicable". SGNE administrators edit their
 * label, description, weight (0 to 10; 0 shows the criterion without counting it in the ranking), position and
 * whether they are active, and add new ones (a code, unique, that never changes). A criterion is never deleted:
 * deactivated, it is no longer asked or shown and keeps its scores. <b>A criterion's scale cannot change once it has
 * a score</b>: figures read a score against its scale, so a 4 out of 4 would silently become a 4 out of 5 (and a
 * smaller scale would leave scores above it). To score differently, add a new criterion and deactivate the old one.
 * At least one criterion stays active, and at least one active criterion has a weight. A change of weights or of
 * active criteria ranks every evaluated resource again.
 *
 * <h2>Evaluations</h2>
 * Anyone signed in evaluates a published resource, except its owner. One evaluation per person and resource: saving
 * again replaces theirs. Every active criterion is answered (a score within its scale, or "not applicable"); a
 * comment per criterion holds at most {@value #MAX_COMMENT} characters and the overall comment
 * {@value #MAX_OVERALL_COMMENT} (the column's size), without control characters (line breaks and tabs allowed) nor
 * bidirectional overrides. An evaluation is an expert's when its reviewer is a designated expert when saving it;
 * designating or revoking later does not reclassify past evaluations (they record what the reviewer was then).
 * Saving locks the grid's rows in shared mode, then the resource's row (always in that order, as the grid's changes
 * do, so that neither waits for the other in a cycle): two tabs of one person cannot create two evaluations, a scale
 * cannot change while an evaluation is checked against it, and the ranking computed last counts every evaluation.
 * A page that showed another version of the person's evaluation (or none, when one exists now) is refused as stale.
 *
 * <h2>The summary: strengths and weaknesses</h2>
 * For each active criterion, the community's and the experts' evaluations are counted apart: how many scored it,
 * how many said it does not apply, the average, the spread (standard deviation of the scores given) and how many
 * gave each score. For each group, a criterion is read with these rules, in order:
 * <ol>
 * <li>fewer than {@value Aggregation#MIN_SCORES} scores: "pas assez d'évaluations", nothing is said;</li>
 * <li>a spread over a third of the scale's range (1 point on a scale of 4): "avis partagés";</li>
 * <li>an average in the top third of the scale (at least 3 on a scale of 4, 7 on 10): a <b>strength</b>;</li>
 * <li>an average in the bottom third (at most 2 on a scale of 4, 4 on 10): a <b>weakness</b>;</li>
 * <li>otherwise neither.</li>
 * </ol>
 * The experts' strengths and weaknesses are shown apart from the community's, never blended with them.
 *
 * <h2>Ranking</h2>
 * See {@link Ranking}: the weighted mean of the criteria's averages placed between 0 and 1, experts counting twice,
 * shrunk towards 0.5 as if 3 average evaluations had been made. It is computed again after every evaluation and
 * stored with the number of evaluations through {@link Catalogue#rank}.
 *
 * <h2>Experts</h2>
 * SGNE administrators designate experts among open accounts and revoke them.
 */
@Service
public class EvaluationGrid {

	public static final int MAX_COMMENT = 2000;

	public static final int MAX_OVERALL_COMMENT = 4000;

	static final int MAX_LABEL = 200;

	static final int MAX_DESCRIPTION = 1000;

	static final int MIN_SCALE = 2;

	static final int MAX_SCALE = 10;

	static final int MAX_WEIGHT = 10;

	static final int MAX_POSITION = 999;

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	/** Control characters (line breaks and tabs allowed in texts) and the bidirectional overrides that disguise text. */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069&&[^\\r\\n\\t]]");

	private static final Pattern CONTROL_IN_LINE = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");

	/**
	 * A criterion's settings as an administrator sets them; a {@code null} number is a missing value.
	 *
	 * @param position its place in the grid; when adding, {@code null} puts it last
	 */
	public record CriterionSettings(String label, String description, Integer scaleMax, Integer weight,
			Integer position, boolean active) {
	}

	/** A saved evaluation: its row version now, the resource's new ranking and number of evaluations. */
	public record Saved(long evaluationId, long version, double ranking, int evaluations) {
	}

	/**
	 * A person's own evaluation, to fill the form in again.
	 *
	 * @param scores by criterion id: a score, or {@code null} for "not applicable"
	 */
	public record OwnEvaluation(long id, long version, boolean expert, String comment, Map<Long, Integer> scores,
			Map<Long, String> comments, Instant createdAt, Instant updatedAt) {
	}

	/**
	 * A designated expert as the administrators' page lists them; names are {@code null} for closed accounts.
	 */
	public record ExpertView(long personId, String name, String email, Role role, Instant designatedAt,
			String designatedBy) {
	}

	private final CriterionRepository criteria;

	private final EvaluationRepository evaluations;

	private final EvaluationScoreRepository scores;

	private final ExpertRepository experts;

	private final Catalogue catalogue;

	private final People people;

	private final EntityManager entityManager;

	EvaluationGrid(CriterionRepository criteria, EvaluationRepository evaluations, EvaluationScoreRepository scores,
			ExpertRepository experts, Catalogue catalogue, People people, EntityManager entityManager) {
		this.criteria = criteria;
		this.evaluations = evaluations;
		this.scores = scores;
		this.experts = experts;
		this.catalogue = catalogue;
		this.people = people;
		this.entityManager = entityManager;
	}

	// ---------------------------------------------------------------------------------------------------- the grid

	/** The active criteria, in the grid's order. */
	@Transactional(readOnly = true)
	public List<Criterion> criteria() {
		return criteria.findActive();
	}

	/** Every criterion, active or not, in the grid's order (for the administrators' page). */
	@Transactional(readOnly = true)
	public List<Criterion> allCriteria() {
		return criteria.findAllInOrder();
	}

	/** How many scores (not "not applicable") each criterion received, by criterion id. */
	@Transactional(readOnly = true)
	public Map<Long, Long> scoredCounts() {
		Map<Long, Long> counts = new HashMap<>();
		for (Criterion criterion : criteria.findAll()) {
			counts.put(criterion.getId(), scores.countScored(criterion.getId()));
		}
		return counts;
	}

	/**
	 * A fingerprint of the whole grid as it stands: a page sends back the one it showed, so that a change made
	 * meanwhile by another administrator is not overwritten unknowingly.
	 */
	@Transactional(readOnly = true)
	public String fingerprint() {
		return fingerprint(criteria.findAll());
	}

	/**
	 * Changes criteria's settings, all or nothing.
	 *
	 * @param expectedFingerprint the grid's fingerprint when the page was shown
	 * @param changes new settings by criterion id
	 */
	@Transactional
	public void update(PersonView by, String expectedFingerprint, Map<Long, CriterionSettings> changes) {
		requireAdmin(by);
		List<Criterion> all = criteria.lockAll();
		if (!fingerprint(all).equals(expectedFingerprint)) {
			throw EvaluationRefusal.of(Kind.STALE, "evaluations.grid.error.stale");
		}
		Map<Long, Criterion> byId = all.stream().collect(Collectors.toMap(Criterion::getId, Function.identity()));
		List<Problem> problems = new ArrayList<>();
		Map<Long, CriterionSettings> future = new HashMap<>();
		all.forEach(c -> future.put(c.getId(), c.settings()));
		for (Map.Entry<Long, CriterionSettings> change : changes.entrySet()) {
			Criterion criterion = change.getKey() == null ? null : byId.get(change.getKey());
			if (criterion == null) {
				problems.add(new Problem(null, null, "evaluations.grid.error.unknown"));
				continue;
			}
			CriterionSettings settings = change.getValue();
			List<Problem> found = check(criterion.getId(), settings, false);
			problems.addAll(found);
			if (found.isEmpty() && settings.scaleMax() != criterion.getScaleMax()) {
				long scored = scores.countScored(criterion.getId());
				if (scored > 0) {
					problems.add(new Problem(criterion.getId(), "scaleMax", "evaluations.grid.error.scaleLocked",
							criterion.getLabel(), scored, criterion.getScaleMax()));
				}
			}
			if (found.isEmpty()) {
				future.put(criterion.getId(), settings);
			}
		}
		if (problems.isEmpty()) {
			problems.addAll(checkWhole(future.values()));
		}
		if (!problems.isEmpty()) {
			throw new EvaluationRefusal(Kind.INVALID, problems);
		}
		boolean rankingChanges = false;
		for (Map.Entry<Long, CriterionSettings> change : changes.entrySet()) {
			Criterion criterion = byId.get(change.getKey());
			CriterionSettings before = criterion.settings();
			CriterionSettings after = normalised(change.getValue());
			rankingChanges |= !Objects.equals(before.weight(), after.weight()) || before.active() != after.active();
			criterion.apply(after);
		}
		entityManager.flush();
		if (rankingChanges) {
			// Weights and active criteria enter every ranking.
			for (long resourceId : evaluations.evaluatedResources()) {
				rerank(resourceId);
			}
		}
	}

	/**
	 * Adds a criterion to the grid.
	 *
	 * @param code its code: capital letters, digits and underscores, unique, never changed
	 */
	@Transactional
	public Criterion add(PersonView by, String code, CriterionSettings settings) {
		requireAdmin(by);
		List<Criterion> all = criteria.lockAll();
		List<Problem> problems = new ArrayList<>();
		String cleanCode = code == null ? "" : code.strip();
		if (cleanCode.isEmpty()) {
			problems.add(new Problem(null, "code", "evaluations.grid.error.required"));
		}
		else if (!CODE.matcher(cleanCode).matches()) {
			problems.add(new Problem(null, "code", "evaluations.grid.error.code"));
		}
		else if (criteria.findByCodeIgnoreCase(cleanCode).isPresent()) {
			problems.add(new Problem(null, "code", "evaluations.grid.error.codeTaken", cleanCode));
		}
		problems.addAll(check(null, settings, true));
		if (problems.isEmpty()) {
			List<CriterionSettings> future = new ArrayList<>(all.stream().map(Criterion::settings).toList());
			future.add(normalised(settings));
			problems.addAll(checkWhole(future));
		}
		if (!problems.isEmpty()) {
			throw new EvaluationRefusal(Kind.INVALID, problems);
		}
		CriterionSettings clean = normalised(settings);
		if (clean.position() == null) {
			int last = all.stream().mapToInt(Criterion::getPosition).max().orElse(0);
			clean = new CriterionSettings(clean.label(), clean.description(), clean.scaleMax(), clean.weight(),
					Math.min(last + 1, MAX_POSITION), clean.active());
		}
		Criterion criterion = criteria.save(new Criterion(cleanCode, clean));
		entityManager.flush();
		// A criterion nobody scored yet leaves every ranking as it was.
		return criterion;
	}

	private static List<Problem> check(Long criterionId, CriterionSettings settings, boolean adding) {
		List<Problem> problems = new ArrayList<>();
		if (settings == null) {
			problems.add(new Problem(criterionId, null, "evaluations.grid.error.unknown"));
			return problems;
		}
		String label = settings.label() == null ? "" : settings.label().strip();
		if (label.isEmpty()) {
			problems.add(new Problem(criterionId, "label", "evaluations.grid.error.required"));
		}
		else if (label.length() > MAX_LABEL) {
			problems.add(new Problem(criterionId, "label", "evaluations.grid.error.tooLong", MAX_LABEL));
		}
		else if (CONTROL_IN_LINE.matcher(label).find()) {
			problems.add(new Problem(criterionId, "label", "evaluations.grid.error.control"));
		}
		String description = clean(settings.description());
		if (description != null && description.length() > MAX_DESCRIPTION) {
			problems.add(new Problem(criterionId, "description", "evaluations.grid.error.tooLong", MAX_DESCRIPTION));
		}
		else if (description != null && CONTROL.matcher(description).find()) {
			problems.add(new Problem(criterionId, "description", "evaluations.grid.error.control"));
		}
		if (settings.scaleMax() == null) {
			problems.add(new Problem(criterionId, "scaleMax", "evaluations.grid.error.required"));
		}
		else if (settings.scaleMax() < MIN_SCALE || settings.scaleMax() > MAX_SCALE) {
			problems.add(new Problem(criterionId, "scaleMax", "evaluations.grid.error.scale", MIN_SCALE, MAX_SCALE));
		}
		if (settings.weight() == null) {
			problems.add(new Problem(criterionId, "weight", "evaluations.grid.error.required"));
		}
		else if (settings.weight() < 0 || settings.weight() > MAX_WEIGHT) {
			problems.add(new Problem(criterionId, "weight", "evaluations.grid.error.weight", MAX_WEIGHT));
		}
		if (settings.position() == null) {
			if (!adding) {
				problems.add(new Problem(criterionId, "position", "evaluations.grid.error.required"));
			}
		}
		else if (settings.position() < 1 || settings.position() > MAX_POSITION) {
			problems.add(new Problem(criterionId, "position", "evaluations.grid.error.position", MAX_POSITION));
		}
		return problems;
	}

	/** What the grid as a whole must keep: an active criterion, and an active criterion that counts. */
	private static List<Problem> checkWhole(Collection<CriterionSettings> grid) {
		if (grid.stream().noneMatch(CriterionSettings::active)) {
			return List.of(new Problem(null, null, "evaluations.grid.error.noneActive"));
		}
		if (grid.stream().noneMatch(s -> s.active() && s.weight() != null && s.weight() > 0)) {
			return List.of(new Problem(null, null, "evaluations.grid.error.noWeight"));
		}
		return List.of();
	}

	private static CriterionSettings normalised(CriterionSettings settings) {
		return new CriterionSettings(settings.label().strip(), clean(settings.description()), settings.scaleMax(),
				settings.weight(), settings.position(), settings.active());
	}

	private static String fingerprint(List<Criterion> all) {
		StringBuilder text = new StringBuilder();
		all.stream().sorted(Comparator.comparing(Criterion::getId)).forEach(c -> text.append(c.getId())
			.append('\u001f').append(c.getCode()).append('\u001f').append(c.getLabel()).append('\u001f')
			.append(c.getDescription()).append('\u001f').append(c.getScaleMax()).append('\u001f').append(c.getWeight())
			.append('\u001f').append(c.getPosition()).append('\u001f').append(c.isActive()).append('\u001e'));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	// ------------------------------------------------------------------------------------------------ evaluations

	/**
	 * Records the person's evaluation of the resource, or replaces theirs, whatever version they had seen.
	 *
	 * @param scores by criterion id: a score from 1 to the criterion's scale, or {@code null} for "not applicable";
	 * every active criterion must be there
	 * @param comments by criterion id, optional
	 */
	@Transactional
	public Saved evaluate(long resourceId, PersonView reviewer, Map<Long, Integer> scores, Map<Long, String> comments,
			String overallComment) {
		return save(resourceId, reviewer, scores, comments, overallComment, false, null);
	}

	/**
	 * Records the person's evaluation as their page had it: refused as stale when their evaluation changed since
	 * (saved from another tab), or was made meanwhile when the page showed none.
	 *
	 * @param expectedVersion the version of their evaluation the page showed, {@code null} when it showed none
	 */
	@Transactional
	public Saved evaluate(long resourceId, PersonView reviewer, Map<Long, Integer> scores, Map<Long, String> comments,
			String overallComment, Long expectedVersion) {
		return save(resourceId, reviewer, scores, comments, overallComment, true, expectedVersion);
	}

	private Saved save(long resourceId, PersonView reviewer, Map<Long, Integer> given, Map<Long, String> givenComments,
			String overallComment, boolean checkVersion, Long expectedVersion) {
		Objects.requireNonNull(reviewer, "reviewer");
		Map<Long, Integer> answers = given == null ? Map.of() : given;
		Map<Long, String> notes = givenComments == null ? Map.of() : givenComments;
		// The grid first, then the resource: the order the grid's changes take too.
		List<Criterion> active = criteria.lockActiveForReading();
		Object[] row = lockResource(resourceId)
			.orElseThrow(() -> EvaluationRefusal.of(Kind.NOT_FOUND, "evaluations.error.notFound"));
		if (((Number) row[1]).longValue() == reviewer.id()) {
			throw EvaluationRefusal.of(Kind.FORBIDDEN, "evaluations.error.own");
		}
		if (!ResourceStatus.PUBLISHED.name().equals(row[0])) {
			throw EvaluationRefusal.of(Kind.NOT_OPEN, "evaluations.error.notPublished");
		}
		Optional<Evaluation> existing = evaluations.findByResourceIdAndReviewerId(resourceId, reviewer.id());
		if (checkVersion) {
			if (expectedVersion == null && existing.isPresent()) {
				throw EvaluationRefusal.of(Kind.STALE, "evaluations.error.staleNew");
			}
			if (expectedVersion != null
					&& (existing.isEmpty() || existing.get().getVersion() != expectedVersion.longValue())) {
				throw EvaluationRefusal.of(Kind.STALE, "evaluations.error.stale");
			}
		}
		List<Problem> problems = new ArrayList<>();
		Set<Long> activeIds = active.stream().map(Criterion::getId).collect(Collectors.toSet());
		if (!activeIds.containsAll(answers.keySet()) || !activeIds.containsAll(notes.keySet())) {
			problems.add(new Problem(null, null, "evaluations.error.unknownCriterion"));
		}
		Map<Long, String> cleanNotes = new HashMap<>();
		for (Criterion criterion : active) {
			long id = criterion.getId();
			if (!answers.containsKey(id)) {
				problems.add(new Problem(id, "score", "evaluations.error.unanswered", criterion.getLabel()));
			}
			else {
				Integer score = answers.get(id);
				if (score != null && (score < 1 || score > criterion.getScaleMax())) {
					problems.add(new Problem(id, "score", "evaluations.error.outOfRange", criterion.getLabel(),
							criterion.getScaleMax()));
				}
			}
			String note = clean(notes.get(id));
			if (note != null && note.length() > MAX_COMMENT) {
				problems.add(new Problem(id, "comment", "evaluations.error.commentTooLong", criterion.getLabel(),
						MAX_COMMENT));
			}
			else if (note != null && CONTROL.matcher(note).find()) {
				problems.add(new Problem(id, "comment", "evaluations.error.control", criterion.getLabel()));
			}
			cleanNotes.put(id, note);
		}
		String overall = clean(overallComment);
		if (overall != null && overall.length() > MAX_OVERALL_COMMENT) {
			problems.add(new Problem(null, "comment", "evaluations.error.overallTooLong", MAX_OVERALL_COMMENT));
		}
		else if (overall != null && CONTROL.matcher(overall).find()) {
			problems.add(new Problem(null, "comment", "evaluations.error.overallControl"));
		}
		if (!problems.isEmpty()) {
			throw new EvaluationRefusal(Kind.INVALID, problems);
		}

		Instant now = Instant.now();
		boolean expert = experts.existsById(reviewer.id());
		Evaluation evaluation;
		if (existing.isPresent()) {
			evaluation = existing.get();
			evaluation.update(expert, overall, now);
		}
		else {
			evaluation = new Evaluation(resourceId, reviewer.id(), expert, overall, now);
			entityManager.persist(evaluation);
		}
		Map<Long, EvaluationScore> current = new HashMap<>();
		if (existing.isPresent()) {
			scores.findByEvaluation(evaluation.getId()).forEach(s -> current.put(s.getCriterionId(), s));
		}
		for (Criterion criterion : active) {
			EvaluationScore score = current.get(criterion.getId());
			if (score == null) {
				score = new EvaluationScore(evaluation.getId(), criterion.getId());
				entityManager.persist(score);
			}
			score.answer(answers.get(criterion.getId()), cleanNotes.get(criterion.getId()));
		}
		// Scores of criteria deactivated since are kept: they are the reviewer's, and come back if the criterion does.
		entityManager.flush();
		long evaluationId = evaluation.getId();
		long version = evaluation.getVersion();
		Ranked ranked = rerank(resourceId);
		return new Saved(evaluationId, version, ranked.ranking(), ranked.evaluations());
	}

	/** The person's evaluation of the resource, if they made one. */
	@Transactional(readOnly = true)
	public Optional<OwnEvaluation> evaluationOf(long resourceId, long reviewerId) {
		return evaluations.findByResourceIdAndReviewerId(resourceId, reviewerId).map(e -> {
			Map<Long, Integer> given = new HashMap<>();
			Map<Long, String> notes = new HashMap<>();
			for (EvaluationScore score : scores.findByEvaluation(e.getId())) {
				given.put(score.getCriterionId(), score.getScore());
				if (score.getComment() != null) {
					notes.put(score.getCriterionId(), score.getComment());
				}
			}
			return new OwnEvaluation(e.getId(), e.getVersion(), e.isExpert(), e.getComment(),
					Collections.unmodifiableMap(given), Collections.unmodifiableMap(notes), e.getCreatedAt(),
					e.getUpdatedAt());
		});
	}

	/** The resource's summary, for nobody in particular. */
	@Transactional(readOnly = true)
	public EvaluationSummary summary(long resourceId) {
		return summary(resourceId, null);
	}

	/** The resource's summary, with what the person looking may do. */
	@Transactional(readOnly = true)
	public EvaluationSummary summary(long resourceId, PersonView viewer) {
		Resource resource = catalogue.find(resourceId)
			.orElseThrow(() -> EvaluationRefusal.of(Kind.NOT_FOUND, "evaluations.error.notFound"));
		List<Criterion> active = criteria.findActive();
		List<Aggregation.Spec> specs = active.stream().map(EvaluationGrid::spec).toList();
		List<Evaluation> all = evaluations.findByResourceIdOrderByUpdatedAtDescIdDesc(resourceId);
		Map<Long, List<EvaluationScore>> answers = scores.findByResource(resourceId).stream()
			.collect(Collectors.groupingBy(EvaluationScore::getEvaluationId));
		List<Aggregation.Sheet> sheets = all.stream().map(e -> sheet(e, answers)).toList();
		List<EvaluationSummary.CriterionSummary> figures = Aggregation.criteria(specs, sheets);

		Map<Long, Criterion> byId = new LinkedHashMap<>();
		active.forEach(c -> byId.put(c.getId(), c));
		List<EvaluationSummary.Review> reviews = new ArrayList<>();
		for (Evaluation evaluation : all.stream().limit(EvaluationSummary.MAX_REVIEWS).toList()) {
			Map<Long, EvaluationScore> mine = answers.getOrDefault(evaluation.getId(), List.of()).stream()
				.collect(Collectors.toMap(EvaluationScore::getCriterionId, Function.identity()));
			List<EvaluationSummary.Answer> lines = new ArrayList<>();
			for (Criterion criterion : byId.values()) {
				EvaluationScore score = mine.get(criterion.getId());
				if (score != null) {
					lines.add(new EvaluationSummary.Answer(criterion.getId(), criterion.getLabel(), score.getScore(),
							criterion.getScaleMax(), score.getComment()));
				}
			}
			Optional<PersonView> reviewer = people.find(evaluation.getReviewerId());
			reviews.add(new EvaluationSummary.Review(evaluation.getId(),
					reviewer.map(PersonView::displayName).orElse(null), reviewer.map(PersonView::role).orElse(null),
					evaluation.isExpert(), evaluation.getCreatedAt(), evaluation.getUpdatedAt(),
					evaluation.getComment(), lines));
		}
		int expertCount = (int) all.stream().filter(Evaluation::isExpert).count();
		EvaluationSummary.Viewer seen = viewer == null ? EvaluationSummary.Viewer.VISITOR
				: new EvaluationSummary.Viewer(true, viewer.id() == resource.getOwnerId(),
						all.stream().anyMatch(e -> e.getReviewerId() == viewer.id()));
		return new EvaluationSummary(resourceId, resource.getStatus() == ResourceStatus.PUBLISHED, all.size(),
				all.size() - expertCount, expertCount, figures, Aggregation.findings(figures, false),
				Aggregation.findings(figures, true), reviews, seen);
	}

	private record Ranked(double ranking, int evaluations) {
	}

	/**
	 * Computes the resource's ranking from the database and stores it. Changes must be flushed first: the catalogue
	 * clears the persistence context when it stores the ranking.
	 */
	private Ranked rerank(long resourceId) {
		List<Aggregation.Spec> specs = criteria.findActive().stream().map(EvaluationGrid::spec).toList();
		List<Evaluation> all = evaluations.findByResourceIdOrderByUpdatedAtDescIdDesc(resourceId);
		Map<Long, List<EvaluationScore>> answers = scores.findByResource(resourceId).stream()
			.collect(Collectors.groupingBy(EvaluationScore::getEvaluationId));
		double ranking = Ranking.of(specs, all.stream().map(e -> sheet(e, answers)).toList());
		catalogue.rank(resourceId, ranking, all.size());
		return new Ranked(ranking, all.size());
	}

	private static Aggregation.Spec spec(Criterion c) {
		return new Aggregation.Spec(c.getId(), c.getCode(), c.getLabel(), c.getDescription(), c.getScaleMax(),
				c.getWeight());
	}

	private static Aggregation.Sheet sheet(Evaluation evaluation, Map<Long, List<EvaluationScore>> answers) {
		Map<Long, Integer> given = new HashMap<>();
		answers.getOrDefault(evaluation.getId(), List.of()).forEach(s -> given.put(s.getCriterionId(), s.getScore()));
		return new Aggregation.Sheet(evaluation.isExpert(), given);
	}

	/** The resource's status and owner, its row locked until the transaction ends. */
	private Optional<Object[]> lockResource(long resourceId) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = entityManager
			.createNativeQuery("select status, owner_id from resource where id = ?1 for update")
			.setParameter(1, resourceId)
			.getResultList();
		return rows.stream().findFirst();
	}

	// ---------------------------------------------------------------------------------------------------- experts

	/** Designates an open account as an expert. */
	@Transactional
	public void designate(long personId, PersonView by) {
		requireAdmin(by);
		PersonView person = people.find(personId)
			.orElseThrow(() -> EvaluationRefusal.of(Kind.INVALID, "evaluations.experts.error.unknown"));
		if (experts.existsById(personId)) {
			throw EvaluationRefusal.of(Kind.INVALID, "evaluations.experts.error.already", person.displayName());
		}
		entityManager.persist(new Expert(personId, by.id(), Instant.now()));
		entityManager.flush();
	}

	/** Ends a designation; the person's past evaluations keep the standing they had when made. */
	@Transactional
	public void revoke(long personId, PersonView by) {
		requireAdmin(by);
		Expert expert = experts.findById(personId)
			.orElseThrow(() -> EvaluationRefusal.of(Kind.INVALID, "evaluations.experts.error.notExpert"));
		experts.delete(expert);
		entityManager.flush();
	}

	/** The designated experts, in the order they were designated. */
	@Transactional(readOnly = true)
	public List<ExpertView> experts() {
		return experts.findAllByOrderByDesignatedAtAsc().stream().map(e -> {
			Optional<PersonView> person = people.find(e.getPersonId());
			return new ExpertView(e.getPersonId(), person.map(PersonView::displayName).orElse(null),
					person.map(PersonView::email).orElse(null), person.map(PersonView::role).orElse(null),
					e.getDesignatedAt(), people.find(e.getDesignatedBy()).map(PersonView::displayName).orElse(null));
		}).toList();
	}

	@Transactional(readOnly = true)
	public boolean isExpert(long personId) {
		return experts.existsById(personId);
	}

	// ------------------------------------------------------------------------------------------------------ rules

	private static void requireAdmin(PersonView by) {
		if (by == null || !by.isAdmin()) {
			throw EvaluationRefusal.of(Kind.FORBIDDEN, "evaluations.error.adminOnly");
		}
	}

	/** A text as stored: without surrounding blanks, with one kind of line break; {@code null} when empty. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.replace("\r\n", "\n").strip();
		return stripped.isEmpty() ? null : stripped;
	}
}
