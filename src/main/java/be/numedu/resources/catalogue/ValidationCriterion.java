package be.numedu.resources.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the predefined validation criteria (AP 4.2) a moderator checks before publishing. */
@Entity
@Table(name = "validation_criterion")
public class ValidationCriterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String label;

	private int position;

	private boolean active;

	protected ValidationCriterion() {
	}

	public String getCode() {
		return code;
	}

	public String getLabel() {
		return label;
	}

	public int getPosition() {
		return position;
	}

	public boolean isActive() {
		return active;
	}
}
