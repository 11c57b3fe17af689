package be.numedu.resources.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import be.numedu.frameworks.Frameworks;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.catalogue.ResourcesProperties;
import be.numedu.resources.search.ResourceSearch;
import be.numedu.shared.web.JsonApi;
import be.numedu.shared.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue's search as JSON, with the page's parameters and the same facets and counts (highlighted matches as
 * plain/marked pieces), and each published resource as its LRMI JSON-LD description.
 */
@RestController
@JsonApi
class ResourceApiController {

	private final ResourceSearch search;

	private final Catalogue catalogue;

	private final Frameworks frameworks;

	private final LearningResourceJson learningResource;

	private final ResourcesProperties properties;

	private final MessageSource messages;

	ResourceApiController(ResourceSearch search, Catalogue catalogue, Frameworks frameworks,
			LearningResourceJson learningResource, ResourcesProperties properties, MessageSource messages) {
		this.search = search;
		this.catalogue = catalogue;
		this.frameworks = frameworks;
		this.learningResource = learningResource;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping(path = "/api/ressources", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> search(@RequestParam MultiValueMap<String, String> parameters) {
		Optional<String> refusal = SearchParameters.refusal(parameters, frameworks);
		if (refusal.isPresent()) {
			return Problems.of(HttpStatus.BAD_REQUEST, refusal.get());
		}
		String sizeAsked = parameters.getFirst("taille");
		int size = sizeAsked == null || sizeAsked.isBlank() ? CatalogueController.PAGE_SIZE : Integer.parseInt(sizeAsked);
		ResourceSearch.Query query = SearchParameters.read(parameters, frameworks, size);
		ResourceSearch.Hits hits = search.search(query);
		if (hits.pastTheEnd()) {
			// Past the last page: said, as the page says it, rather than an empty page numbered as another.
			return Problems.of(HttpStatus.NOT_FOUND, hits.capped()
					? french("resources.results.pastTheReachable", hits.pageCount(), hits.browsable())
					: french("resources.results.pastTheEnd", hits.pageCount()));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("total", hits.total());
		body.put("page", hits.page() + 1);
		body.put("taille", hits.size());
		body.put("pages", hits.pageCount());
		// The pages reach the first results only: how many, and, past them, what to do.
		body.put("parcourables", hits.browsable());
		if (hits.capped()) {
			body.put("remarque", french("resources.results.capped", hits.browsable()));
		}
		body.put("tri", SearchParameters.orderCode(query.order()));
		if (hits.suggestion() != null) {
			body.put("suggestion", hits.suggestion());
		}
		body.put("resultats", hits.hits().stream().map(hit -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", hit.id());
			row.put("adresse", properties.addressOf(hit.id()));
			row.put("titre", hit.title());
			row.put("titreSurligne", hit.titleFragments());
			row.put("resumeSurligne", hit.summaryFragments());
			row.put("type", hit.type());
			row.put("licence", hit.licence());
			row.put("etapes", hit.stages());
			row.put("disciplines", hit.disciplines());
			row.put("evaluations", hit.evaluationCount());
			row.put("classement", hit.ranking());
			row.put("publieeLe", hit.publishedAt());
			return row;
		}).toList());
		Map<String, Object> facets = new LinkedHashMap<>();
		hits.counts().forEach((dimension, counts) -> facets.put(SearchParameters.NAMES.get(dimension), counts));
		body.put("facettes", facets);
		return ResponseEntity.ok(body);
	}

	private String french(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.FRENCH);
	}

	@GetMapping(path = "/api/ressources/{id}", produces = { "application/ld+json", MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<?> one(@PathVariable String id) {
		Resource resource = id.matches("\\d{1,18}") ? catalogue.find(Long.parseLong(id))
			.filter(r -> r.getStatus() == ResourceStatus.PUBLISHED).orElse(null) : null;
		if (resource == null) {
			return Problems.of(HttpStatus.NOT_FOUND, "Aucune ressource publiée ne porte ce numéro.");
		}
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ld+json"))
			.body(learningResource.describe(resource, catalogue.contentOf(resource), properties.addressOf(resource.getId()),
					Locale.FRENCH));
	}
}
