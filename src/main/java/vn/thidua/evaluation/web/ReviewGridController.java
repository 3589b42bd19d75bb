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
import vn.thidua.evaluation.EvaluationState;
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
        for (EvaluationState s : EvaluationState.values()) {
            statusLabels.put(s, messages.get("evaluation.status." + s));
            statusClasses.put(s, StateBadges.of(s));
        }
        model.addAttribute("classLabels", classLabels);
        model.addAttribute("statusLabels", statusLabels);
        model.addAttribute("statusClasses", statusClasses);
        model.addAttribute("none", messages.get("common.none"));
        // the evaluation page's "back to the grid" comes back to this filter and page
        model.addAttribute("fromGridQuery", "?fromGrid=true" + (unitId == null ? "" : "&gridUnit=" + unitId)
                + (grid.page() > 0 ? "&gridPage=" + grid.page() : ""));
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

    /**
     * "Take the self-scores" of one row (the button on the row: {@code subject}) or of the rows not
     * yet reviewed ({@code subjects}); each value is "subjectId:version". Comes back to the same
     * page of the grid, at the row, saying how many cells were taken and naming the refused ones.
     */
    @PostMapping("/take-self")
    String takeSelf(@PathVariable Long id, @RequestParam(required = false) String subjectType,
                    @RequestParam(required = false) String subject,
                    @RequestParam(required = false) List<String> subjects,
                    @RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer page,
                    RedirectAttributes redirect) {
        SubjectType type = Subjects.type(subjectType == null ? "INDIVIDUAL" : subjectType);
        List<FinalisationService.SubjectVersion> list = subject != null ? subjectVersions(List.of(subject))
                : subjectVersions(subjects == null ? List.of() : subjects);
        String back = gridPath(id, type, unitId, page)
                + (subject != null && !list.isEmpty() ? "#row-" + list.get(0).subjectId() : "");
        if (list.isEmpty()) {
            redirect.addFlashAttribute("flashError", messages.get("evaluation.takeSelf.nothing"));
            return "redirect:" + back;
        }
        return actions.redirectAfter(back, redirect, () -> {
            ReviewService.TakenSelfScores taken = reviews.takeSelfScores(id, type, list, subject == null);
            if (!taken.refused().isEmpty()) {
                redirect.addFlashAttribute("flashError", messages.get("evaluation.takeSelf.refused",
                        taken.refused().stream().map(this::refusal).collect(Collectors.joining("; "))));
            }
            if (taken.cells() == 0) {
                if (taken.refused().isEmpty()) {
                    redirect.addFlashAttribute("flashError", messages.get("evaluation.takeSelf.nothing"));
                }
                return null;
            }
            return messages.get("evaluation.takeSelf.done", taken.cells(), taken.rows());
        });
    }

    private String refusal(ReviewService.Refusal r) {
        String why = messages.get(r.messageKey(), r.arguments());
        return r.criterionCode() == null ? messages.get("evaluation.takeSelf.refusedRow", r.subjectName(), why)
                : messages.get("evaluation.takeSelf.refusedCell", r.subjectName(), r.criterionCode(), why);
    }

    /** "subjectId:version" values; a tampered one is left out (the rest is done or refused by the service). */
    private static List<FinalisationService.SubjectVersion> subjectVersions(List<String> values) {
        List<FinalisationService.SubjectVersion> list = new ArrayList<>();
        for (String value : values) {
            String[] parts = value.split(":");
            try {
                list.add(new FinalisationService.SubjectVersion(Long.valueOf(parts[0]), Long.valueOf(parts[1])));
            } catch (RuntimeException e) {
                // ignored, as in finalising
            }
        }
        return list;
    }

    /** The grid's page as it was: its subject type, unit filter and page number. */
    static String gridPath(Long id, SubjectType type, Long unitId, Integer page) {
        StringBuilder path = new StringBuilder(type == SubjectType.INDIVIDUAL ? "/campaigns/" + id + "/review"
                : "/campaigns/" + id + "/review/units");
        String separator = "?";
        if (unitId != null) {
            path.append(separator).append("unitId=").append(unitId);
            separator = "&";
        }
        if (page != null && page > 0) {
            path.append(separator).append("page=").append(page);
        }
        return path.toString();
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
