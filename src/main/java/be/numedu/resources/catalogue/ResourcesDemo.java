package be.numedu.resources.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * With the demo data, the first start fills the catalogue with a few resources (each says it is a demonstration),
 * published as if imported from the partner collections, and puts one proposal of the demo teacher in the
 * moderators' queue, so that a newcomer sees the catalogue, its facets and the moderation at work. Nothing is done
 * when resources exist already, in the {@code postgres} profile, or with {@code numedu.demo.resources=false}.
 */
@Component
@Order(31)
class ResourcesDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ResourcesDemo.class);

	private final Catalogue catalogue;

	private final ResourceRepository resources;

	private final People people;

	private final ObjectMapper json;

	private final boolean enabled;

	ResourcesDemo(Catalogue catalogue, ResourceRepository resources, People people, ObjectMapper json,
			@Value("${numedu.demo.enabled:false}") boolean demo,
			@Value("${numedu.demo.resources:true}") boolean demoResources) {
		this.catalogue = catalogue;
		this.resources = resources;
		this.people = people;
		this.json = json;
		this.enabled = demo && demoResources;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || resources.count() > 0) {
			return;
		}
		Optional<PersonView> admin = people.byEmail("admin@numedu.example");
		Optional<PersonView> teacher = people.byEmail("enseignant@numedu.example");
		if (admin.isEmpty() || teacher.isEmpty()) {
			log.warn("Ressources de démonstration non créées : un compte de démonstration manque");
			return;
		}
		List<ResourceContent> contents;
		try (InputStream in = new ClassPathResource("resources/demo-resources.json").getInputStream()) {
			contents = json.readValue(in, new TypeReference<List<ResourceContent>>() {
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		for (ResourceContent content : contents) {
			catalogue.importPublished(admin.get(), content, "Ressource de démonstration");
		}
		ResourceContent proposed = new ResourceContent("Écrire un conte à plusieurs mains",
				"Un atelier d'écriture collaborative : chaque groupe invente un épisode, la classe assemble le conte.",
				"Déroulement en quatre séances, avec une grille de relecture entre pairs.\n\n"
						+ "*Ressource de démonstration de numedu, soumise par l'enseignante de démonstration.*",
				ResourceType.SEQUENCE, new java.util.TreeSet<>(List.of(SchoolYear.P5, SchoolYear.P6)),
				new java.util.TreeSet<>(List.of(Discipline.FLA)), "fr", List.of("Camille Enseignante (démo)"), null,
				Licence.CC_BY_SA, "https://www.enseignement.be/index.php?page=4", 200,
				new java.util.TreeSet<>(List.of(Audience.ENSEIGNANT, Audience.ELEVE)), null, null, null, null, null,
				null, null, List.of("écriture", "conte", "collaboration"), Provenance.COMMUNAUTE, List.of());
		long id = catalogue.create(teacher.get(), proposed, List.of());
		Resource draft = resources.findById(id).orElseThrow();
		catalogue.move(id, draft.getVersion(), teacher.get(), Workflow.SUBMIT, null, List.of());
		log.info("Ressources de démonstration : {} publiées, 1 soumise à la modération", contents.size());
	}
}
