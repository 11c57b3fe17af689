package be.numedu.directory.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import be.numedu.directory.DelayUnit;
import be.numedu.directory.InterventionMode;
import be.numedu.directory.Need;
import be.numedu.directory.OperatorCard;
import be.numedu.directory.OperatorCategory;
import be.numedu.directory.ServiceLevel;
import be.numedu.shared.Network;
import be.numedu.shared.TeachingType;
import be.numedu.shared.Zone;
import be.numedu.shared.search.FrenchAnalysis;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * An operator's card. A field left {@code null} (or a set left empty) is unknown: pages say it is to be completed
 * rather than guess. The card is indexed for French full-text search over its names, missions and details.
 */
@Entity
@Table(name = "operator")
@Indexed(index = "operator")
public class Operator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 80)
	@KeywordField
	private String slug;

	@Column(nullable = false, length = 200)
	@FullTextField(analyzer = FrenchAnalysis.NAME)
	@KeywordField(name = "name_sort", normalizer = FrenchAnalysis.SORT, sortable = Sortable.YES)
	private String name;

	@Column(name = "short_name", nullable = false, length = 40)
	@FullTextField(analyzer = FrenchAnalysis.NAME)
	private String shortName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	@KeywordField
	private OperatorCategory category;

	/**
	 * Whether schools come to this operator through their organising body's affiliation (a federation of organising
	 * bodies, or WBE): a school belongs to one such operator only, which the register cannot always tell.
	 */
	@Column(name = "by_affiliation", nullable = false)
	private boolean byAffiliation;

	@Column(nullable = false, length = 4000)
	@FullTextField(analyzer = FrenchAnalysis.FRENCH)
	private String missions;

	@Column(name = "intervention_details", length = 4000)
	@FullTextField(analyzer = FrenchAnalysis.FRENCH)
	private String interventionDetails;

	@Column(name = "coverage_note", length = 1000)
	private String coverageNote;

	@Column(name = "interaction_mode", length = 1000)
	private String interactionMode;

	@Column(name = "response_delay", length = 300)
	private String responseDelay;

	@Column(name = "contact_note", length = 1000)
	private String contactNote;

	@Column(name = "contact_email", length = 254)
	private String contactEmail;

	@Column(name = "contact_phone", length = 40)
	private String contactPhone;

	@Column(length = 300)
	private String website;

	@Column(name = "responsible_name", length = 120)
	private String responsibleName;

	@Column(name = "responsible_email", length = 254)
	private String responsibleEmail;

	@Column(name = "source_note", length = 1000)
	private String sourceNote;

	@ElementCollection
	@CollectionTable(name = "operator_need", joinColumns = @JoinColumn(name = "operator_id"))
	@Column(name = "need", length = 40)
	@Enumerated(EnumType.STRING)
	@KeywordField
	private Set<Need> needs = EnumSet.noneOf(Need.class);

	@ElementCollection
	@CollectionTable(name = "operator_network", joinColumns = @JoinColumn(name = "operator_id"))
	@Column(name = "network", length = 40)
	@Enumerated(EnumType.STRING)
	private Set<Network> networks = EnumSet.noneOf(Network.class);

	@ElementCollection
	@CollectionTable(name = "operator_zone", joinColumns = @JoinColumn(name = "operator_id"))
	@Column(name = "zone", length = 40)
	@Enumerated(EnumType.STRING)
	private Set<Zone> zones = EnumSet.noneOf(Zone.class);

	@ElementCollection
	@CollectionTable(name = "operator_teaching_type", joinColumns = @JoinColumn(name = "operator_id"))
	@Column(name = "teaching_type", length = 40)
	@Enumerated(EnumType.STRING)
	private Set<TeachingType> teachingTypes = EnumSet.noneOf(TeachingType.class);

	@ElementCollection
	@CollectionTable(name = "operator_mode", joinColumns = @JoinColumn(name = "operator_id"))
	@Column(name = "mode", length = 40)
	@Enumerated(EnumType.STRING)
	private Set<InterventionMode> modes = EnumSet.noneOf(InterventionMode.class);

	@ElementCollection
	@CollectionTable(name = "operator_preparation", joinColumns = @JoinColumn(name = "operator_id"))
	@OrderColumn(name = "position")
	@Column(name = "item", length = 300)
	@FullTextField(analyzer = FrenchAnalysis.FRENCH)
	private List<String> toPrepare = new ArrayList<>();

	@Column(name = "take_charge_delay")
	private Integer takeChargeDelay;

	@Enumerated(EnumType.STRING)
	@Column(name = "take_charge_unit", length = 20)
	private DelayUnit takeChargeUnit;

	@Column(name = "resolve_delay")
	private Integer resolveDelay;

	@Enumerated(EnumType.STRING)
	@Column(name = "resolve_unit", length = 20)
	private DelayUnit resolveUnit;

	@Column(name = "opens_at")
	private LocalTime opensAt;

	@Column(name = "closes_at")
	private LocalTime closesAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "retired_at")
	private Instant retiredAt;

	@Version
	private long version;

	protected Operator() {
	}

	Operator(String slug) {
		this.slug = slug;
		this.updatedAt = Instant.now();
	}

	/** Replaces every editable field with the card's content. */
	void apply(OperatorCard card) {
		this.name = card.name();
		this.shortName = card.shortName();
		this.category = card.category();
		this.byAffiliation = card.byAffiliation();
		this.missions = card.missions();
		this.interventionDetails = card.interventionDetails();
		this.coverageNote = card.coverageNote();
		this.interactionMode = card.interactionMode();
		this.responseDelay = card.responseDelay();
		this.contactNote = card.contactNote();
		this.contactEmail = card.contactEmail();
		this.contactPhone = card.contactPhone();
		this.website = card.website();
		this.responsibleName = card.responsibleName();
		this.responsibleEmail = card.responsibleEmail();
		this.sourceNote = card.sourceNote();
		replace(this.needs, card.needs());
		replace(this.networks, card.networks());
		replace(this.zones, card.zones());
		replace(this.teachingTypes, card.teachingTypes());
		replace(this.modes, card.modes());
		this.toPrepare.clear();
		this.toPrepare.addAll(card.toPrepare());
		ServiceLevel level = card.serviceLevel() == null ? ServiceLevel.undeclared() : card.serviceLevel();
		this.takeChargeDelay = level.takeChargeDelay();
		this.takeChargeUnit = level.takeChargeUnit();
		this.resolveDelay = level.resolveDelay();
		this.resolveUnit = level.resolveUnit();
		this.opensAt = level.opensAt();
		this.closesAt = level.closesAt();
		this.updatedAt = Instant.now();
	}

	private static <T> void replace(Set<T> target, Set<T> values) {
		target.retainAll(values);
		target.addAll(values);
	}

	void retire() {
		this.retiredAt = Instant.now();
		this.updatedAt = this.retiredAt;
	}

	void reactivate() {
		this.retiredAt = null;
		this.updatedAt = Instant.now();
	}

	/** The card as a value, for pages, exports, comparison and the finder. */
	OperatorCard card() {
		return new OperatorCard(slug, name, shortName, category, byAffiliation, missions, interventionDetails,
				coverageNote, interactionMode, responseDelay, contactNote, contactEmail, contactPhone, website,
				responsibleName, responsibleEmail, sourceNote, ordered(needs, Need.class), ordered(networks, Network.class),
				ordered(zones, Zone.class), ordered(teachingTypes, TeachingType.class),
				ordered(modes, InterventionMode.class), List.copyOf(toPrepare),
				new ServiceLevel(takeChargeDelay, takeChargeUnit, resolveDelay, resolveUnit, opensAt, closesAt), updatedAt,
				retiredAt != null, version);
	}

	/** An unmodifiable copy in the enum's order (pages list the values in it). */
	private static <E extends Enum<E>> Set<E> ordered(Set<E> values, Class<E> type) {
		return Collections.unmodifiableSet(values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values));
	}

	@GenericField(name = "retired")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "retiredAt")))
	public boolean isRetired() {
		return retiredAt != null;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public long getVersion() {
		return version;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}
}
