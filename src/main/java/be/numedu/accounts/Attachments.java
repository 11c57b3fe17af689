package be.numedu.accounts;

import java.util.List;
import java.util.Optional;

/**
 * What people can belong to, as the modules that hold them describe it: implantations (the register) and operators
 * (the directory). The accounts module checks attachments through these without depending on those modules, which
 * implement them.
 */
public final class Attachments {

	private Attachments() {
	}

	/** Implemented by the register: names an active implantation by its FASE number. */
	public interface Sites {

		/** "School name – street, postcode locality", if the implantation is active in the register. */
		Optional<String> describe(int siteFase);
	}

	/** Implemented by the directory: the active operators a person can act for. */
	public interface Operators {

		/** The operator's name, if its card is active. */
		Optional<String> describe(String slug);

		/** Every active operator, by name, as (slug, name). */
		List<Choice> choices();
	}

	/** An operator to choose from. */
	public record Choice(String slug, String name) {
	}
}
