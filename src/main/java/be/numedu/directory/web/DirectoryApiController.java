package be.numedu.directory.web;

import java.util.List;
import java.util.Optional;

import be.numedu.directory.Need;
import be.numedu.shared.Codes;
import be.numedu.directory.domain.CardSearch;
import be.numedu.directory.domain.Cards;
import be.numedu.directory.domain.Finder;
import be.numedu.schools.SchoolRegistry;
import be.numedu.schools.SchoolSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.numedu.shared.web.JsonApi;
import be.numedu.shared.web.Problems;

/** The directory as JSON: the cards (all, searched, one) and the finder's answer for a need and a school. */
@RestController
@JsonApi
class DirectoryApiController {

	private final Cards cards;

	private final CardSearch search;

	private final Finder finder;

	private final SchoolRegistry schools;

	DirectoryApiController(Cards cards, CardSearch search, Finder finder, SchoolRegistry schools) {
		this.cards = cards;
		this.search = search;
		this.finder = finder;
		this.schools = schools;
	}

	@GetMapping(value = "/api/cartographie/operateurs", produces = MediaType.APPLICATION_JSON_VALUE)
	List<CardJson> cards(@RequestParam(name = "q", required = false) String query) {
		var found = query == null || query.isBlank() ? cards.all(false) : search.search(query, false);
		return found.stream().map(CardJson::of).toList();
	}

	@GetMapping(value = "/api/cartographie/operateurs/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> card(@PathVariable String slug) {
		return cards.find(slug).<ResponseEntity<?>>map(card -> ResponseEntity.ok(CardJson.of(card)))
			.orElseGet(() -> Problems.of(HttpStatus.NOT_FOUND, "Aucun opérateur n'a cet identifiant."));
	}

	record MatchJson(CardJson operator, List<String> teachingTypes, boolean uncertainAffiliation) {
	}

	record FinderJson(String outcome, String need, Integer school, List<MatchJson> matches,
			List<String> affiliationChoices) {
	}

	/** The finder without pages: {@code besoin} (a need code), {@code ecole} (a FASE number), {@code affiliation}. */
	@GetMapping(value = "/api/cartographie/trouver", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> find(@RequestParam(name = "besoin", required = false) String needCode,
			@RequestParam(name = "ecole", required = false) String schoolFase,
			@RequestParam(name = "affiliation", required = false) String affiliation) {
		Optional<Need> need = Codes.named(Need.class, needCode);
		if (need.isEmpty()) {
			return Problems.of(HttpStatus.BAD_REQUEST,
					"Paramètre « besoin » manquant ou inconnu : utilisez un des codes " + List.of(Need.values()) + ".");
		}
		SchoolSummary school = null;
		if (schoolFase != null && !schoolFase.isBlank()) {
			if (!schoolFase.matches("\\d{1,9}")) {
				return Problems.of(HttpStatus.BAD_REQUEST, "Le paramètre « ecole » doit être un numéro FASE.");
			}
			Optional<SchoolSummary> found = schools.school(Integer.parseInt(schoolFase)).filter(s -> !s.retired());
			if (found.isEmpty()) {
				return Problems.of(HttpStatus.NOT_FOUND, "Aucun établissement ne porte le numéro FASE " + schoolFase + ".");
			}
			school = found.get();
		}
		Finder.Result result = finder.find(need.get(), school, affiliation);
		return ResponseEntity.ok(new FinderJson(result.outcome().name(), result.need().name(),
				school == null ? null : school.fase(),
				result.matches().stream().map(m -> new MatchJson(CardJson.of(m.card()),
						m.teachingTypes().stream().map(Enum::name).sorted().toList(), m.uncertainAffiliation())).toList(),
				result.affiliationChoices().stream().map(c -> c.slug()).toList()));
	}
}
