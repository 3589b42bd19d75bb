package vn.thidua.evaluation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.campaign.Criterion;
import vn.thidua.evaluation.EvaluationTrail.Event;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.UnsupportedFileTypeException;
import vn.thidua.shared.Texts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * Evidence (minh chứng) of a self-assessment: web links and files (PDF, PNG, JPEG, DOCX, XLSX by
 * content), added and removed by the subject while its self-assessment is open, downloaded by
 * those who may read the evaluation. Every change is audited.
 */
@Service
@Transactional
public class EvidenceService {

    static final int URL_MAX = 2000;

    private final EvaluationCases cases;
    private final EvidenceStore evidence;
    private final EvaluationTrail trail;

    EvidenceService(EvaluationCases cases, EvidenceStore evidence, EvaluationTrail trail) {
        this.cases = cases;
        this.evidence = evidence;
        this.trail = trail;
    }

    /** A downloadable evidence file. */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    @PreAuthorize("isAuthenticated()")
    public EvidenceItem addLink(Long campaignId, SubjectType type, Long subjectId, Long criterionId, String url) {
        EvaluationCase found = cases.open(campaignId, type, subjectId);
        Evaluation evaluation = editable(found);
        Criterion criterion = criterion(found, criterionId);
        String clean = url == null ? null : url.strip();
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("url", "evidence.url.required");
        }
        if (clean.length() > URL_MAX || !isWebAddress(clean) || Texts.forbiddenCharacter(clean) >= 0) {
            throw new InvalidInputException("url", "evidence.url.invalid", URL_MAX);
        }
        long id = evidence.addLink(evaluation.getId(), criterion == null ? null : criterion.getId(), clean,
                found.user.displayName());
        trail.record(evaluation.getId(), campaignId, null, List.of(new Event("EVIDENCE_ADDED", null,
                label(criterion) + clean)));
        return evidence.find(id).orElseThrow();
    }

    /** A file; the size limit is checked by the caller's upload. */
    @PreAuthorize("isAuthenticated()")
    public EvidenceItem addFile(Long campaignId, SubjectType type, Long subjectId, Long criterionId,
                                String originalName, byte[] content) {
        EvaluationCase found = cases.open(campaignId, type, subjectId);
        Evaluation evaluation = editable(found);
        Criterion criterion = criterion(found, criterionId);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "evidence.file.empty");
        }
        String contentType = UploadedFiles.contentType(content)
                .orElseThrow(() -> new UnsupportedFileTypeException("evidence.file.type"));
        String name = UploadedFiles.safeName(originalName, contentType);
        long id = evidence.addFile(evaluation.getId(), criterion == null ? null : criterion.getId(), name,
                contentType, content, found.user.displayName());
        trail.record(evaluation.getId(), campaignId, null, List.of(new Event("EVIDENCE_ADDED", null,
                label(criterion) + name)));
        return evidence.find(id).orElseThrow();
    }

    @PreAuthorize("isAuthenticated()")
    public void delete(Long campaignId, SubjectType type, Long subjectId, Long evidenceId) {
        EvaluationCase found = cases.open(campaignId, type, subjectId);
        found.rights.checkSubject(); // before looking the evidence up: others learn nothing about its ids
        EvidenceItem item = of(found, evidenceId);
        editable(found);
        evidence.delete(evidenceId);
        trail.record(item.evaluationId(), campaignId, null, List.of(new Event("EVIDENCE_REMOVED",
                item.kind() == EvidenceItem.Kind.LINK ? item.url() : item.fileName(), null)));
    }

    /** The file, for those who may read the evaluation. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EvidenceFile download(Long campaignId, SubjectType type, Long subjectId, Long evidenceId) {
        EvaluationCase found = cases.open(campaignId, type, subjectId);
        found.rights.checkRead();
        EvidenceItem item = of(found, evidenceId);
        if (item.kind() != EvidenceItem.Kind.FILE) {
            throw new NotFoundException("evidence", evidenceId);
        }
        return new EvidenceFile(item.fileName(), item.contentType(), evidence.content(evidenceId));
    }

    private EvidenceItem of(EvaluationCase found, Long evidenceId) {
        EvidenceItem item = evidence.find(evidenceId).orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        if (found.evaluation == null || !item.evaluationId().equals(found.evaluation.getId())) {
            throw new NotFoundException("evidence", evidenceId);
        }
        return item;
    }

    /** Evidence changes with the self-assessment: by the subject, in its window, while OPEN. */
    private Evaluation editable(EvaluationCase found) {
        found.rights.checkSubject();
        EvaluationPhases.check(found.campaign, EvaluationPhases.SELF, "evaluation.campaignStatus.self");
        Evaluation evaluation = cases.ensure(found);
        if (evaluation.getStatus() != EvaluationStatus.OPEN) {
            throw new ConflictException("evaluation.locked.self", evaluation.getStatus().label());
        }
        return evaluation;
    }

    private static Criterion criterion(EvaluationCase found, Long criterionId) {
        if (criterionId == null) {
            return null;
        }
        return found.criteria.stream().filter(c -> c.getId().equals(criterionId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("criterionId", "evaluation.criterion.unknown", criterionId));
    }

    private static String label(Criterion criterion) {
        return criterion == null ? "" : criterion.getCode() + ": ";
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
