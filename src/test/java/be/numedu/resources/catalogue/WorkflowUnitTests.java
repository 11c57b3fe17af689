package be.numedu.resources.catalogue;

import be.numedu.accounts.PersonView;
import be.numedu.accounts.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every move of the workflow: from where, to where, by whom, and what it requires. */
class WorkflowUnitTests {

	static final PersonView AUTHOR = new PersonView(1, "a@x.be", "Auteur", Role.ENSEIGNANT, 5839, null);

	static final PersonView OTHER = new PersonView(2, "b@x.be", "Autre", Role.ENSEIGNANT, 5839, null);

	static final PersonView MODERATOR = new PersonView(3, "c@x.be", "Cellule", Role.ADMIN_SGNE, null, "sgne");

	static final PersonView CTP = new PersonView(4, "d@x.be", "CTP", Role.CONSEILLER_TECHNOPEDAGOGIQUE, null, "segec");

	@Test
	void theAuthorSubmitsAndTakesBackOnlyTheirOwn() {
		assertThat(Workflow.SUBMIT.allowedTo(AUTHOR, 1)).isTrue();
		assertThat(Workflow.SUBMIT.allowedTo(OTHER, 1)).isFalse();
		assertThat(Workflow.SUBMIT.from(ResourceStatus.DRAFT)).isTrue();
		assertThat(Workflow.SUBMIT.from(ResourceStatus.RETURNED)).isTrue();
		assertThat(Workflow.SUBMIT.from(ResourceStatus.PUBLISHED)).isFalse();
		assertThat(Workflow.TAKE_BACK.from(ResourceStatus.SUBMITTED)).isTrue();
		assertThat(Workflow.TAKE_BACK.from(ResourceStatus.UNDER_REVIEW)).isFalse();
	}

	@Test
	void onlyModeratorsDecide() {
		for (Workflow move : new Workflow[] { Workflow.START_REVIEW, Workflow.PUBLISH, Workflow.RETURN,
				Workflow.REFUSE, Workflow.WITHDRAW, Workflow.REPUBLISH }) {
			assertThat(move.allowedTo(MODERATOR, 1)).as(move.name()).isTrue();
			assertThat(move.allowedTo(AUTHOR, 1)).as(move.name()).isFalse();
			assertThat(move.allowedTo(CTP, 1)).as(move.name()).isFalse();
		}
	}

	@Test
	void returningRefusingAndWithdrawingNeedAMessage() {
		assertThat(Workflow.RETURN.needsMessage()).isTrue();
		assertThat(Workflow.REFUSE.needsMessage()).isTrue();
		assertThat(Workflow.WITHDRAW.needsMessage()).isTrue();
		assertThat(Workflow.PUBLISH.needsMessage()).isFalse();
	}

	@Test
	void decisionsComeFromSubmissionOrReviewOnly() {
		for (ResourceStatus status : ResourceStatus.values()) {
			boolean awaiting = status == ResourceStatus.SUBMITTED || status == ResourceStatus.UNDER_REVIEW;
			assertThat(Workflow.PUBLISH.from(status)).as(status.name()).isEqualTo(awaiting);
			assertThat(Workflow.RETURN.from(status)).as(status.name()).isEqualTo(awaiting);
			assertThat(Workflow.REFUSE.from(status)).as(status.name()).isEqualTo(awaiting);
		}
		assertThat(Workflow.WITHDRAW.from(ResourceStatus.PUBLISHED)).isTrue();
		assertThat(Workflow.REPUBLISH.from(ResourceStatus.WITHDRAWN)).isTrue();
		assertThat(Workflow.REPUBLISH.from(ResourceStatus.REFUSED)).isFalse();
	}

	@Test
	void codeSetsRoundTripAndDropWhatIsUnknown() {
		assertThat(CodeSets.write(java.util.List.of(SchoolYear.P1, SchoolYear.S3))).isEqualTo("|P1|S3|");
		assertThat(CodeSets.read("|P1|XX|S3|", code -> SchoolYear.valueOf(code))).containsExactly(SchoolYear.P1,
				SchoolYear.S3);
		assertThat(CodeSets.write(java.util.List.of())).isNull();
	}

	@Test
	void linksAreReducedToWhatIdentifiesThem() {
		assertThat(Resource.urlKey("HTTPS://www.Example.org/page/")).isEqualTo("example.org/page");
		assertThat(Resource.urlKey("http://example.org/page#part")).isEqualTo("example.org/page");
		assertThat(ContentRules.isWebAddress("https://example.org/a")).isTrue();
		assertThat(ContentRules.isWebAddress("javascript:alert(1)")).isFalse();
		assertThat(ContentRules.isWebAddress("https://user:pw@example.org/")).isFalse();
		assertThat(ContentRules.isWebAddress("ftp://example.org/")).isFalse();
	}
}
