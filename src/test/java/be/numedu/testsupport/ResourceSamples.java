package be.numedu.testsupport;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Audience;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.Discipline;
import be.numedu.resources.catalogue.Licence;
import be.numedu.resources.catalogue.Provenance;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.ResourceType;
import be.numedu.resources.catalogue.SchoolYear;
import be.numedu.resources.catalogue.Workflow;
import be.numedu.testsupport.Personas.Persona;
import org.springframework.stereotype.Component;

/**
 * Resources for tests: a complete content to start from, and the workflow walked through the real catalogue (a
 * teacher's draft, submitted, published by an administrator with every validation criterion checked).
 */
@Component
public class ResourceSamples {

	/** A minimal PDF, as a resource's file. */
	public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final Catalogue catalogue;

	private final People people;

	private final Personas personas;

	ResourceSamples(Catalogue catalogue, People people, Personas personas) {
		this.catalogue = catalogue;
		this.people = people;
		this.personas = personas;
	}

	/** A complete content: a primary-school French exercise under CC BY, with a link. */
	public static ResourceContent content(String title, String summary) {
		return new ResourceContent(title, summary, "Une **description** de la ressource.", ResourceType.EXERCISE,
				new TreeSet<>(Set.of(SchoolYear.P3, SchoolYear.P4)), new TreeSet<>(Set.of(Discipline.FLA)), "fr",
				List.of("Marie Dupont"), "Fédération Wallonie-Bruxelles", Licence.CC_BY,
				"https://ressources.example.org/" + Math.abs(title.hashCode()), 50,
				new TreeSet<>(Set.of(Audience.ENSEIGNANT)), null, null, null, null, null, null, null,
				List.of("lecture"), Provenance.COMMUNAUTE, List.of());
	}

	/** The same complete content with another link (or none), and no accessibility notes or keywords. */
	public static ResourceContent content(String title, String summary, String url) {
		ResourceContent c = content(title, summary);
		return new ResourceContent(c.title(), c.summary(), c.description(), c.type(), c.years(), c.disciplines(),
				c.language(), c.authors(), c.publisher(), c.licence(), url, c.durationMinutes(), c.audiences(), null,
				null, null, null, null, null, null, List.of(), c.provenance(), List.of());
	}

	/** The person signed in as the persona, as modules see them. */
	public PersonView person(Persona persona) {
		personas.user(persona);
		return people.byEmail(persona.email).orElseThrow();
	}

	/** A draft of the persona. */
	public long draft(Persona author, ResourceContent content) {
		return catalogue.create(person(author), content, List.of());
	}

	/** A resource proposed by the persona and published by an administrator. */
	public long published(Persona author, ResourceContent content) {
		long id = draft(author, content);
		move(id, author, Workflow.SUBMIT, null);
		move(id, Persona.ADMIN, Workflow.PUBLISH, null);
		return id;
	}

	/** A move in the workflow, with every validation criterion checked. */
	public void move(long id, Persona who, Workflow move, String message) {
		Resource resource = catalogue.find(id).orElseThrow();
		catalogue.move(id, resource.getVersion(), person(who), move, message,
				catalogue.validationCriteria().stream().map(c -> c.getCode()).toList());
	}

	/** A new version of a published resource, with another title; returns the resource's id. */
	public long newVersion(long id, Persona editor, String title) {
		Resource resource = catalogue.find(id).orElseThrow();
		ResourceContent content = catalogue.contentOf(resource);
		catalogue.edit(id, resource.getVersion(), person(editor), new ResourceContent(title, content.summary(),
				content.description(), content.type(), content.years(), content.disciplines(), content.language(),
				content.authors(), content.publisher(), content.licence(), content.url(), content.durationMinutes(),
				content.audiences(), content.accessibilityFeatures(), content.accessModes(),
				content.accessibilityHazards(), content.accessibilitySummary(), content.accommodations(),
				content.accommodationsNote(), content.competences(), content.keywords(), content.provenance(),
				List.of()), List.of(), List.of(), "Titre précisé");
		return id;
	}

	public Resource resource(long id) {
		return catalogue.find(id).orElseThrow();
	}

	/** What the resource says of itself now. */
	public ResourceContent contentOf(long id) {
		return catalogue.contentOf(resource(id));
	}
}
