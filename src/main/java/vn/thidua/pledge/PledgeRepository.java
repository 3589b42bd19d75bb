package vn.thidua.pledge;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.thidua.organisation.SubjectType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface PledgeRepository extends JpaRepository<Pledge, Long> {

    Optional<Pledge> findByCampaignIdAndSubjectTypeAndSubjectId(Long campaignId, SubjectType subjectType, Long subjectId);

    List<Pledge> findByCampaignIdInAndSubjectTypeAndSubjectId(Collection<Long> campaignIds, SubjectType subjectType,
                                                              Long subjectId);

    boolean existsByCampaignId(Long campaignId);
}
