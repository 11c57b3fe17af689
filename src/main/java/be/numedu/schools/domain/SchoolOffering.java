package be.numedu.schools.domain;

import java.time.Instant;

import be.numedu.shared.TeachingType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One row of the FASE register: a school teaches a teaching type at an implantation. */
@Entity
@Table(name = "school_offering")
public class SchoolOffering {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "register_seq")
	@SequenceGenerator(name = "register_seq", sequenceName = "register_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "school_id")
	private School school;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "site_id")
	private SchoolSite site;

	@Enumerated(EnumType.STRING)
	@Column(name = "teaching_type", nullable = false, length = 40)
	private TeachingType teachingType;

	@Column(name = "retired_at")
	private Instant retiredAt;

	protected SchoolOffering() {
	}

	SchoolOffering(School school, SchoolSite site, TeachingType teachingType) {
		this.school = school;
		this.site = site;
		this.teachingType = teachingType;
	}

	public School getSchool() {
		return school;
	}

	public SchoolSite getSite() {
		return site;
	}

	public TeachingType getTeachingType() {
		return teachingType;
	}

	public boolean isRetired() {
		return retiredAt != null;
	}

	void retire(Instant now) {
		this.retiredAt = now;
	}

	void reactivate() {
		this.retiredAt = null;
	}
}
