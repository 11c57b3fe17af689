package be.numedu.schools.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.numedu.accounts.People;
import be.numedu.schools.SchoolSummary;
import be.numedu.schools.SiteSummary;
import be.numedu.schools.domain.ImportError;
import be.numedu.schools.domain.RecordKind;
import be.numedu.schools.domain.RegisterImport;
import be.numedu.schools.domain.RegisterImports;
import be.numedu.schools.domain.RegisterQueries;
import be.numedu.schools.domain.SchoolSearch;
import be.numedu.schools.domain.Tally;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import be.numedu.shared.web.JsonApi;
import be.numedu.shared.web.Problems;

/**
 * The register as JSON: search with the page's filters and paging, one school, and (for SGNE administrators, with
 * HTTP Basic) the import of a FASE file sent as the request body. Errors are RFC 9457 problem documents in French.
 */
@RestController
@JsonApi
class SchoolsApiController {

	/** The same limit as the upload page's. */
	static final int MAX_BODY_BYTES = 20 * 1024 * 1024;

	private final SchoolSearch search;

	private final RegisterQueries queries;

	private final RegisterImports imports;

	private final People people;

	SchoolsApiController(SchoolSearch search, RegisterQueries queries, RegisterImports imports, People people) {
		this.search = search;
		this.queries = queries;
		this.imports = imports;
		this.people = people;
	}

	record SiteJson(int fase, String street, String postcode, String locality, String municipality, Double latitude,
			Double longitude, List<String> teachingTypes) {

		static SiteJson of(SiteSummary site) {
			return new SiteJson(site.fase(), site.street(), site.postcode(), site.locality(), site.municipality(),
					site.latitude(), site.longitude(), site.teachingTypes().stream().map(Enum::name).sorted().toList());
		}
	}

	record SchoolJson(int fase, String name, String bce, String network, String zone, String district, String street,
			String postcode, String municipality, int organisingBodyFase, String organisingBodyName,
			List<String> levels, List<SiteJson> sites, boolean retired, String page) {

		static SchoolJson of(SchoolSummary school) {
			return new SchoolJson(school.fase(), school.name(), school.bce(), school.network().name(),
					school.zone().name(), school.district(), school.street(), school.postcode(), school.municipality(),
					school.organisingBodyFase(), school.organisingBodyName(),
					school.levels().stream().map(Enum::name).toList(),
					school.sites().stream().map(SiteJson::of).toList(), school.retired(),
					"/etablissements/" + school.fase());
		}
	}

	record PageJson(long total, int page, int size, int pages, List<SchoolJson> items,
			Map<String, Map<String, Long>> facets) {
	}

	@GetMapping(value = "/api/etablissements", produces = MediaType.APPLICATION_JSON_VALUE)
	PageJson search(SearchForm form) {
		SchoolSearch.Hits hits = search.search(form.toQuery(20));
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		hits.counts().forEach((dimension, counts) -> facets.put(dimension.name().toLowerCase(), counts));
		return new PageJson(hits.total(), hits.page() + 1, hits.size(), hits.pageCount(),
				hits.schools().stream().map(SchoolJson::of).toList(), facets);
	}

	@GetMapping(value = "/api/etablissements/{fase}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> school(@PathVariable String fase) {
		if (!fase.matches("\\d{1,9}")) {
			return Problems.of(HttpStatus.NOT_FOUND, "« " + shorten(fase) + " » n'est pas un numéro FASE.");
		}
		return queries.school(Integer.parseInt(fase)).<ResponseEntity<?>>map(s -> ResponseEntity.ok(SchoolJson.of(s)))
			.orElseGet(() -> Problems.of(HttpStatus.NOT_FOUND, "Aucun établissement ne porte le numéro FASE " + fase + "."));
	}

	record ImportJson(long id, String status, String message, String sourceName, String startedBy, int rows,
			int errorRows, Map<RecordKind, Tally> changes, List<ImportError> errors, String report) {

		static ImportJson of(RegisterImport record) {
			return new ImportJson(record.getId(), record.getStatus().name(), record.getMessage(),
					record.getSourceName(), record.getStartedBy(), record.getTotalRows(), record.getErrorRows(),
					record.getTallies(), record.getErrors(), "/etablissements/import/" + record.getId());
		}
	}

	/**
	 * Imports the FASE file sent as the body ({@code text/csv}) and answers when done: 200 with the report, 422 if
	 * the file was refused (the report says why), 409 if an import is already running. Only {@code text/csv} is
	 * accepted: no HTML form can send it, so no other site can make a browser that holds an administrator's
	 * credentials post a file here.
	 */
	@PostMapping(value = "/api/etablissements/imports", consumes = "text/csv",
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> importFile(HttpServletRequest request,
			@RequestParam(name = "nom", defaultValue = "api.csv") String name,
			@RequestParam(name = "retraitsMassifs", defaultValue = "false") boolean allowMassRetirement)
			throws java.io.IOException {
		String by = people.current().orElseThrow().email();
		try (InputStream body = request.getInputStream()) {
			byte[] content = body.readNBytes(MAX_BODY_BYTES + 1);
			if (content.length > MAX_BODY_BYTES) {
				return Problems.of(HttpStatus.CONTENT_TOO_LARGE,
						"Le fichier dépasse " + MAX_BODY_BYTES / (1024 * 1024) + " Mo : ce n'est pas un fichier FASE.");
			}
			if (content.length == 0) {
				return Problems.of(HttpStatus.BAD_REQUEST, "Envoyez le fichier FASE comme corps de la requête (text/csv).");
			}
			RegisterImport record = imports.run(name, new ByteArrayInputStream(content), by, allowMassRetirement);
			HttpStatus status = switch (record.getStatus()) {
				case SUCCEEDED -> HttpStatus.OK;
				case REFUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
				default -> HttpStatus.INTERNAL_SERVER_ERROR;
			};
			return ResponseEntity.status(status).location(URI.create("/api/etablissements/imports/" + record.getId()))
				.body(ImportJson.of(record));
		}
	}

	@GetMapping(value = "/api/etablissements/imports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> importReport(@PathVariable String id) {
		if (!id.matches("\\d{1,18}")) {
			return Problems.of(HttpStatus.NOT_FOUND, "Import inconnu.");
		}
		return imports.find(Long.parseLong(id)).<ResponseEntity<?>>map(r -> ResponseEntity.ok(ImportJson.of(r)))
			.orElseGet(() -> Problems.of(HttpStatus.NOT_FOUND, "Import inconnu."));
	}

	@ExceptionHandler(RegisterImports.AlreadyRunning.class)
	ResponseEntity<ProblemDetail> running(RegisterImports.AlreadyRunning e) {
		return Problems.of(HttpStatus.CONFLICT, e.getMessage());
	}

	private static String shorten(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}
}
