package vn.thidua.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.campaign.Criterion;
import vn.thidua.evaluation.FinalisationService;
import vn.thidua.evaluation.ReviewGrid;
import vn.thidua.evaluation.ReviewGridQueries;
import vn.thidua.evaluation.ReviewService;
import vn.thidua.evaluation.Subjects;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Messages;
import vn.thidua.shared.Paging;
import vn.thidua.shared.StaleVersionException;
import vn.thidua.shared.web.DecimalFormatter;
import vn.thidua.shared.web.PageActions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The review grid (chấm điểm): people × criteria for unit heads, units × criteria for the board.
 * A cell saves itself as the reviewer leaves it (htmx PUT) and answers with the cell and, out of
 * band, the row's total, classification, status and version; a refused cell shows the reason in
 * place, a stale one the value now stored and who stored it.
 */
@Controller
@RequestMapping("/campaigns/{id:\\d+}/review")
class ReviewGridController {

    static final int PAGE_SIZE = 500;

    private final ReviewGridQueries grids;
    private final ReviewService reviews;
    private final FinalisationService finalisation;
    private final Messages messages;
    private final PageActions actions;

    ReviewGridController(ReviewGridQueries grids, ReviewService reviews, FinalisationService finalisation,
                         Messages messages, PageActions actions) {
        this.grids = grids;
        this.reviews = reviews;
        this.finalisation = finalisation;
        this.messages = messages;
        this.actions = actions.lockingFailuresAsStale(); // finalising may also lose a race on the JPA version
    }

    @GetMapping
    String people(@PathVariable Long id, @RequestParam(required = false) Long unitId,
                  @RequestParam(required = false) Integer page, Model model) {
        return grid(id, SubjectType.INDIVIDUAL, unitId, page, model);
    }

    @GetMapping("/units")
    String units(@PathVariable Long id, @RequestParam(required = false) Long unitId,
                 @RequestParam(required = false) Integer page, Model model) {
        return grid(id, SubjectType.COLLECTIVE, unitId, page, model);
    }

    private String grid(Long id, SubjectType type, Long unitId, Integer page, Model model) {
        ReviewGrid grid = grids.page(id, type, unitId, Paging.pageNumber(page), PAGE_SIZE);
        model.addAttribute("grid", grid);
        model.addAttribute("wideLayout", true); // people × criteria needs the whole screen
        model.addAttribute("cellBase", cellBase(id, type));
        // labels resolved once per page, not once per row
        java.util.Map<Object, String> classLabels = new java.util.HashMap<>();
        for (vn.thidua.evaluation.Classification c : vn.thidua.evaluation.Classification.values()) {
            classLabels.put(c, messages.get("evaluation.classification." + c));
        }
        java.util.Map<Object, String> statusLabels = new java.util.HashMap<>();
        java.util.Map<Object, String> statusClasses = new java.util.HashMap<>();
        for (vn.thidua.evaluation.EvaluationStatus s : vn.thidua.evaluation.EvaluationStatus.values()) {
            statusLabels.put(s, messages.get("evaluation.status." + s));
            statusClasses.put(s, switch (s) {
                case OPEN -> "text-bg-secondary";
                case SUBMITTED -> "text-bg-info";
                case REVIEWED -> "text-bg-warning";
                case FINALISED -> "text-bg-success";
            });
        }
        model.addAttribute("classLabels", classLabels);
        model.addAttribute("statusLabels", statusLabels);
        model.addAttribute("statusClasses", statusClasses);
        model.addAttribute("baseUrl", (type == SubjectType.INDIVIDUAL ? "/campaigns/" + id + "/review"
                : "/campaigns/" + id + "/review/units") + "?" + (unitId == null ? "" : "unitId=" + unitId + "&"));
        return "evaluation/grid";
    }

    @PutMapping("/{type}/{subjectId:\\d+}/{criterionId:\\d+}")
    String cell(@PathVariable Long id, @PathVariable String type, @PathVariable Long subjectId,
                @PathVariable Long criterionId, @RequestParam(required = false) Long version,
                @RequestParam(required = false) String points, @RequestParam(required = false) String reason,
                Model model, HttpServletResponse response) {
        SubjectType subjectType = Subjects.type(type);
        ReviewGrid grid;
        String error = null;
        String typed = null;
        int status = 200;
        try {
            // the service reads the typed text: "abc" or "1e3" is refused naming the criterion and its range
            grid = reviews.saveCell(id, subjectType, subjectId, version, criterionId, points == null ? "" : points,
                    reason);
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
            status = 409;
            grid = grids.row(id, subjectType, subjectId);
            BigDecimal current = grid.rows().get(0).cell(criterionId).reviewPoints();
            String changedBy = grid.rows().get(0).changedBy();
            error = messages.get("evaluation.grid.stale",
                    changedBy == null ? messages.get("evaluation.grid.someoneElse") : changedBy,
                    current == null ? messages.get("common.none")
                            : new DecimalFormatter().print(current, LocaleContextHolder.getLocale()));
        } catch (InvalidInputException e) {
            status = 400;
            typed = points;
            error = e.getProblems().stream().map(p -> messages.get(p.messageKey(), p.arguments()))
                    .collect(Collectors.joining(" "));
            grid = grids.row(id, subjectType, subjectId);
        } catch (ConflictException e) {
            status = 409;
            error = messages.of(e);
            grid = grids.row(id, subjectType, subjectId);
        }
        Criterion criterion = grid.criteria().stream().filter(c -> c.getId().equals(criterionId)).findFirst()
                .orElse(grid.criteria().get(0));
        response.setStatus(status);
        model.addAttribute("grid", grid);
        model.addAttribute("cellBase", cellBase(id, subjectType));
        model.addAttribute("row", grid.rows().get(0));
        model.addAttribute("criterion", criterion);
        model.addAttribute("error", error);
        model.addAttribute("typed", typed);
        return "evaluation/grid-cell";
    }

    /** Where a cell of this grid is saved: {@code <base><subjectId>/<criterionId>}. */
    private static String cellBase(Long id, SubjectType type) {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/campaigns/{id}/review/{type}/").buildAndExpand(id, type).toUriString()
                .replaceFirst("^https?://[^/]+", "");
    }

    /** Finalises the ticked complete rows (all or none). Each value is "subjectId:version". */
    @PostMapping("/finalise")
    String finalise(@PathVariable Long id, @RequestParam(required = false) String subjectType,
                    @RequestParam(required = false) List<String> subjects,
                    @RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
        SubjectType type = Subjects.type(subjectType == null ? "INDIVIDUAL" : subjectType);
        List<FinalisationService.SubjectVersion> list = new ArrayList<>();
        for (String subject : subjects == null ? List.<String>of() : subjects) {
            String[] parts = subject.split(":");
            try {
                list.add(new FinalisationService.SubjectVersion(Long.valueOf(parts[0]), Long.valueOf(parts[1])));
            } catch (RuntimeException e) {
                // a tampered value: ignored, the rest is finalised or refused by the service
            }
        }
        String base = type == SubjectType.INDIVIDUAL ? "/campaigns/" + id + "/review" : "/campaigns/" + id + "/review/units";
        String back = base + (unitId == null ? "" : "?unitId=" + unitId);
        if (list.isEmpty()) {
            redirect.addFlashAttribute("flashError", messages.get("evaluation.grid.nothingSelected"));
            return "redirect:" + back;
        }
        return actions.redirectAfter(back, redirect, () -> {
            int count = finalisation.finaliseAll(id, type, list);
            return messages.get("evaluation.grid.finalised", count);
        });
    }
}
