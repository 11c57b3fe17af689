package be.numedu.resources.collections;

import be.numedu.shared.Codes;

/**
 * The collection form as typed: every field a string, so that whatever is sent comes back on a refused form. The
 * visibility is one of {@link Visibility}'s names; the version is the row version the page showed; the resource, on a
 * new collection made from a resource's page, the resource to put in it.
 */
public class CollectionForm {

	private String title;

	private String description;

	private String visibility;

	private String version;

	private String resource;

	static CollectionForm of(ResourceCollection collection) {
		CollectionForm form = new CollectionForm();
		form.setTitle(collection.getTitle());
		form.setDescription(collection.getDescription());
		form.setVisibility(collection.getVisibility().name());
		form.setVersion(Long.toString(collection.getVersion()));
		return form;
	}

	/** The visibility chosen: {@code null} when none, or a value the form does not offer. */
	Visibility visibility() {
		return Codes.named(Visibility.class, visibility).orElse(null);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getVisibility() {
		return visibility;
	}

	public void setVisibility(String visibility) {
		this.visibility = visibility;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public String getResource() {
		return resource;
	}

	public void setResource(String resource) {
		this.resource = resource;
	}
}
