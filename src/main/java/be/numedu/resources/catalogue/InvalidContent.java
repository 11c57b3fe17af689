package be.numedu.resources.catalogue;

import java.util.List;

/** A content the rules refuse, with every problem found, so that a form shows them all at once. */
public class InvalidContent extends RuntimeException {

	private final transient List<ContentRules.Problem> problems;

	public InvalidContent(List<ContentRules.Problem> problems) {
		super("invalid content: " + problems.size() + " problem(s)");
		this.problems = List.copyOf(problems);
	}

	public List<ContentRules.Problem> problems() {
		return problems;
	}
}
