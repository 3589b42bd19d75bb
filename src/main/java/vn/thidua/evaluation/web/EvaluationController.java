package vn.thidua.evaluation.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.audit.ActorNames;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.Criterion;
import vn.thidua.evaluation.EvaluationPhases;
import vn.thidua.evaluation.EvaluationReader;
import vn.thidua.evaluation.EvaluationTrail;
import vn.thidua.evaluation.EvaluationView;
import vn.thidua.evaluation.EvidenceService;
import vn.thidua.evaluation.FinalisationService;
import vn.thidua.evaluation.ScoreInput;
import vn.thidua.evaluation.SelfAssessmentService;
import vn.thidua.evaluation.Subjects;
import vn.thidua.organisation.SubjectType;
import vn.thidua.pledge.Pledge;
import vn.thidua.pledge.PledgeReader;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.shared.DomainException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Messages;
import vn.thidua.shared.StaleVersionException;
import vn.thidua.shared.web.PageActions;
import vn.thidua.shared.web.Uploads;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The evaluation pages: "my evaluations" (self-assessment of oneself and, for heads, of their
 * units), the evaluation of one subject with its self-assessment form, evidence, review summary,
 * finalising, reopening and history.
 */
@Controller
class EvaluationController {

    private static final String BASE = "/campaigns/{id:\\d+}/evaluations/{type}/{subjectId:\\d+}";

    private final EvaluationReader evaluations;
    private final SelfAssessmentService selfAssessments;
    private final FinalisationService finalisation;
    private final EvidenceService evidence;
    private final CampaignService campaigns;
    private final UnitRepository units;
    private final PledgeReader pledges;
    private final Uploads uploads;
    private final Messages messages;
    private final PageActions actions;

    private final ActorNames actors;

    EvaluationController(EvaluationReader evaluations, SelfAssessmentService selfAssessments,
                         FinalisationService finalisation, EvidenceService evidence, CampaignService campaigns,
                         UnitRepository units, PledgeReader pledges, Uploads uploads, Messages messages,
                         PageActions actions, ActorNames actors) {
        this.actors = actors;
        this.evaluations = evaluations;
        this.selfAssessments = selfAssessments;
        this.finalisation = finalisation;
        this.evidence = evidence;
        this.campaigns = campaigns;
        this.units = units;
        this.pledges = pledges;
        this.uploads = uploads;
        this.messages = messages;
        // the services may also lose a race on the JPA version; an input refusal says all its problems
        this.actions = actions.lockingFailuresAsStale().wordingInputAs(e -> e.getProblems().stream()
                .map(p -> messages.get(p.messageKey(), p.arguments())).collect(Collectors.joining(" ")));
    }

    /** "Tự đánh giá": campaigns under way and the caller's own self-assessment and their units'. */
    @GetMapping("/evaluations")
    String selfHub(Model model) {
        return hub(false, model);
    }

    /** "Chấm điểm": campaigns under way and the grids where the caller scores their people (or units). */
    @GetMapping("/evaluations/review")
    String reviewHub(Model model) {
        return hub(true, model);
    }

    private String hub(boolean review, Model model) {
        CurrentUser user = CurrentUser.get();
        List<Campaign> list = campaigns.list().stream()
                .filter(c -> EvaluationPhases.UNDER_WAY.contains(c.getStatus())).toList();
        List<Unit> headed = user.individualId() == null ? List.of()
                : units.findByHeadIndividualId(user.individualId()).stream().filter(Unit::isActive).toList();
        boolean board = user.actsAsBoard();
        model.addAttribute("campaigns", list);
        model.addAttribute("headedUnits", headed);
        model.addAttribute("reviewsPeople", board || user.has(Role.UNIT_HEAD) || !headed.isEmpty());
        model.addAttribute("reviewsUnits", board);
        model.addAttribute("reviewHub", review);
        return "evaluation/hub";
    }

    /** One evaluation; {@code gridUnit}/{@code gridPage} (from the grid) bring "back to the grid" to the same place. */
    @GetMapping(BASE)
    String show(@PathVariable Long id, @PathVariable String type, @PathVariable Long subjectId,
                @RequestParam(required = false) Boolean fromGrid, @RequestParam(required = false) Long gridUnit,
                @RequestParam(required = false) Integer gridPage, Model model) {
        EvaluationView view = evaluations.get(id, Subjects.type(type), subjectId);
        if (Boolean.TRUE.equals(fromGrid)) {
            model.addAttribute("gridUrl", ReviewGridController.gridPath(id, view.subjectType(), gridUnit, gridPage)
                    + "#row-" + subjectId);
        }
        return page(view, Map.of(), Map.of(), Map.of(), model);
    }

    @PostMapping(BASE + "/self")
    String saveSelf(@PathVariable Long id, @PathVariable String type, @PathVariable Long subjectId,
                    @RequestParam(required = false) Long version, @RequestParam MultiValueMap<String, String> form,
                    Model model, RedirectAttributes redirect) {
        SubjectType subjectType = Subjects.type(type);
        EvaluationView view = evaluations.get(id, subjectType, subjectId);
        Map<Long, String> typedPoints = new HashMap<>();
        Map<Long, String> typedNotes = new HashMap<>();
        Map<Long, String> errors = new HashMap<>();
        List<ScoreInput> inputs = new ArrayList<>();
        List<Long> order = new ArrayList<>();
        for (EvaluationView.Line line : view.lines()) {
            Criterion c = line.criterion();
            String points = form.getFirst("points-" + c.getId());
            String note = form.getFirst("note-" + c.getId());
            if (points == null && note == null) {
                continue;
            }
            typedPoints.put(c.getId(), points);
            typedNotes.put(c.getId(), note);
            inputs.add(ScoreInput.typed(c.getId(), points, note));
            order.add(c.getId());
        }
        // not PageActions: an input problem is shown next to the criterion it is about (by its index)
        try {
            selfAssessments.save(id, subjectType, subjectId, version, inputs);
            redirect.addFlashAttribute("flashSuccess", messages.get("evaluation.self.saved"));
            return "redirect:" + url(id, subjectType, subjectId);
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("flashError", messages.get("form.stale"));
            return page(evaluations.get(id, subjectType, subjectId), Map.of(), Map.of(), Map.of(), model);
        } catch (InvalidInputException e) {
            for (InvalidInputException.FieldProblem problem : e.getProblems()) {
                int index = index(problem.field());
                Long criterionId = index >= 0 && index < order.size() ? order.get(index) : null;
                String message = messages.get(problem.messageKey(), problem.arguments());
                if (criterionId != null) {
                    errors.merge(criterionId, message, (a, b) -> a + " " + b);
                } else {
                    model.addAttribute("flashError", message);
                }
            }
            model.addAttribute("flashError", model.getAttribute("flashError") != null
                    ? model.getAttribute("flashError") : messages.get("form.errors"));
            return page(view, typedPoints, typedNotes, errors, model);
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return "redirect:" + url(id, subjectType, subjectId);
        }
    }

    @PostMapping(BASE + "/submit")
    String submit(@PathVariable Long id, @PathVariable String type, @PathVariable Long subjectId,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        SubjectType subjectType = Subjects.type(type);
        return act(id, subjectType, subjectId, redirect, "evaluation.self.submitted",
                () -> selfAssessments.submit(id, subjectType, subjectId, version));
    }

    @PostMapping(BASE + "/finalise")
    String finalise(@PathVariable Long id, @PathVariable String type, @PathVariable Long subjectId,
                    @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        SubjectType subjectType = Subjects.type(type);
        return act(id, subjectType, subjectId, redirect, "evaluation.finalised",
                () -> finalisation.finalise(id, subjectType, subjectId, version));
    }

    @PostMapping(BASE + "/reopen")
    String reopen(@PathVariable Long id, @PathVariable String type, @PathVariable Long subjectId,
                  @RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        SubjectType subjectType = Subjects.type(type);
        return act(id, subjectType, subjectId, redirect, "evaluation.reopened",
                () -> finalisation.reopen(id, subjectType, subjectId, version, reason));
    }

    @PostMapping(BASE + "/links")
    String addLink(@PathVariable Long id, @PathVariable String type, @PathVariable Long subjectId,
                   @RequestParam(required = false) Long criterionId, @RequestParam(required = false) String url,
                   RedirectAttributes redirect) {
        SubjectType subjectType = Subjects.type(type);
        return act(id, subjectType, subjectId, redirect, "evidence.added",
                () -> evidence.addLink(id, subjectType, subjectId, criterionId, url));
    }

    @PostMapping(BASE + "/files")
    String addFile(@PathVariable Long id, @PathVariable String type, @PathVariable Long subjectId,
                   @RequestParam(required = false) Long criterionId,
                   @RequestParam(name = "file", required = false) MultipartFile file,
                   RedirectAttributes redirect) throws IOException {
        SubjectType subjectType = Subjects.type(type);
        byte[] content = uploads.read(file);
        return act(id, subjectType, subjectId, redirect, "evidence.added",
                () -> evidence.addFile(id, subjectType, subjectId, criterionId,
                        file == null ? null : file.getOriginalFilename(), content));
    }

    @PostMapping(BASE + "/evidence/{evidenceId:\\d+}/delete")
    String deleteEvidence(@PathVariable Long id, @PathVariable String type, @PathVariable Long subjectId,
                          @PathVariable Long evidenceId, RedirectAttributes redirect) {
        SubjectType subjectType = Subjects.type(type);
        return act(id, subjectType, subjectId, redirect, "evidence.deleted",
                () -> evidence.delete(id, subjectType, subjectId, evidenceId));
    }

    /** Makes one change and comes back to the evaluation saying what happened. */
    private String act(Long id, SubjectType type, Long subjectId, RedirectAttributes redirect, String successKey,
                       Runnable action) {
        return actions.redirectAfter(url(id, type, subjectId), redirect, () -> {
            action.run();
            return messages.get(successKey);
        });
    }

    private String page(EvaluationView view, Map<Long, String> typedPoints, Map<Long, String> typedNotes,
                        Map<Long, String> errors, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("typedPoints", typedPoints);
        model.addAttribute("typedNotes", typedNotes);
        model.addAttribute("errors", errors);
        List<EvaluationTrail.Entry> trail = evaluations.history(view.campaign().getId(), view.subjectType(),
                view.subjectId());
        model.addAttribute("history", EvaluationHistory.of(trail,
                actors.names(trail.stream().map(EvaluationTrail.Entry::actor).toList()), messages,
                LocaleContextHolder.getLocale()));
        model.addAttribute("selfUrl", url(view.campaign().getId(), view.subjectType(), view.subjectId()));
        model.addAttribute("downloadBase", "/api/v1/campaigns/" + view.campaign().getId() + "/evaluations/"
                + view.subjectType() + "/" + view.subjectId() + "/evidence/");
        if (!model.containsAttribute("gridUrl")) {
            model.addAttribute("gridUrl", (view.subjectType() == SubjectType.INDIVIDUAL
                    ? "/campaigns/" + view.campaign().getId() + "/review?unitId=" + view.subjectUnitId()
                    : "/campaigns/" + view.campaign().getId() + "/review/units") + "#row-" + view.subjectId());
        }
        model.addAttribute("pledge", pledgeOf(view));
        return "evaluation/evaluation";
    }

    /** The pledge being assessed, when there is one the caller may read. */
    private Pledge pledgeOf(EvaluationView view) {
        try {
            return pledges.find(view.campaign().getId(), view.subjectType(), view.subjectId()).orElse(null);
        } catch (AccessDeniedException e) {
            return null;
        }
    }

    private static int index(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        if (open < 0 || close < open) {
            return -1;
        }
        try {
            return Integer.parseInt(field.substring(open + 1, close));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String url(Long campaignId, SubjectType type, Long subjectId) {
        return "/campaigns/" + campaignId + "/evaluations/" + type + "/" + subjectId;
    }
}
