package be.numedu.resources.catalogue;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a resource says about itself: everything a person edits, an improvement proposal changes, and a version keeps.
 * Sets are sorted, so that two contents with the same values are equal and serialise the same way.
 *
 * @param title the title
 * @param summary one or two sentences shown in lists
 * @param description the full description, in Markdown
 * @param type the kind of resource
 * @param years the school years it is meant for
 * @param disciplines the disciplines it serves
 * @param language its language (ISO 639-1 code)
 * @param authors its authors, one per entry
 * @param publisher who publishes it, if not its authors
 * @param licence its licence
 * @param url where it is found online, if it is a link
 * @param durationMinutes how long it takes in class, if said
 * @param audiences who uses it
 * @param accessibilityFeatures what makes it accessible (schema.org)
 * @param accessModes through which senses its content is understood (schema.org)
 * @param accessibilityHazards what in it may harm some pupils, or that it was checked to have none (schema.org)
 * @param accessibilitySummary a sentence on its accessibility
 * @param accommodations the specific needs it supports as a reasonable accommodation
 * @param accommodationsNote how it supports them
 * @param competences the competences it is aligned to, as {@code framework:code} keys
 * @param keywords free keywords
 * @param provenance where it comes from
 * @param files the files it holds
 */
public record ResourceContent(String title, String summary, String description, ResourceType type,
		SortedSet<SchoolYear> years, SortedSet<Discipline> disciplines, String language, List<String> authors,
		String publisher, Licence licence, String url, Integer durationMinutes, SortedSet<Audience> audiences,
		SortedSet<AccessibilityFeature> accessibilityFeatures, SortedSet<AccessMode> accessModes,
		SortedSet<AccessibilityHazard> accessibilityHazards, String accessibilitySummary,
		SortedSet<Accommodation> accommodations, String accommodationsNote, SortedSet<String> competences,
		List<String> keywords, Provenance provenance, List<FileRef> files) {

	/** A file of the resource as a version records it. */
	public record FileRef(long id, String name, String mediaType, long size) {
	}

	public ResourceContent {
		// Browsers send line breaks as CR LF: kept as LF, so that an untouched text compares equal to itself.
		description = lines(description);
		accessibilitySummary = lines(accessibilitySummary);
		accommodationsNote = lines(accommodationsNote);
		years = sorted(years);
		disciplines = sorted(disciplines);
		audiences = sorted(audiences);
		accessibilityFeatures = sorted(accessibilityFeatures);
		accessModes = sorted(accessModes);
		accessibilityHazards = sorted(accessibilityHazards);
		accommodations = sorted(accommodations);
		competences = sorted(competences);
		authors = authors == null ? List.of() : List.copyOf(authors);
		keywords = keywords == null ? List.of() : List.copyOf(keywords);
		files = files == null ? List.of() : List.copyOf(files);
	}

	private static String lines(String text) {
		return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static <T extends Comparable<T>> SortedSet<T> sorted(Set<T> values) {
		return values == null ? new TreeSet<>() : new TreeSet<>(values);
	}

	/** The same content with other files. */
	public ResourceContent withFiles(List<FileRef> newFiles) {
		return new ResourceContent(title, summary, description, type, years, disciplines, language, authors, publisher,
				licence, url, durationMinutes, audiences, accessibilityFeatures, accessModes, accessibilityHazards,
				accessibilitySummary, accommodations, accommodationsNote, competences, keywords, provenance, newFiles);
	}

	/** The same content from another provenance. */
	public ResourceContent withProvenance(Provenance newProvenance) {
		return new ResourceContent(title, summary, description, type, years, disciplines, language, authors, publisher,
				licence, url, durationMinutes, audiences, accessibilityFeatures, accessModes, accessibilityHazards,
				accessibilitySummary, accommodations, accommodationsNote, competences, keywords, newProvenance, files);
	}

	/** The learning domains of the disciplines. */
	public SortedSet<LearningDomain> domains() {
		SortedSet<LearningDomain> domains = new TreeSet<>();
		disciplines.forEach(d -> domains.add(d.domain()));
		return domains;
	}

	/** The stages of the years. */
	public SortedSet<Stage> stages() {
		SortedSet<Stage> stages = new TreeSet<>();
		years.forEach(y -> stages.add(y.stage()));
		return stages;
	}
}
