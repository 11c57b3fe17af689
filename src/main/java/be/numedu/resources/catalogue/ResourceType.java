package be.numedu.resources.catalogue;

/**
 * What kind of resource it is: the fifteen values of LOM's learning resource type (IEEE 1484.12.1, element 5.2),
 * with the names LOM gives them, plus the kinds French-speaking catalogues add (ScoLOMFR's "type pédagogique"), which
 * a LOM record carries under numedu's own vocabulary source.
 */
public enum ResourceType {

	EXERCISE("exercise"), SIMULATION("simulation"), QUESTIONNAIRE("questionnaire"), DIAGRAM("diagram"),
	FIGURE("figure"), GRAPH("graph"), INDEX("index"), SLIDE("slide"), TABLE("table"),
	NARRATIVE_TEXT("narrative text"), EXAM("exam"), EXPERIMENT("experiment"),
	PROBLEM_STATEMENT("problem statement"), SELF_ASSESSMENT("self assessment"), LECTURE("lecture"),
	/** A lesson sequence: several activities over several periods. */
	SEQUENCE(null),
	/** A practical sheet for the teacher ("fiche-outil"). */
	TOOL_SHEET(null),
	/** A video or an audio-visual archive. */
	VIDEO(null),
	/** An audio recording. */
	AUDIO(null),
	/** An educational game. */
	GAME(null),
	/** An online course or e-learning module. */
	COURSE(null);

	private final String lomValue;

	ResourceType(String lomValue) {
		this.lomValue = lomValue;
	}

	/** The value in LOM's own vocabulary ("LOMv1.0"), or {@code null} for the kinds LOM lacks. */
	public String lomValue() {
		return lomValue;
	}
}
