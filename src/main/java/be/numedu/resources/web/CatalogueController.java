package be.numedu.resources.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.frameworks.Frameworks;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.ResourceFile;
import be.numedu.resources.catalogue.ResourceFiles;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.catalogue.ResourcesProperties;
import be.numedu.resources.catalogue.Workflow;
import be.numedu.resources.search.Duplicates;
import be.numedu.resources.search.ResourceSearch;
import be.numedu.shared.files.FileVault;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.NotFoundException;
import be.numedu.shared.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The public side of the catalogue: the search page with its facets, each resource's page (with its evaluation
 * summary, its versions and its JSON-LD description), its files, and the comparison of two versions. A resource not
 * yet published is shown only to its author and the moderators; to anyone else it does not exist (404).
 */
@Controller
class CatalogueController {

	static final int PAGE_SIZE = 20;

	private final ResourceSearch search;

	private final Catalogue catalogue;

	private final ResourceFiles files;

	private final Frameworks frameworks;

	private final People people;

	private final Markdown markdown;

	private final LearningResourceJson learningResource;

	private final Duplicates duplicates;

	private final ResourcesProperties properties;

	private final ResourcePageSections sections;

	CatalogueController(ResourceSearch search, Catalogue catalogue, ResourceFiles files, Frameworks frameworks,
			People people, Markdown markdown, LearningResourceJson learningResource, Duplicates duplicates,
			ResourcesProperties properties, ResourcePageSections sections) {
		this.search = search;
		this.catalogue = catalogue;
		this.files = files;
		this.frameworks = frameworks;
		this.people = people;
		this.markdown = markdown;
		this.learningResource = learningResource;
		this.duplicates = duplicates;
		this.properties = properties;
		this.sections = sections;
	}

	@GetMapping("/ressources")
	String search(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request, Model model) {
		ResourceSearch.Query query = SearchParameters.read(parameters, frameworks, PAGE_SIZE);
		ResourceSearch.Hits hits = search.search(query);
		model.addAttribute("query", query);
		model.addAttribute("hits", hits);
		model.addAttribute("facets", Facets.of(hits, query, frameworks).facets());
		model.addAttribute("ticked", query.filters().values().stream().mapToInt(java.util.Set::size).sum());
		model.addAttribute("order", SearchParameters.orderCode(query.order()));
		model.addAttribute("pages", PageLinks.of(request, hits.page(), hits.pageCount()));
		if (hits.pastTheEnd() && hits.total() > 0) {
			// Past the last page (a hand-made address, results that shrank, or past the first results the pages
			// reach): said, with the way back, as the API says it, rather than an empty page numbered as another.
			model.addAttribute("lastPage", PageLinks.withParameter(request, "page", hits.pageCount()));
		}
		if (hits.suggestion() != null) {
			// Encoded here: the link keeps the address's other parameters only if every value in it is encoded, and
			// a suggestion may hold spaces and accents ("élèves hippopotame").
			model.addAttribute("suggestionLink", PageLinks.withParameter(request, "q",
					UriUtils.encodeQueryParam(hits.suggestion(), StandardCharsets.UTF_8))
				.replaceAll("([?&])page=\\d+&?", "$1"));
		}
		model.addAttribute("breadcrumbs", List.of(Crumb.current("resources.title")));
		return "resources/search";
	}

	@GetMapping("/ressources/{id:\\d{1,18}}")
	String resource(@PathVariable long id, Model model) {
		PersonView me = people.current().orElse(null);
		Resource resource = visible(id, me);
		ResourceContent content = catalogue.contentOf(resource);
		model.addAttribute("resource", resource);
		model.addAttribute("about", content);
		model.addAttribute("descriptionHtml", markdown.html(content.description()));
		model.addAttribute("files", catalogue.currentFiles(id));
		model.addAttribute("competences", competences(content));
		model.addAttribute("owner", people.find(resource.getOwnerId()).map(PersonView::displayName).orElse(null));
		model.addAttribute("versions", catalogue.versions(id));
		boolean moderator = Workflow.isModerator(me);
		boolean mine = me != null && me.id() == resource.getOwnerId();
		model.addAttribute("moderator", moderator);
		model.addAttribute("mine", mine);
		model.addAttribute("editable", Catalogue.editable(resource, me));
		model.addAttribute("moves", Workflow.available(me, resource));
		if (moderator || mine) {
			List<TimelineLine> timeline = catalogue.timeline(id).stream()
				.map(e -> new TimelineLine(e, e.actorId() == null ? null
						: people.find(e.actorId()).map(PersonView::displayName).orElse(null)))
				.toList();
			model.addAttribute("timeline", timeline);
			// Returned or refused: the moderators' words stand beside the status, where the author looks first.
			if (resource.getStatus() == ResourceStatus.RETURNED || resource.getStatus() == ResourceStatus.REFUSED) {
				timeline.stream().filter(line -> line.entry().message() != null
						&& line.entry().statusAfter() == resource.getStatus())
					.reduce((first, second) -> second)
					.ifPresent(line -> model.addAttribute("decision", line));
			}
		}
		boolean moderating = moderator && resource.getStatus().awaitingModeration();
		if (moderating) {
			model.addAttribute("criteria", catalogue.validationCriteria());
		}
		// Before and after submitting, the author sees what looks like theirs, among what they may see: published
		// resources and their own (the moderators see every resource but the refused).
		ResourceStatus status = resource.getStatus();
		boolean authoring = mine && (status.editableByAuthor() || status.awaitingModeration());
		List<Duplicates.Duplicate> similar = moderating || authoring ? duplicates.of(id, me) : List.of();
		model.addAttribute("duplicates", similar);
		model.addAttribute("similarForAuthor", authoring && !similar.isEmpty());
		model.addAttribute("sections", sections.render(resource, me));
		if (resource.getStatus() == ResourceStatus.PUBLISHED) {
			Locale locale = LocaleContextHolder.getLocale();
			model.addAttribute("jsonLd", learningResource.dataBlock(
					learningResource.describe(resource, content, properties.addressOf(id), locale)));
		}
		model.addAttribute("breadcrumbs",
				List.of(Crumb.of("resources.title", "/ressources"), Crumb.currentText(resource.getTitle())));
		return "resources/resource";
	}

	/** A line of the timeline with the name of who acted. */
	record TimelineLine(Catalogue.TimelineEntry entry, String actor) {
	}

	/** A competence the resource is aligned to, as the page lists it. */
	record AlignedCompetence(String key, String label, String framework, String uri, String path) {
	}

	private List<AlignedCompetence> competences(ResourceContent content) {
		List<AlignedCompetence> aligned = new ArrayList<>();
		for (String key : content.competences()) {
			int colon = key.indexOf(':');
			frameworks.competence(key.substring(0, colon), key.substring(colon + 1)).ifPresent(c -> aligned.add(
					new AlignedCompetence(key, c.code() + " " + c.labelFr(),
							frameworks.framework(c.frameworkId()).map(f -> f.shortName()).orElse(c.frameworkId()),
							frameworks.uri(c), Frameworks.PATH + "/" + c.frameworkId() + "/" + c.code())));
		}
		return aligned;
	}

	@GetMapping("/ressources/{id:\\d{1,18}}/fichiers/{fileId:\\d{1,18}}")
	ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long fileId) throws IOException {
		PersonView me = people.current().orElse(null);
		Resource resource = visible(id, me);
		ResourceFile file = catalogue.file(id, fileId).orElseThrow(() -> new NotFoundException("file " + fileId));
		boolean mayOld = Workflow.isModerator(me) || (me != null && me.id() == resource.getOwnerId());
		if (!file.isCurrent() && !mayOld && !catalogue.inSomeVersion(id, fileId)) {
			throw new NotFoundException("file " + fileId);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getMediaType()))
			.contentLength(file.getSizeBytes())
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(FileVault.downloadName(file.getName(), file.getMediaType()), StandardCharsets.UTF_8)
				.build()
				.toString())
			// a file is never run as a page of numedu, whatever it holds
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(files.open(file)));
	}

	/** Two versions side by side, each field's differences marked. */
	@GetMapping("/ressources/{id:\\d{1,18}}/versions")
	String compare(@PathVariable long id, @RequestParam(name = "de", required = false) String from,
			@RequestParam(name = "a", required = false) String to, Model model) {
		Resource resource = visible(id, people.current().orElse(null));
		List<Catalogue.VersionSummary> versions = catalogue.versions(id);
		if (versions.isEmpty()) {
			throw new NotFoundException("no versions");
		}
		int newest = versions.get(0).number();
		int right = number(to, newest);
		int left = number(from, Math.max(1, right - 1));
		ResourceContent before = catalogue.version(id, left).orElseThrow(() -> new NotFoundException("version"));
		ResourceContent after = catalogue.version(id, right).orElseThrow(() -> new NotFoundException("version"));
		model.addAttribute("resource", resource);
		model.addAttribute("versions", versions);
		model.addAttribute("left", left);
		model.addAttribute("right", right);
		model.addAttribute("changes", ContentDiff.between(before, after, frameworks));
		model.addAttribute("breadcrumbs", List.of(Crumb.of("resources.title", "/ressources"),
				Crumb.text(resource.getTitle(), "/ressources/" + id), Crumb.current("resources.versions.title")));
		return "resources/versions";
	}

	private static int number(String text, int otherwise) {
		return text != null && text.matches("\\d{1,6}") ? Integer.parseInt(text) : otherwise;
	}

	private Resource visible(long id, PersonView me) {
		return catalogue.find(id).filter(r -> Catalogue.visibleTo(r, me))
			.orElseThrow(() -> new NotFoundException("resource " + id));
	}

}
