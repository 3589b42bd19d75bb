package vn.thidua.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.thidua.organisation.SubjectType;

import java.util.Optional;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    Optional<Evaluation> findByCampaignIdAndSubjectTypeAndSubjectId(Long campaignId, SubjectType subjectType,
                                                                    Long subjectId);

    boolean existsByCampaignId(Long campaignId);
}
