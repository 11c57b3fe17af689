package be.numedu.accounts.domain;

import java.time.Instant;
import java.util.Locale;

import be.numedu.accounts.PersonView;
import be.numedu.accounts.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A person with a local account. The e-mail address is stored in lower case: it is the login and is unique. */
@Entity
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 254)
	private String email;

	@Column(name = "display_name", nullable = false, length = 120)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Role role;

	@Column(name = "site_fase")
	private Integer siteFase;

	@Column(name = "operator_slug", length = 80)
	private String operatorSlug;

	/** Demo accounts exist only on the embedded default with the demo data. */
	@Column(nullable = false)
	private boolean demo;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Person() {
	}

	Person(String email, String displayName, String passwordHash, Role role, Integer siteFase, String operatorSlug,
			boolean demo) {
		if (role.attachment() == Role.Attachment.IMPLANTATION && (siteFase == null || operatorSlug != null)) {
			throw new IllegalArgumentException("A " + role + " belongs to an implantation");
		}
		if (role.attachment() == Role.Attachment.OPERATOR && (operatorSlug == null || siteFase != null)) {
			throw new IllegalArgumentException("A " + role + " belongs to an operator");
		}
		this.email = normalise(email);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.siteFase = siteFase;
		this.operatorSlug = operatorSlug;
		this.demo = demo;
		this.createdAt = Instant.now();
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public PersonView view() {
		return new PersonView(id, email, displayName, role, siteFase, operatorSlug);
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public Role getRole() {
		return role;
	}

	public boolean isDemo() {
		return demo;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Integer getSiteFase() {
		return siteFase;
	}

	public String getOperatorSlug() {
		return operatorSlug;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}
}
