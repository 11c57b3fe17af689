package be.numedu.resources.web;

import java.util.List;

import be.numedu.accounts.People;
import be.numedu.accounts.PersonView;
import be.numedu.frameworks.Frameworks;
import be.numedu.resources.catalogue.Catalogue;
import be.numedu.resources.catalogue.CatalogueRefusal;
import be.numedu.resources.catalogue.InvalidContent;
import be.numedu.resources.catalogue.Resource;
import be.numedu.resources.catalogue.ResourceStatus;
import be.numedu.resources.proposals.Proposals;
import be.numedu.shared.web.Crumb;
import be.numedu.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An improvement proposal's page: what it changes compared with the resource as it stands now (not only with the
 * version it was made on, so that whoever decides sees what accepting would undo), its reason, and for the
 * resource's author and the moderators the decision. Following a resource, and no longer following it.
 */
@Controller
class ProposalsController {

	private final Proposals proposals;

	private final Catalogue catalogue;

	private final People people;

	private final Frameworks frameworks;

	ProposalsController(Proposals proposals, Catalogue catalogue, People people, Frameworks frameworks) {
		this.proposals = proposals;
		this.catalogue = catalogue;
		this.people = people;
		this.frameworks = frameworks;
	}

	@GetMapping("/ressources/{id:\\d{1,18}}/ameliorations/{proposalId:\\d{1,18}}")
	String proposal(@PathVariable long id, @PathVariable long proposalId, Model model) {
		PersonView me = people.current().orElse(null);
		Resource resource = catalogue.find(id).filter(r -> Catalogue.visibleTo(r, me))
			.orElseThrow(() -> new NotFoundException("resource " + id));
		Proposals.View proposal = proposals.find(id, proposalId)
			.orElseThrow(() -> new NotFoundException("proposal " + proposalId));
		model.addAttribute("resource", resource);
		model.addAttribute("proposal", proposal);
		model.addAttribute("proposer", people.find(proposal.proposerId()).map(PersonView::displayName).orElse("—"));
		model.addAttribute("decider", proposal.decidedBy() == null ? null
				: people.find(proposal.decidedBy()).map(PersonView::displayName).orElse("—"));
		model.addAttribute("changes", ContentDiff.between(catalogue.contentOf(resource), proposal.content(),
				frameworks));
		model.addAttribute("mayDecide", proposal.open() && Proposals.mayDecide(me, resource));
		model.addAttribute("behind", proposal.baseVersion() < resource.getContentVersion());
		model.addAttribute("breadcrumbs", List.of(Crumb.of("resources.title", "/ressources"),
				Crumb.text(resource.getTitle(), "/ressources/" + id), Crumb.current("proposals.title")));
		return "resources/proposal";
	}

	@PostMapping("/ressources/{id:\\d{1,18}}/ameliorations/{proposalId:\\d{1,18}}/decision")
	String decide(@PathVariable long id, @PathVariable long proposalId,
			@RequestParam(name = "decision", required = false) String decision,
			@RequestParam(name = "version", required = false) String version,
			@RequestParam(name = "message", required = false) String message, RedirectAttributes redirect,
			HttpServletResponse response) {
		PersonView me = people.current().orElseThrow(() -> new AccessDeniedException("sign in"));
		Resource resource = catalogue.find(id).orElseThrow(() -> new NotFoundException("resource " + id));
		proposals.find(id, proposalId).orElseThrow(() -> new NotFoundException("proposal " + proposalId));
		if (!Proposals.mayDecide(me, resource)) {
			throw new AccessDeniedException("not the author");
		}
		String back = "redirect:/ressources/" + id + "/ameliorations/" + proposalId;
		if (version == null || !version.matches("\\d{1,18}")
				|| !("accepter".equals(decision) || "refuser".equals(decision))) {
			redirect.addFlashAttribute("decisionError", "proposals.error.decision");
			return back;
		}
		try {
			if ("accepter".equals(decision)) {
				proposals.accept(proposalId, Long.parseLong(version), me, message);
				redirect.addFlashAttribute("notice", "proposals.accepted");
				return "redirect:/ressources/" + id;
			}
			proposals.decline(proposalId, Long.parseLong(version), me, message);
			redirect.addFlashAttribute("notice", "proposals.declined");
		}
		catch (InvalidContent invalid) {
			redirect.addFlashAttribute("decisionError", "proposals.error.invalidNow");
		}
		catch (CatalogueRefusal refusal) {
			redirect.addFlashAttribute("decisionError", refusal.messageKey());
			redirect.addFlashAttribute("typedMessage", message);
		}
		return back;
	}

	@PostMapping("/ressources/{id:\\d{1,18}}/suivi")
	String follow(@PathVariable long id, @RequestParam(name = "suivre", required = false) String follow,
			RedirectAttributes redirect) {
		PersonView me = people.current().orElseThrow(() -> new AccessDeniedException("sign in"));
		catalogue.find(id).filter(r -> r.getStatus() == ResourceStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("resource " + id));
		if ("oui".equals(follow)) {
			proposals.follow(id, me.id());
			redirect.addFlashAttribute("notice", "proposals.following");
		}
		else if ("non".equals(follow)) {
			proposals.unfollow(id, me.id());
			redirect.addFlashAttribute("notice", "proposals.notFollowing");
		}
		return "redirect:/ressources/" + id;
	}
}
