package vn.thidua.evaluation.web;

import vn.thidua.evaluation.EvaluationState;

/** The badge colour of an evaluation's shown state (kept in step with evaluation/fragments :: status). */
final class StateBadges {

    private StateBadges() {
    }

    static String of(EvaluationState state) {
        return switch (state) {
            case OPEN -> "text-bg-secondary";
            case SUBMITTED -> "text-bg-info";
            case IN_REVIEW -> "text-bg-light border border-warning";
            case REVIEWED -> "text-bg-warning";
            case FINALISED -> "text-bg-success";
        };
    }
}
