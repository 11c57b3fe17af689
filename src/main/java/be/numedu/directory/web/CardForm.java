package be.numedu.directory.web;

import java.util.ArrayList;
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
import java.time.LocalTime;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The card editing form: bound from the request, never to the entity; {@code version} is the version the person
 * started from. A mutable bean rather than a record, so that a value that cannot be converted (an unknown code) is
 * reported on its field while every other field keeps what the person typed. Single-line fields refuse control
 * characters, multi-line ones allow only line breaks and tabs beside them; a website must be an http(s) address (no
 * {@code javascript:} link can reach a page).
 */
public class CardForm {

	@NotBlank @Size(max = 200)
	@Pattern(regexp = SINGLE_LINE, message = "{card.error.control}")
	private String name;

	@NotBlank @Size(max = 40)
	@Pattern(regexp = SINGLE_LINE, message = "{card.error.control}")
	private String shortName;

	@NotNull
	private OperatorCategory category;

	private boolean byAffiliation;

	@NotBlank @Size(max = 4000)
	@Pattern(regexp = MULTI_LINE, message = "{card.error.control}")
	private String missions;

	@Size(max = 4000)
	@Pattern(regexp = MULTI_LINE, message = "{card.error.control}")
	private String interventionDetails;

	@Size(max = 1000)
	@Pattern(regexp = MULTI_LINE, message = "{card.error.control}")
	private String coverageNote;

	@Size(max = 1000)
	@Pattern(regexp = MULTI_LINE, message = "{card.error.control}")
	private String interactionMode;

	@Size(max = 300)
	@Pattern(regexp = SINGLE_LINE, message = "{card.error.control}")
	private String responseDelay;

	@Size(max = 1000)
	@Pattern(regexp = MULTI_LINE, message = "{card.error.control}")
	private String contactNote;

	@Size(max = 254)
	@Email
	private String contactEmail;

	@Size(max = 40)
	@Pattern(regexp = "|[0-9 +()./-]{6,40}", message = "{card.error.phone}")
	private String contactPhone;

	@Size(max = 300)
	@Pattern(regexp = "|https?://[^\\s<>\"'`]{3,290}", message = "{card.error.website}")
	private String website;

	@Size(max = 120)
	@Pattern(regexp = SINGLE_LINE, message = "{card.error.control}")
	private String responsibleName;

	@Size(max = 254)
	@Email
	private String responsibleEmail;

	@Size(max = 1000)
	@Pattern(regexp = MULTI_LINE, message = "{card.error.control}")
	private String sourceNote;

	@NotEmpty(message = "{card.error.needs}")
	private List<Need> needs = new ArrayList<>();

	@NotEmpty(message = "{card.error.networks}")
	private List<Network> networks = new ArrayList<>();

	@NotEmpty(message = "{card.error.zones}")
	private List<Zone> zones = new ArrayList<>();

	@NotEmpty(message = "{card.error.teachingTypes}")
	private List<TeachingType> teachingTypes = new ArrayList<>();

	private List<InterventionMode> modes = new ArrayList<>();

	@Size(max = 6000)
	@Pattern(regexp = MULTI_LINE, message = "{card.error.control}")
	private String toPrepare;

	@Min(value = 1, message = "{card.error.delay}")
	@Max(value = 999, message = "{card.error.delay}")
	private Integer takeChargeDelay;

	private DelayUnit takeChargeUnit;

	@Min(value = 1, message = "{card.error.delay}")
	@Max(value = 999, message = "{card.error.delay}")
	private Integer resolveDelay;

	private DelayUnit resolveUnit;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime opensAt;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime closesAt;

	private Long version;

	static final String SINGLE_LINE = "[^\\p{Cntrl}]*";

	static final String MULTI_LINE = "[\\P{Cntrl}\\r\\n\\t]*";

	static final int MAX_PREPARATION_ITEMS = 20;

	static final int MAX_PREPARATION_LENGTH = 300;

	static CardForm empty() {
		return new CardForm();
	}

	static CardForm of(OperatorCard card) {
		CardForm form = new CardForm();
		form.name = card.name();
		form.shortName = card.shortName();
		form.category = card.category();
		form.byAffiliation = card.byAffiliation();
		form.missions = card.missions();
		form.interventionDetails = card.interventionDetails();
		form.coverageNote = card.coverageNote();
		form.interactionMode = card.interactionMode();
		form.responseDelay = card.responseDelay();
		form.contactNote = card.contactNote();
		form.contactEmail = card.contactEmail();
		form.contactPhone = card.contactPhone();
		form.website = card.website();
		form.responsibleName = card.responsibleName();
		form.responsibleEmail = card.responsibleEmail();
		form.sourceNote = card.sourceNote();
		form.needs = new ArrayList<>(card.needs());
		form.networks = new ArrayList<>(card.networks());
		form.zones = new ArrayList<>(card.zones());
		form.teachingTypes = new ArrayList<>(card.teachingTypes());
		form.modes = new ArrayList<>(card.modes());
		form.toPrepare = String.join("\n", card.toPrepare());
		ServiceLevel level = card.serviceLevel() == null ? ServiceLevel.undeclared() : card.serviceLevel();
		form.takeChargeDelay = level.takeChargeDelay();
		form.takeChargeUnit = level.takeChargeUnit();
		form.resolveDelay = level.resolveDelay();
		form.resolveUnit = level.resolveUnit();
		form.opensAt = level.opensAt();
		form.closesAt = level.closesAt();
		form.version = card.version();
		return form;
	}

	/** The items to prepare, one per non-blank line. */
	List<String> preparationItems() {
		List<String> items = new ArrayList<>();
		if (toPrepare != null) {
			for (String line : toPrepare.split("\\R")) {
				if (!line.isBlank()) {
					items.add(line.strip());
				}
			}
		}
		return items;
	}

	OperatorCard toCard(String slug) {
		return new OperatorCard(slug, clean(name), clean(shortName), category, byAffiliation, clean(missions),
				clean(interventionDetails), clean(coverageNote), clean(interactionMode), clean(responseDelay),
				clean(contactNote), clean(contactEmail), clean(contactPhone), clean(website), clean(responsibleName),
				clean(responsibleEmail), clean(sourceNote), set(needs, Need.class), set(networks, Network.class),
				set(zones, Zone.class), set(teachingTypes, TeachingType.class), set(modes, InterventionMode.class),
				preparationItems(),
				new ServiceLevel(takeChargeDelay, takeChargeDelay == null ? null : takeChargeUnit, resolveDelay,
						resolveDelay == null ? null : resolveUnit, opensAt, closesAt),
				null, false, version == null ? -1 : version);
	}

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.replace("\r\n", "\n").strip();
		return stripped.isEmpty() ? null : stripped;
	}

	private static <E extends Enum<E>> Set<E> set(List<E> values, Class<E> type) {
		Set<E> result = EnumSet.noneOf(type);
		if (values != null) {
			values.stream().filter(v -> v != null).forEach(result::add);
		}
		return result;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public OperatorCategory getCategory() {
		return category;
	}

	public void setCategory(OperatorCategory category) {
		this.category = category;
	}

	public boolean isByAffiliation() {
		return byAffiliation;
	}

	public void setByAffiliation(boolean byAffiliation) {
		this.byAffiliation = byAffiliation;
	}

	public String getMissions() {
		return missions;
	}

	public void setMissions(String missions) {
		this.missions = missions;
	}

	public String getInterventionDetails() {
		return interventionDetails;
	}

	public void setInterventionDetails(String interventionDetails) {
		this.interventionDetails = interventionDetails;
	}

	public String getCoverageNote() {
		return coverageNote;
	}

	public void setCoverageNote(String coverageNote) {
		this.coverageNote = coverageNote;
	}

	public String getInteractionMode() {
		return interactionMode;
	}

	public void setInteractionMode(String interactionMode) {
		this.interactionMode = interactionMode;
	}

	public String getResponseDelay() {
		return responseDelay;
	}

	public void setResponseDelay(String responseDelay) {
		this.responseDelay = responseDelay;
	}

	public String getContactNote() {
		return contactNote;
	}

	public void setContactNote(String contactNote) {
		this.contactNote = contactNote;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getResponsibleName() {
		return responsibleName;
	}

	public void setResponsibleName(String responsibleName) {
		this.responsibleName = responsibleName;
	}

	public String getResponsibleEmail() {
		return responsibleEmail;
	}

	public void setResponsibleEmail(String responsibleEmail) {
		this.responsibleEmail = responsibleEmail;
	}

	public String getSourceNote() {
		return sourceNote;
	}

	public void setSourceNote(String sourceNote) {
		this.sourceNote = sourceNote;
	}

	public List<Need> getNeeds() {
		return needs;
	}

	public void setNeeds(List<Need> needs) {
		this.needs = needs;
	}

	public List<Network> getNetworks() {
		return networks;
	}

	public void setNetworks(List<Network> networks) {
		this.networks = networks;
	}

	public List<Zone> getZones() {
		return zones;
	}

	public void setZones(List<Zone> zones) {
		this.zones = zones;
	}

	public List<TeachingType> getTeachingTypes() {
		return teachingTypes;
	}

	public void setTeachingTypes(List<TeachingType> teachingTypes) {
		this.teachingTypes = teachingTypes;
	}

	public List<InterventionMode> getModes() {
		return modes;
	}

	public void setModes(List<InterventionMode> modes) {
		this.modes = modes;
	}

	public String getToPrepare() {
		return toPrepare;
	}

	public void setToPrepare(String toPrepare) {
		this.toPrepare = toPrepare;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
	public Integer getTakeChargeDelay() {
		return takeChargeDelay;
	}

	public void setTakeChargeDelay(Integer takeChargeDelay) {
		this.takeChargeDelay = takeChargeDelay;
	}

	public DelayUnit getTakeChargeUnit() {
		return takeChargeUnit;
	}

	public void setTakeChargeUnit(DelayUnit takeChargeUnit) {
		this.takeChargeUnit = takeChargeUnit;
	}

	public Integer getResolveDelay() {
		return resolveDelay;
	}

	public void setResolveDelay(Integer resolveDelay) {
		this.resolveDelay = resolveDelay;
	}

	public DelayUnit getResolveUnit() {
		return resolveUnit;
	}

	public void setResolveUnit(DelayUnit resolveUnit) {
		this.resolveUnit = resolveUnit;
	}

	public LocalTime getOpensAt() {
		return opensAt;
	}

	public void setOpensAt(LocalTime opensAt) {
		this.opensAt = opensAt;
	}

	public LocalTime getClosesAt() {
		return closesAt;
	}

	public void setClosesAt(LocalTime closesAt) {
		this.closesAt = closesAt;
	}
}
