package vn.thidua.evaluation;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.Criterion;
import vn.thidua.organisation.Subject;
import vn.thidua.organisation.SubjectAccess;
import vn.thidua.organisation.SubjectType;
import vn.thidua.security.CurrentUser;

import java.util.List;

/**
 * Everything a request about one evaluation needs, read once by {@link EvaluationCases#open}: the
 * caller and what they may do with the subject, the campaign, the criteria and the evaluation row
 * (null until the first write creates it).
 */
final class EvaluationCase {

    final CurrentUser user;
    final Campaign campaign;
    final Subject subject;
    final SubjectAccess.Rights rights;
    /** Every criterion of the campaign, to name an inapplicable one in a refusal. */
    final List<Criterion> allCriteria;
    /** The criteria that apply to the subject's type, in the campaign's order. */
    final List<Criterion> criteria;
    Evaluation evaluation;

    EvaluationCase(CurrentUser user, Campaign campaign, Subject subject, SubjectAccess.Rights rights,
                   List<Criterion> allCriteria, Evaluation evaluation) {
        this.user = user;
        this.campaign = campaign;
        this.subject = subject;
        this.rights = rights;
        this.allCriteria = allCriteria;
        this.criteria = allCriteria.stream().filter(c -> c.appliesTo(subject.type())).toList();
        this.evaluation = evaluation;
    }

    SubjectType type() {
        return subject.type();
    }

    Long evaluationId() {
        return evaluation == null ? null : evaluation.getId();
    }

    EvaluationStatus status() {
        return evaluation == null ? EvaluationStatus.OPEN : evaluation.getStatus();
    }

    /** The reviewer: a head above the person, or the board for a unit (and the board where no head is above). */
    void checkReviewer() {
        rights.checkDecide();
    }
}
