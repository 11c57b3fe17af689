package be.numedu.directory;

import java.util.Map;

/**
 * A section another module adds to an operator's card page, such as the support module's measured delays. The
 * directory does not depend on those modules: they implement this interface and the card page inserts their
 * fragment after the card's declared delays.
 */
public interface CardPageSection {

	/** The Thymeleaf template holding the fragment, e.g. {@code support/dashboard-card}. */
	String template();

	/** The fragment's selector in the template, e.g. {@code section}. */
	String selector();

	/** What the fragment shows for the card; the fragment reads it as {@code section}. */
	Map<String, Object> model(OperatorCard card);
}
