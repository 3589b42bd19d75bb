package vn.thidua.pledge;

import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.Title;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.Texts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a pledge says once its rules hold: a target title among the campaign's open ones, at most
 * one commitment per applicable criterion, texts within their lengths. Every problem at once.
 */
record PledgeContent(String targetTitle, Map<Long, String> commitments, String extraCommitments) {

    static final int COMMITMENT_MAX = 4000;
    static final int EXTRA_MAX = 10_000;

    static PledgeContent validate(SubjectType type, PledgeData data, List<Title> openTitles, List<Criterion> criteria) {
        PledgeData d = data == null ? new PledgeData(null, List.of(), null) : data;
        List<FieldProblem> problems = new ArrayList<>();
        String title = Texts.clean(d.targetTitle());
        if (title != null) {
            String code = title.toUpperCase(Locale.ROOT);
            title = code;
            if (openTitles.stream().noneMatch(t -> t.getCode().equals(code))) {
                problems.add(new FieldProblem("targetTitle", "pledge.targetTitle.notOpen", code));
            }
        }
        Map<Long, Criterion> applicable = criteria.stream().filter(c -> c.appliesTo(type))
                .collect(Collectors.toMap(Criterion::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, String> commitments = new LinkedHashMap<>();
        List<PledgeData.Commitment> given = d.commitments() == null ? List.of() : d.commitments();
        for (int i = 0; i < given.size(); i++) {
            PledgeData.Commitment c = given.get(i);
            String field = "commitments[" + i + "]";
            if (c == null || c.criterionId() == null) {
                problems.add(new FieldProblem(field + ".criterionId", "jakarta.validation.constraints.NotNull.message"));
                continue;
            }
            if (!applicable.containsKey(c.criterionId())) {
                problems.add(new FieldProblem(field + ".criterionId", "pledge.criterion.notApplicable",
                        String.valueOf(c.criterionId())));
                continue;
            }
            if (commitments.containsKey(c.criterionId())) {
                problems.add(new FieldProblem(field + ".criterionId", "pledge.criterion.repeated",
                        applicable.get(c.criterionId()).getCode()));
                continue;
            }
            String text = text(c.text());
            if (text != null && text.length() > COMMITMENT_MAX) {
                problems.add(new FieldProblem(field + ".text", "validation.text.tooLong", COMMITMENT_MAX));
            } else if (text != null && Texts.check(field + ".text", text, problems)) {
                commitments.put(c.criterionId(), text);
            }
        }
        String extra = text(d.extraCommitments());
        if (extra != null && extra.length() > EXTRA_MAX) {
            problems.add(new FieldProblem("extraCommitments", "validation.text.tooLong", EXTRA_MAX));
        } else {
            Texts.check("extraCommitments", extra, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PledgeContent(title, commitments, extra);
    }

    /** Keeps the writer's line breaks; blank is nothing. */
    static String text(String value) {
        return Texts.multiline(value);
    }
}
