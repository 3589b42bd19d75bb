package vn.thidua.pledge.web;

import lombok.Getter;
import lombok.Setter;
import vn.thidua.campaign.Criterion;
import vn.thidua.organisation.SubjectType;
import vn.thidua.pledge.Pledge;
import vn.thidua.pledge.PledgeData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pledge form: a target title, one commitment per applicable criterion (in order), extra commitments. */
@Getter
@Setter
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

    @Getter
    @Setter
    public static class CommitmentField {
        private Long criterionId;
        private String text;

        public CommitmentField() {
        }

        CommitmentField(Long criterionId, String text) {
            this.criterionId = criterionId;
            this.text = text;
        }
    }
}
