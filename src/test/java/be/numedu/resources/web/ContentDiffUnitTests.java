package be.numedu.resources.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import be.numedu.frameworks.Frameworks;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.testsupport.ResourceSamples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two contents compared field by field: texts word by word, sets as values added and removed. */
class ContentDiffUnitTests {

	final Frameworks frameworks = new Frameworks("https://numedu.example");

	@Test
	void piecesPutTogetherGiveBothTextsBack() {
		List<ContentDiff.Piece> pieces = ContentDiff.words("Les saisons de l'année", "Les quatre saisons de l'an");
		String before = pieces.stream().filter(p -> p.kind() != ContentDiff.Kind.ADDED).map(ContentDiff.Piece::text)
			.reduce("", String::concat);
		String after = pieces.stream().filter(p -> p.kind() != ContentDiff.Kind.REMOVED).map(ContentDiff.Piece::text)
			.reduce("", String::concat);
		assertThat(before).isEqualTo("Les saisons de l'année");
		assertThat(after).isEqualTo("Les quatre saisons de l'an");
		assertThat(pieces).contains(new ContentDiff.Piece("quatre ", null, ContentDiff.Kind.ADDED))
			.contains(new ContentDiff.Piece("l'année", null, ContentDiff.Kind.REMOVED));
	}

	@Test
	void onlyChangedFieldsAreListed() {
		ResourceContent before = ResourceSamples.content("Titre", "Résumé");
		assertThat(ContentDiff.between(before, before, frameworks)).isEmpty();
		ResourceContent after = new ResourceContent(before.title(), before.summary(), before.description(),
				before.type(), before.years(), new TreeSet<>(Set.of(Discipline.FLA, Discipline.ECA)), before.language(),
				before.authors(), before.publisher(), Licence.CC_BY_SA, before.url(), before.durationMinutes(),
				before.audiences(), null, null, null, null, null, null, new TreeSet<>(Set.of("digcomp-2.2:1.1")),
				before.keywords(), before.provenance(), List.of());
		List<ContentDiff.Change> changes = ContentDiff.between(before, after, frameworks);
		assertThat(changes).extracting(ContentDiff.Change::field).containsExactly("disciplines", "licence",
				"competences");
		assertThat(changes.get(0).pieces()).containsExactly(
				new ContentDiff.Piece(null, "Discipline.ECA", ContentDiff.Kind.ADDED));
		assertThat(changes.get(1).pieces()).containsExactly(
				new ContentDiff.Piece(null, "Licence.CC_BY", ContentDiff.Kind.REMOVED),
				new ContentDiff.Piece(null, "Licence.CC_BY_SA", ContentDiff.Kind.ADDED));
		assertThat(changes.get(2).pieces().get(0).text()).startsWith("1.1 ");
	}

	@Test
	void lineBreaksAsBrowsersSendThemChangeNothing() {
		ResourceContent stored = ResourceSamples.content("Titre", "Résumé");
		stored = withDescription(stored, "Premier paragraphe.\n\n- un point\n- un autre");
		ResourceContent posted = withDescription(stored, "Premier paragraphe.\r\n\r\n- un point\r\n- un autre");
		assertThat(posted.description()).isEqualTo(stored.description());
		assertThat(ContentDiff.between(stored, posted, frameworks)).isEmpty();
	}

	private static ResourceContent withDescription(ResourceContent c, String description) {
		return new ResourceContent(c.title(), c.summary(), description, c.type(), c.years(), c.disciplines(),
				c.language(), c.authors(), c.publisher(), c.licence(), c.url(), c.durationMinutes(), c.audiences(),
				c.accessibilityFeatures(), c.accessModes(), c.accessibilityHazards(), c.accessibilitySummary(),
				c.accommodations(), c.accommodationsNote(), c.competences(), c.keywords(), c.provenance(), c.files());
	}
}
