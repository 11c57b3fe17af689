package be.numedu.resources.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import be.numedu.shared.search.FrenchAnalysis;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * An educational resource: its current content (what {@link ResourceContent} holds), where it stands in the
 * workflow, and what the platform measures of it (its links, its evaluations). Past contents are kept as versions.
 * The Lucene index holds every resource, with its status, so that the catalogue filters on "published" and the
 * moderators' searches see the rest.
 */
@Entity
@Table(name = "resource")
@Indexed(index = "resource")
public class Resource {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private ResourceStatus status;

	@GenericField
	private long ownerId;

	@FullTextField(analyzer = FrenchAnalysis.FRENCH, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	@FullTextField(name = "title_words", analyzer = FrenchAnalysis.NAME)
	@KeywordField(name = "title_sort", normalizer = FrenchAnalysis.SORT, sortable = Sortable.YES)
	private String title;

	@FullTextField(analyzer = FrenchAnalysis.FRENCH, projectable = Projectable.YES, highlightable = Highlightable.ANY)
	private String summary;

	@FullTextField(analyzer = FrenchAnalysis.FRENCH)
	private String description;

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES)
	private ResourceType type;

	@Convert(converter = CodeSets.Years.class)
	@KeywordField(aggregable = Aggregable.YES)
	private SortedSet<SchoolYear> years = new TreeSet<>();

	@Convert(converter = CodeSets.Disciplines.class)
	@KeywordField(aggregable = Aggregable.YES)
	private SortedSet<Discipline> disciplines = new TreeSet<>();

	@KeywordField(aggregable = Aggregable.YES)
	private String language;

	@Convert(converter = CodeSets.Lines.class)
	@FullTextField(analyzer = FrenchAnalysis.NAME)
	private List<String> authors = List.of();

	@FullTextField(analyzer = FrenchAnalysis.NAME)
	private String publisher;

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES)
	private Licence licence;

	private String url;

	private Integer durationMinutes;

	@Convert(converter = CodeSets.Audiences.class)
	@KeywordField(aggregable = Aggregable.YES)
	private SortedSet<Audience> audiences = new TreeSet<>();

	@Convert(converter = CodeSets.Features.class)
	@Column(name = "accessibility_features")
	@KeywordField(aggregable = Aggregable.YES)
	private SortedSet<AccessibilityFeature> accessibilityFeatures = new TreeSet<>();

	@Convert(converter = CodeSets.AccessModes.class)
	private SortedSet<AccessMode> accessModes = new TreeSet<>();

	@Convert(converter = CodeSets.Hazards.class)
	private SortedSet<AccessibilityHazard> accessibilityHazards = new TreeSet<>();

	private String accessibilitySummary;

	@Convert(converter = CodeSets.Accommodations.class)
	@KeywordField(aggregable = Aggregable.YES)
	private SortedSet<Accommodation> accommodations = new TreeSet<>();

	private String accommodationsNote;

	@Convert(converter = CodeSets.Keys.class)
	@KeywordField(aggregable = Aggregable.YES)
	private SortedSet<String> competences = new TreeSet<>();

	@Convert(converter = CodeSets.Lines.class)
	@FullTextField(analyzer = FrenchAnalysis.FRENCH)
	@FullTextField(name = "keywords_words", analyzer = FrenchAnalysis.NAME)
	private List<String> keywords = List.of();

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES)
	private Provenance provenance;

	private int contentVersion;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant submittedAt;

	@GenericField(sortable = Sortable.YES)
	private Instant publishedAt;

	private Instant withdrawnAt;

	@Enumerated(EnumType.STRING)
	private LinkStatus linkStatus = LinkStatus.UNCHECKED;

	private Instant linkCheckedAt;

	private String linkFailure;

	private int linkFailures;

	@GenericField(sortable = Sortable.YES)
	private double ranking;

	private int evaluationCount;

	@Version
	private long version;

	protected Resource() {
	}

	/** A new draft of the given person, with its first content. */
	public Resource(long ownerId, ResourceContent content, Instant now) {
		this.ownerId = ownerId;
		this.status = ResourceStatus.DRAFT;
		this.createdAt = now;
		this.contentVersion = 1;
		apply(content, now);
	}

	/** Replaces the content (a new version is recorded by the caller). */
	public void apply(ResourceContent content, Instant now) {
		this.title = content.title();
		this.summary = content.summary();
		this.description = content.description();
		this.type = content.type();
		this.years = new TreeSet<>(content.years());
		this.disciplines = new TreeSet<>(content.disciplines());
		this.language = content.language();
		this.authors = content.authors();
		this.publisher = content.publisher();
		this.licence = content.licence();
		if (!java.util.Objects.equals(this.url, content.url())) {
			this.linkStatus = LinkStatus.UNCHECKED;
			this.linkFailure = null;
			this.linkFailures = 0;
		}
		this.url = content.url();
		this.durationMinutes = content.durationMinutes();
		this.audiences = new TreeSet<>(content.audiences());
		this.accessibilityFeatures = new TreeSet<>(content.accessibilityFeatures());
		this.accessModes = new TreeSet<>(content.accessModes());
		this.accessibilityHazards = new TreeSet<>(content.accessibilityHazards());
		this.accessibilitySummary = content.accessibilitySummary();
		this.accommodations = new TreeSet<>(content.accommodations());
		this.accommodationsNote = content.accommodationsNote();
		this.competences = new TreeSet<>(content.competences());
		this.keywords = content.keywords();
		this.provenance = content.provenance();
		this.updatedAt = now;
	}

	/** The current content, with the given files. */
	public ResourceContent content(List<ResourceContent.FileRef> files) {
		return new ResourceContent(title, summary, description, type, years, disciplines, language, authors, publisher,
				licence, url, durationMinutes, audiences, accessibilityFeatures, accessModes, accessibilityHazards,
				accessibilitySummary, accommodations, accommodationsNote, competences, keywords, provenance, files);
	}

	void moveTo(ResourceStatus next, Instant now) {
		if (next == ResourceStatus.SUBMITTED) {
			submittedAt = now;
		}
		if (next == ResourceStatus.PUBLISHED && publishedAt == null) {
			publishedAt = now;
		}
		if (next == ResourceStatus.WITHDRAWN) {
			withdrawnAt = now;
		}
		if (status == ResourceStatus.WITHDRAWN && next == ResourceStatus.PUBLISHED) {
			withdrawnAt = null;
		}
		this.status = next;
		// A change of status changes what harvesters see (published, or deleted).
		this.updatedAt = now;
	}

	void newContentVersion() {
		contentVersion++;
	}

	void recordLinkCheck(LinkStatus result, LinkFailure failure, Instant now) {
		this.linkCheckedAt = now;
		this.linkStatus = result;
		this.linkFailure = failure == null ? null : failure.code();
		this.linkFailures = result == LinkStatus.OK ? 0 : linkFailures + 1;
	}

	/** The stages of its years, for the "level" facet. */
	@KeywordField(aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "years")))
	public SortedSet<Stage> getStages() {
		SortedSet<Stage> stages = new TreeSet<>();
		years.forEach(y -> stages.add(y.stage()));
		return stages;
	}

	/** The learning domains of its disciplines. */
	@KeywordField(aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "disciplines")))
	public SortedSet<LearningDomain> getDomains() {
		SortedSet<LearningDomain> domains = new TreeSet<>();
		disciplines.forEach(d -> domains.add(d.domain()));
		return domains;
	}

	/** Whether it is an open educational resource (REL), by its licence. */
	@GenericField(name = "open")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "licence")))
	public boolean isOpen() {
		return licence != null && licence.open();
	}

	/** The link reduced to what identifies it (no scheme, no "www.", no final slash), to spot the same link twice. */
	@KeywordField(name = "urlKey")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "url")))
	public String getUrlKey() {
		return urlKey(url);
	}

	/** The key of a link, as {@link #getUrlKey()} computes it; {@code null} for none. */
	public static String urlKey(String link) {
		if (link == null || link.isBlank()) {
			return null;
		}
		String key = link.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^[a-z]+://", "")
			.replaceFirst("^www\\.", "").replaceFirst("#.*$", "");
		return key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
	}

	/**
	 * The words spelling suggestions are drawn from: titles and keywords of published resources only, so that no word
	 * of a draft is ever suggested to anyone.
	 */
	@FullTextField(name = "spell", analyzer = FrenchAnalysis.NAME)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "status")),
			@ObjectPath(@PropertyValue(propertyName = "title")), @ObjectPath(@PropertyValue(propertyName = "keywords")) })
	public String getSpellingWords() {
		if (status != ResourceStatus.PUBLISHED) {
			return null;
		}
		return keywords.isEmpty() ? title : title + " " + String.join(" ", keywords);
	}

	public Long getId() {
		return id;
	}

	public ResourceStatus getStatus() {
		return status;
	}

	public long getOwnerId() {
		return ownerId;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public String getDescription() {
		return description;
	}

	public ResourceType getType() {
		return type;
	}

	public SortedSet<SchoolYear> getYears() {
		return years;
	}

	public SortedSet<Discipline> getDisciplines() {
		return disciplines;
	}

	public String getLanguage() {
		return language;
	}

	public List<String> getAuthors() {
		return authors;
	}

	public String getPublisher() {
		return publisher;
	}

	public Licence getLicence() {
		return licence;
	}

	public String getUrl() {
		return url;
	}

	public Integer getDurationMinutes() {
		return durationMinutes;
	}

	public SortedSet<Audience> getAudiences() {
		return audiences;
	}

	public SortedSet<AccessibilityFeature> getAccessibilityFeatures() {
		return accessibilityFeatures;
	}

	public SortedSet<AccessMode> getAccessModes() {
		return accessModes;
	}

	public SortedSet<AccessibilityHazard> getAccessibilityHazards() {
		return accessibilityHazards;
	}

	public String getAccessibilitySummary() {
		return accessibilitySummary;
	}

	public SortedSet<Accommodation> getAccommodations() {
		return accommodations;
	}

	public String getAccommodationsNote() {
		return accommodationsNote;
	}

	public SortedSet<String> getCompetences() {
		return competences;
	}

	public List<String> getKeywords() {
		return keywords;
	}

	public Provenance getProvenance() {
		return provenance;
	}

	public int getContentVersion() {
		return contentVersion;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public LinkStatus getLinkStatus() {
		return linkStatus;
	}

	public Instant getLinkCheckedAt() {
		return linkCheckedAt;
	}

	/** Why the link failed its last check; {@code null} if it answered or was not checked. */
	public LinkFailure getLinkFailure() {
		return LinkFailure.read(linkFailure);
	}

	public int getLinkFailures() {
		return linkFailures;
	}

	public double getRanking() {
		return ranking;
	}

	public int getEvaluationCount() {
		return evaluationCount;
	}

	public long getVersion() {
		return version;
	}
}
