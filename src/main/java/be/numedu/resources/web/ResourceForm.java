package be.numedu.resources.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import be.numedu.resources.catalogue.AccessMode;
import be.numedu.resources.catalogue.AccessibilityFeature;
import be.numedu.resources.catalogue.AccessibilityHazard;
import be.numedu.resources.catalogue.Accommodation;
import be.numedu.resources.catalogue.Audience;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.Provenance;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.ResourceType;
import be.numedu.resources.catalogue.SchoolYear;
import be.numedu.shared.Codes;
import org.springframework.validation.BindingResult;

/**
 * The resource form, as sent: codes stay text until {@link #toContent} reads them, so that a forged or mistyped value
 * becomes a French message beside its field rather than a failed binding. Authors are one per line, keywords
 * separated by commas.
 */
public class ResourceForm {

	private String title;

	private String summary;

	private String description;

	private String type;

	private List<String> years = new ArrayList<>();

	private List<String> disciplines = new ArrayList<>();

	private String language = "fr";

	private String authors;

	private String publisher;

	private String licence;

	private String url;

	private String durationMinutes;

	private List<String> audiences = new ArrayList<>();

	private List<String> accessibilityFeatures = new ArrayList<>();

	private List<String> accessModes = new ArrayList<>();

	private List<String> accessibilityHazards = new ArrayList<>();

	private String accessibilitySummary;

	private List<String> accommodations = new ArrayList<>();

	private String accommodationsNote;

	private List<String> competences = new ArrayList<>();

	private String keywords;

	private String provenance;

	private List<Long> removedFiles = new ArrayList<>();

	private Long version;

	private String note;

	private String reason;

	/** The form filled with a resource's content. */
	static ResourceForm of(ResourceContent content, long version) {
		ResourceForm form = new ResourceForm();
		form.title = content.title();
		form.summary = content.summary();
		form.description = content.description();
		form.type = content.type() == null ? null : content.type().name();
		form.years = names(content.years());
		form.disciplines = names(content.disciplines());
		form.language = content.language();
		form.authors = String.join("\n", content.authors());
		form.publisher = content.publisher();
		form.licence = content.licence() == null ? null : content.licence().name();
		form.url = content.url();
		form.durationMinutes = content.durationMinutes() == null ? null : content.durationMinutes().toString();
		form.audiences = names(content.audiences());
		form.accessibilityFeatures = names(content.accessibilityFeatures());
		form.accessModes = names(content.accessModes());
		form.accessibilityHazards = names(content.accessibilityHazards());
		form.accessibilitySummary = content.accessibilitySummary();
		form.accommodations = names(content.accommodations());
		form.accommodationsNote = content.accommodationsNote();
		form.competences = new ArrayList<>(content.competences());
		form.keywords = String.join(", ", content.keywords());
		form.provenance = content.provenance() == null ? null : content.provenance().name();
		form.version = version;
		return form;
	}

	private static List<String> names(SortedSet<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
	}

	/**
	 * The content the form describes; each unreadable value is rejected on its field.
	 *
	 * @param provenanceChosen whether the person may say where the resource comes from (the platform team); others'
	 * resources come from the community
	 */
	ResourceContent toContent(BindingResult errors, boolean provenanceChosen) {
		Integer duration = null;
		if (durationMinutes != null && !durationMinutes.isBlank()) {
			if (durationMinutes.strip().matches("\\d{1,5}")) {
				duration = Integer.valueOf(durationMinutes.strip());
			}
			else {
				errors.rejectValue("durationMinutes", "resources.error.duration");
			}
		}
		Provenance origin = Provenance.COMMUNAUTE;
		if (provenanceChosen) {
			origin = one(Provenance.class, provenance, "provenance", errors).orElse(null);
		}
		return new ResourceContent(strip(title), strip(summary), strip(description),
				one(ResourceType.class, type, "type", errors).orElse(null), set(SchoolYear.class, years, "years", errors),
				set(Discipline.class, disciplines, "disciplines", errors), strip(language), lines(authors), strip(publisher),
				one(Licence.class, licence, "licence", errors).orElse(null), strip(url), duration,
				set(Audience.class, audiences, "audiences", errors),
				set(AccessibilityFeature.class, accessibilityFeatures, "accessibilityFeatures", errors),
				set(AccessMode.class, accessModes, "accessModes", errors),
				set(AccessibilityHazard.class, accessibilityHazards, "accessibilityHazards", errors),
				strip(accessibilitySummary), set(Accommodation.class, accommodations, "accommodations", errors),
				strip(accommodationsNote), new TreeSet<>(competences == null ? List.of() : competences),
				keywordList(keywords), origin, List.of());
	}

	private static <E extends Enum<E>> Optional<E> one(Class<E> type, String code, String field, BindingResult errors) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		Optional<E> value = Codes.named(type, code);
		if (value.isEmpty()) {
			errors.rejectValue(field, "resources.error.unknownValue");
		}
		return value;
	}

	private static <E extends Enum<E>> SortedSet<E> set(Class<E> type, List<String> codes, String field,
			BindingResult errors) {
		SortedSet<E> values = new TreeSet<>();
		if (codes != null) {
			for (String code : codes) {
				Optional<E> value = Codes.named(type, code);
				if (value.isPresent()) {
					values.add(value.get());
				}
				else if (!errors.hasFieldErrors(field)) {
					errors.rejectValue(field, "resources.error.unknownValue");
				}
			}
		}
		return values;
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	static List<String> keywordList(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public List<String> getYears() {
		return years;
	}

	public void setYears(List<String> years) {
		this.years = years;
	}

	public List<String> getDisciplines() {
		return disciplines;
	}

	public void setDisciplines(List<String> disciplines) {
		this.disciplines = disciplines;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getAuthors() {
		return authors;
	}

	public void setAuthors(String authors) {
		this.authors = authors;
	}

	public String getPublisher() {
		return publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public String getLicence() {
		return licence;
	}

	public void setLicence(String licence) {
		this.licence = licence;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getDurationMinutes() {
		return durationMinutes;
	}

	public void setDurationMinutes(String durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public List<String> getAudiences() {
		return audiences;
	}

	public void setAudiences(List<String> audiences) {
		this.audiences = audiences;
	}

	public List<String> getAccessibilityFeatures() {
		return accessibilityFeatures;
	}

	public void setAccessibilityFeatures(List<String> accessibilityFeatures) {
		this.accessibilityFeatures = accessibilityFeatures;
	}

	public List<String> getAccessModes() {
		return accessModes;
	}

	public void setAccessModes(List<String> accessModes) {
		this.accessModes = accessModes;
	}

	public List<String> getAccessibilityHazards() {
		return accessibilityHazards;
	}

	public void setAccessibilityHazards(List<String> accessibilityHazards) {
		this.accessibilityHazards = accessibilityHazards;
	}

	public String getAccessibilitySummary() {
		return accessibilitySummary;
	}

	public void setAccessibilitySummary(String accessibilitySummary) {
		this.accessibilitySummary = accessibilitySummary;
	}

	public List<String> getAccommodations() {
		return accommodations;
	}

	public void setAccommodations(List<String> accommodations) {
		this.accommodations = accommodations;
	}

	public String getAccommodationsNote() {
		return accommodationsNote;
	}

	public void setAccommodationsNote(String accommodationsNote) {
		this.accommodationsNote = accommodationsNote;
	}

	public List<String> getCompetences() {
		return competences;
	}

	public void setCompetences(List<String> competences) {
		this.competences = competences;
	}

	public String getKeywords() {
		return keywords;
	}

	public void setKeywords(String keywords) {
		this.keywords = keywords;
	}

	public String getProvenance() {
		return provenance;
	}

	public void setProvenance(String provenance) {
		this.provenance = provenance;
	}

	public List<Long> getRemovedFiles() {
		return removedFiles;
	}

	public void setRemovedFiles(List<Long> removedFiles) {
		this.removedFiles = removedFiles;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
