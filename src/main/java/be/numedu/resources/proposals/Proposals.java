package be.numedu.resources.proposals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import be.numedu.accounts.PersonView;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.CatalogueRefusal;
import be.numedu.resources.catalogue.ContentRules;
import be.numedu.resources.catalogue.InvalidContent;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceChanged;
import be.numedu.resources.catalogue.ResourceContent;
import be.numedu.resources.catalogue.ResourceFile;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.catalogue.Upload;
import be.numedu.resources.catalogue.Workflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Improvement proposals (phase II, co-construction): a member of the community proposes a change to a published
 * resource — its texts, its metadata, a new file — with the reason; the resource's author or a moderator looks at
 * the difference with the current version and accepts it, which makes it the next version, or declines it with a
 * reason. The proposer follows the resource from then on. A proposal made on an older version can still be
 * accepted: the page compares it with the current one, so that whoever decides sees what it would undo.
 */
@Service
public class Proposals {

	/** A proposal as pages show it. */
	public record View(long id, long resourceId, long proposerId, int baseVersion, String reason, String status,
			Instant createdAt, Long decidedBy, Instant decidedAt, String decisionReason, Integer resultingVersion,
			long version, ResourceContent content) {

		public boolean open() {
			return "OPEN".equals(status);
		}
	}

	private final ProposalRepository proposals;

	private final FollowerRepository followers;

	private final Catalogue catalogue;

	private final ContentRules rules;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	Proposals(ProposalRepository proposals, FollowerRepository followers, Catalogue catalogue, ContentRules rules,
			ObjectMapper json, ApplicationEventPublisher events) {
		this.proposals = proposals;
		this.followers = followers;
		this.catalogue = catalogue;
		this.rules = rules;
		this.json = json;
		this.events = events;
	}

	/**
	 * Records a proposal.
	 *
	 * @param removedFiles current files the proposal drops
	 * @param uploads new files, kept waiting until the proposal is accepted
	 */
	@Transactional
	public long propose(long resourceId, PersonView proposer, ResourceContent proposed, Collection<Long> removedFiles,
			List<Upload> uploads, String reason) {
		Resource resource = catalogue.find(resourceId).filter(r -> r.getStatus() == ResourceStatus.PUBLISHED)
			.orElseThrow(() -> new CatalogueRefusal("resources.error.notPublished"));
		if (resource.getOwnerId() == proposer.id()) {
			throw new CatalogueRefusal("proposals.error.own");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new CatalogueRefusal("proposals.error.reason");
		}
		if (why.length() > 2000) {
			throw new CatalogueRefusal("resources.error.tooLong", 2000);
		}
		List<ResourceContent.FileRef> files = new ArrayList<>();
		for (ResourceFile file : catalogue.currentFiles(resourceId)) {
			if (removedFiles == null || !removedFiles.contains(file.getId())) {
				files.add(new ResourceContent.FileRef(file.getId(), file.getName(), file.getMediaType(),
						file.getSizeBytes()));
			}
		}
		// The provenance is the platform's to say, not a proposal's.
		ResourceContent content = proposed.withProvenance(resource.getProvenance()).withFiles(files);
		List<ContentRules.Problem> problems = rules.check(
				content.withFiles(uploads.isEmpty() ? files : placeholders(files, uploads.size())), true);
		if (!problems.isEmpty()) {
			throw new InvalidContent(problems);
		}
		if (uploads.isEmpty() && content.equals(catalogue.contentOf(resource))) {
			throw new CatalogueRefusal("resources.error.unchanged");
		}
		files.addAll(catalogue.keepWaitingFiles(resourceId, proposer.id(), uploads));
		ImprovementProposal proposal = proposals.save(new ImprovementProposal(resourceId, proposer.id(),
				resource.getContentVersion(), why, json.writeValueAsString(content.withFiles(files)), Instant.now()));
		follow(resourceId, proposer.id());
		events.publishEvent(new ResourceChanged(resourceId, proposer.id(), ResourceChanged.What.PROPOSAL_RECEIVED));
		return proposal.getId();
	}

	/** Accepts an open proposal: its content becomes the resource's next version. */
	@Transactional
	public int accept(long proposalId, long expectedVersion, PersonView decider, String note) {
		ImprovementProposal proposal = decidable(proposalId, expectedVersion, decider);
		ResourceContent content = contentOf(proposal);
		List<Long> waiting = new ArrayList<>();
		List<Long> current = catalogue.currentFiles(proposal.getResourceId()).stream().map(ResourceFile::getId).toList();
		content.files().stream().map(ResourceContent.FileRef::id).filter(id -> !current.contains(id))
			.forEach(waiting::add);
		String why = note == null || note.isBlank() ? null : note.strip();
		// The version's note says what changed, in the proposer's words.
		int version = catalogue.applyImprovement(proposal.getResourceId(), decider, proposal.getProposerId(), content,
				waiting, proposal.getReason());
		proposal.accept(decider.id(), why, version, Instant.now());
		events.publishEvent(new ResourceChanged(proposal.getResourceId(), decider.id(),
				ResourceChanged.What.PROPOSAL_ACCEPTED));
		return version;
	}

	/** Declines an open proposal, with the reason the proposer will read. */
	@Transactional
	public void decline(long proposalId, long expectedVersion, PersonView decider, String reason) {
		ImprovementProposal proposal = decidable(proposalId, expectedVersion, decider);
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new CatalogueRefusal("proposals.error.declineReason");
		}
		if (why.length() > 2000) {
			throw new CatalogueRefusal("resources.error.tooLong", 2000);
		}
		proposal.decline(decider.id(), why, Instant.now());
		events.publishEvent(new ResourceChanged(proposal.getResourceId(), decider.id(),
				ResourceChanged.What.PROPOSAL_DECLINED));
	}

	@Transactional(readOnly = true)
	public Optional<View> find(long resourceId, long proposalId) {
		return proposals.findById(proposalId).filter(p -> p.getResourceId() == resourceId).map(this::view);
	}

	@Transactional(readOnly = true)
	public List<View> of(long resourceId) {
		return proposals.findByResourceIdOrderByCreatedAtDesc(resourceId).stream().map(this::view).toList();
	}

	/** The proposer of the last proposal decided on this resource, for the notifier. */
	@Transactional(readOnly = true)
	public Optional<Long> lastDecidedProposer(long resourceId) {
		return proposals.findByResourceIdOrderByCreatedAtDesc(resourceId).stream()
			.filter(p -> p.getDecidedAt() != null)
			.max(java.util.Comparator.comparing(ImprovementProposal::getDecidedAt))
			.map(ImprovementProposal::getProposerId);
	}

	/** Whether the person may decide on the resource's proposals: its author and the moderators. */
	public static boolean mayDecide(PersonView person, Resource resource) {
		return person != null && (person.id() == resource.getOwnerId() || Workflow.isModerator(person));
	}

	@Transactional
	public void follow(long resourceId, long personId) {
		Follower.Key key = new Follower.Key(resourceId, personId);
		if (!followers.existsById(key)) {
			followers.save(new Follower(resourceId, personId, Instant.now()));
		}
	}

	@Transactional
	public void unfollow(long resourceId, long personId) {
		followers.deleteById(new Follower.Key(resourceId, personId));
	}

	@Transactional(readOnly = true)
	public boolean follows(long resourceId, long personId) {
		return followers.existsById(new Follower.Key(resourceId, personId));
	}

	@Transactional(readOnly = true)
	public List<Long> followersOf(long resourceId) {
		return followers.followersOf(resourceId);
	}

	private ImprovementProposal decidable(long proposalId, long expectedVersion, PersonView decider) {
		ImprovementProposal proposal = proposals.lockById(proposalId)
			.orElseThrow(() -> new CatalogueRefusal("resources.error.notFound"));
		Resource resource = catalogue.find(proposal.getResourceId()).orElseThrow();
		if (!mayDecide(decider, resource)) {
			throw new CatalogueRefusal("proposals.error.notYours");
		}
		if (proposal.getStatus() != ImprovementProposal.Status.OPEN) {
			throw CatalogueRefusal.conflict("proposals.error.decided");
		}
		if (proposal.getVersion() != expectedVersion) {
			throw CatalogueRefusal.conflict("resources.error.stale");
		}
		return proposal;
	}

	private ResourceContent contentOf(ImprovementProposal proposal) {
		return json.readValue(proposal.getContent(), ResourceContent.class);
	}

	private View view(ImprovementProposal p) {
		return new View(p.getId(), p.getResourceId(), p.getProposerId(), p.getBaseVersion(), p.getReason(),
				p.getStatus().name(), p.getCreatedAt(), p.getDecidedBy(), p.getDecidedAt(), p.getDecisionReason(),
				p.getResultingVersion(), p.getVersion(), contentOf(p));
	}

	private static List<ResourceContent.FileRef> placeholders(List<ResourceContent.FileRef> files, int added) {
		List<ResourceContent.FileRef> all = new ArrayList<>(files);
		for (int i = 0; i < added; i++) {
			all.add(new ResourceContent.FileRef(0, "nouveau", "application/octet-stream", 1));
		}
		return all;
	}
}
