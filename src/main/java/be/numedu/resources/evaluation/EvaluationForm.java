package be.numedu.resources.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The evaluation form as sent: everything is text, keyed by criterion id, so that a forged or garbled value is
 * reported in French beside its criterion rather than failing the binding. {@code scores} hold "1" to the scale or
 * {@value #NOT_APPLICABLE}; {@code version} the version of the person's evaluation the page showed (empty for none).
 */
public class EvaluationForm {

	public static final String NOT_APPLICABLE = "NA";

	private Map<String, String> scores = new LinkedHashMap<>();

	private Map<String, String> comments = new LinkedHashMap<>();

	private String comment;

	private String version;

	public Map<String, String> getScores() {
		return scores;
	}

	public void setScores(Map<String, String> scores) {
		this.scores = scores;
	}

	public Map<String, String> getComments() {
		return comments;
	}

	public void setComments(Map<String, String> comments) {
		this.comments = comments;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}
}
