package be.numedu.schools.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import be.numedu.shared.FrenchCollation;
import be.numedu.shared.Network;
import be.numedu.shared.Zone;
import be.numedu.shared.search.FrenchAnalysis;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * An établissement. It is indexed with what people search it by: its name, its organising body, the FASE numbers,
 * municipalities and postcodes of its implantations, and the filters (zone, network, level, teaching type). The
 * values drawn from its implantations are reindexed by the import, which is the only writer of the register.
 */
@Entity
@Table(name = "school")
@Indexed(index = "school")
public class School extends RegisterEntry {

	@Column(nullable = false, length = 300)
	@FullTextField(analyzer = FrenchAnalysis.NAME)
	@KeywordField(name = "name_sort", normalizer = FrenchAnalysis.SORT, sortable = Sortable.YES)
	private String name;

	@Column(length = 10)
	private String bce;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	@KeywordField(aggregable = Aggregable.YES)
	private Network network;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	@KeywordField(aggregable = Aggregable.YES)
	private Zone zone;

	@Column(nullable = false, length = 120)
	private String district;

	@Embedded
	private Address address;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organising_body_id")
	private OrganisingBody organisingBody;

	@OneToMany(mappedBy = "school")
	private List<SchoolOffering> offerings = new ArrayList<>();

	protected School() {
	}

	School(int fase, Instant now) {
		super(fase, now);
	}

	boolean update(String name, String bce, Network network, Zone zone, String district, Address address,
			OrganisingBody organisingBody) {
		boolean changed = !Objects.equals(this.name, name) || !Objects.equals(this.bce, bce) || this.network != network
				|| this.zone != zone || !Objects.equals(this.district, district)
				|| !Objects.equals(this.address, address) || this.organisingBody != organisingBody;
		this.name = name;
		this.bce = bce;
		this.network = network;
		this.zone = zone;
		this.district = district;
		this.address = address;
		this.organisingBody = organisingBody;
		return changed;
	}

	void addOffering(SchoolOffering offering) {
		offerings.add(offering);
	}

	public String getName() {
		return name;
	}

	public String getBce() {
		return bce;
	}

	public Network getNetwork() {
		return network;
	}

	public Zone getZone() {
		return zone;
	}

	public String getDistrict() {
		return district;
	}

	public Address getAddress() {
		return address;
	}

	public OrganisingBody getOrganisingBody() {
		return organisingBody;
	}

	public List<SchoolOffering> getOfferings() {
		return offerings;
	}

	public List<SchoolOffering> activeOfferings() {
		return offerings.stream().filter(o -> !o.isRetired()).toList();
	}

	@GenericField(name = "retired")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public boolean isRetiredFromRegister() {
		return isRetired();
	}

	@FullTextField(analyzer = FrenchAnalysis.NAME)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public String getOrganisingBodyName() {
		return organisingBody.getName();
	}

	/** The school's own FASE number and those of its implantations. */
	@KeywordField
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Set<String> getFaseNumbers() {
		Set<String> numbers = new LinkedHashSet<>();
		numbers.add(String.valueOf(getFase()));
		activeOfferings().forEach(o -> numbers.add(String.valueOf(o.getSite().getFase())));
		return numbers;
	}

	@FullTextField(analyzer = FrenchAnalysis.NAME)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Set<String> getMunicipalities() {
		Set<String> names = new TreeSet<>(FrenchCollation.ORDER);
		names.add(address.municipality());
		names.add(address.locality());
		activeOfferings().forEach(o -> {
			names.add(o.getSite().getAddress().municipality());
			names.add(o.getSite().getAddress().locality());
		});
		return names;
	}

	@KeywordField
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Set<String> getPostcodes() {
		Set<String> codes = new TreeSet<>();
		codes.add(address.postcode());
		activeOfferings().forEach(o -> codes.add(o.getSite().getAddress().postcode()));
		return codes;
	}

	@KeywordField(aggregable = Aggregable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Set<String> getLevels() {
		return names(activeOfferings().stream().map(o -> o.getTeachingType().level()).toList());
	}

	@KeywordField(aggregable = Aggregable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Set<String> getTeachingTypes() {
		return names(activeOfferings().stream().map(SchoolOffering::getTeachingType).toList());
	}

	private static Set<String> names(Collection<? extends Enum<?>> values) {
		Set<String> result = new TreeSet<>();
		values.forEach(v -> result.add(v.name()));
		return result;
	}
}
