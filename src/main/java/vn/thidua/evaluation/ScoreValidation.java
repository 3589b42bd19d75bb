package vn.thidua.evaluation;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.thidua.campaign.Criterion;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules of points, notes and reasons sent for an evaluation (DESIGN §4 "Points"), checked all at once. */
final class ScoreValidation {

    static final int NOTE_MAX = 1000;
    static final int REASON_MAX = 1000;

    private ScoreValidation() {
    }

    /** A score that passed the rules: points with two decimals (or null), the note stripped (or null). */
    record Valid(Criterion criterion, BigDecimal points, String note) {
    }

    /** Every problem of the request at once: unknown or inapplicable criteria, points out of range, notes. */
    static List<Valid> validate(EvaluationCase found, List<ScoreInput> inputs, String field) {
        if (inputs == null || inputs.isEmpty()) {
            throw new InvalidInputException(field, "evaluation.scores.required");
        }
        Map<Long, Criterion> all = found.allCriteria.stream()
                .collect(Collectors.toMap(Criterion::getId, c -> c, (a, b) -> a, LinkedHashMap::new));
        List<FieldProblem> problems = new ArrayList<>();
        List<Valid> valid = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            ScoreInput input = inputs.get(i);
            String at = field + "[" + i + "]";
            if (input == null || input.criterionId() == null) {
                problems.add(new FieldProblem(at + ".criterionId", "evaluation.criterion.required"));
                continue;
            }
            Criterion criterion = all.get(input.criterionId());
            if (criterion == null) {
                problems.add(new FieldProblem(at + ".criterionId", "evaluation.criterion.unknown", input.criterionId()));
                continue;
            }
            if (!criterion.appliesTo(found.type())) {
                problems.add(new FieldProblem(at + ".criterionId", "evaluation.criterion.notApplicable",
                        criterion.getCode(), new DefaultMessageSourceResolvable(
                        new String[] {"evaluation.subjectType." + found.type().name()}, found.type().name())));
                continue;
            }
            if (!seen.add(criterion.getId())) {
                problems.add(new FieldProblem(at + ".criterionId", "evaluation.criterion.duplicate", criterion.getCode()));
                continue;
            }
            int before = problems.size();
            BigDecimal points = checkPoints(input, criterion, at, problems);
            String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
            if (note != null && note.length() > NOTE_MAX) {
                problems.add(new FieldProblem(at + ".note", "evaluation.note.tooLong", criterion.getCode(), NOTE_MAX));
            } else {
                Texts.check(at + ".note", note, problems);
            }
            if (problems.size() == before) {
                valid.add(new Valid(criterion, points, note));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return valid;
    }

    private static BigDecimal checkPoints(ScoreInput input, Criterion criterion, String at, List<FieldProblem> problems) {
        BigDecimal max = criterion.getMaxPoints();
        if (input.unreadable() != null) {
            problems.add(new FieldProblem(at + ".points", "evaluation.points.invalid", criterion.getCode(),
                    criterion.getTitle(), input.unreadable(), max.stripTrailingZeros()));
            return null;
        }
        BigDecimal points = input.points();
        if (points == null) {
            return null;
        }
        if (points.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(at + ".points", "evaluation.points.scale", criterion.getCode(),
                    criterion.getTitle(), max.stripTrailingZeros()));
            return null;
        }
        if (points.signum() < 0 || points.compareTo(max) > 0) {
            problems.add(new FieldProblem(at + ".points", "evaluation.points.range", criterion.getCode(),
                    criterion.getTitle(), max.stripTrailingZeros()));
            return null;
        }
        return points.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A reason as stored: stripped, blank as null, at most {@link #REASON_MAX} characters. */
    static String reason(String reason) {
        String clean = reason == null || reason.isBlank() ? null : reason.strip();
        if (clean != null && clean.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "evaluation.reason.tooLong", REASON_MAX);
        }
        return Texts.checked("reason", clean);
    }

    static boolean samePoints(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** "C3: 12.00" (and the note when it changed); "C3: —" when there are no points. */
    static String describe(Criterion criterion, BigDecimal points, String note, boolean withNote) {
        String text = criterion.getCode() + ": " + (points == null ? "—"
                : points.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
        return withNote && note != null ? text + " | " + note : text;
    }
}
