package vn.thidua.pledge.web;

import vn.thidua.campaign.Criterion;
import vn.thidua.organisation.SubjectType;
import vn.thidua.pledge.Pledge;
import vn.thidua.pledge.PledgeData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pledge form: a target title, one commitment per applicable criterion (in order), extra commitments. */
public class PledgeForm {

    private SubjectType subjectType = SubjectType.INDIVIDUAL;
    private Long subjectId;
    private String targetTitle;
    private List<CommitmentField> commitments = new ArrayList<>();
    private String extraCommitments;
    private Long version;

    public static PledgeForm blank(SubjectType type, Long subjectId, List<Criterion> criteria) {
        PledgeForm form = new PledgeForm();
        form.subjectType = type;
        form.subjectId = subjectId;
        form.align(criteria, Map.of());
        return form;
    }

    public static PledgeForm of(Pledge pledge, List<Criterion> criteria) {
        PledgeForm form = new PledgeForm();
        form.subjectType = pledge.getSubjectType();
        form.subjectId = pledge.getSubjectId();
        form.targetTitle = pledge.getTargetTitle();
        form.extraCommitments = pledge.getExtraCommitments();
        form.version = pledge.getVersion();
        form.align(criteria, pledge.getCommitments());
        return form;
    }

    /** One row per criterion in the campaign's order, keeping what was typed for each. */
    public void align(List<Criterion> criteria, Map<Long, String> texts) {
        Map<Long, String> typed = new java.util.HashMap<>(texts);
        for (CommitmentField field : commitments) {
            if (field.getCriterionId() != null) {
                typed.putIfAbsent(field.getCriterionId(), field.getText());
            }
        }
        List<CommitmentField> rows = new ArrayList<>();
        for (Criterion criterion : criteria) {
            rows.add(new CommitmentField(criterion.getId(), typed.get(criterion.getId())));
        }
        commitments = rows;
    }

    public PledgeData toData() {
        return new PledgeData(targetTitle, commitments.stream()
                .map(c -> new PledgeData.Commitment(c.getCriterionId(), c.getText())).toList(), extraCommitments);
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(SubjectType subjectType) {
        this.subjectType = subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public String getTargetTitle() {
        return targetTitle;
    }

    public void setTargetTitle(String targetTitle) {
        this.targetTitle = targetTitle;
    }

    public List<CommitmentField> getCommitments() {
        return commitments;
    }

    public void setCommitments(List<CommitmentField> commitments) {
        this.commitments = commitments;
    }

    public String getExtraCommitments() {
        return extraCommitments;
    }

    public void setExtraCommitments(String extraCommitments) {
        this.extraCommitments = extraCommitments;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public static class CommitmentField {
        private Long criterionId;
        private String text;

        public CommitmentField() {
        }

        CommitmentField(Long criterionId, String text) {
            this.criterionId = criterionId;
            this.text = text;
        }

        public Long getCriterionId() {
            return criterionId;
        }

        public void setCriterionId(Long criterionId) {
            this.criterionId = criterionId;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }
}
