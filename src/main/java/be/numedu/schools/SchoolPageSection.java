package be.numedu.schools;

import java.util.Map;

/**
 * A section another module adds to a school's page, such as the directory's "who supports this school". The schools
 * module does not depend on those modules: they implement this interface and the page inserts their fragment.
 */
public interface SchoolPageSection {

	/** The Thymeleaf template holding the fragment, e.g. {@code directory/school-support}. */
	String template();

	/** The fragment's selector in the template, e.g. {@code section}. */
	String selector();

	/** What the fragment shows for the school; the fragment reads it as {@code section}. */
	Map<String, Object> model(SchoolSummary school);
}
