package vn.thidua.evaluation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.SubjectType;

import java.util.List;

/**
 * Reading an evaluation and its history (API.md Evaluations): the subject, a head above it and the
 * board read it; anyone else gets 403, an unknown campaign or subject 404.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationReader {

    private final EvaluationCases cases;
    private final EvaluationViews views;
    private final EvaluationTrail trail;

    EvaluationReader(EvaluationCases cases, EvaluationViews views, EvaluationTrail trail) {
        this.cases = cases;
        this.views = views;
        this.trail = trail;
    }

    @PreAuthorize("isAuthenticated()")
    public EvaluationView get(Long campaignId, SubjectType type, Long subjectId) {
        EvaluationCase found = cases.open(campaignId, type, subjectId);
        found.rights.checkRead();
        return views.of(found);
    }

    /** The history of an evaluation, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<EvaluationTrail.Entry> history(Long campaignId, SubjectType type, Long subjectId) {
        EvaluationCase found = cases.open(campaignId, type, subjectId);
        found.rights.checkRead();
        return trail.history(found.evaluationId());
    }
}
