package vn.thidua.campaign;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface CriterionRepository extends JpaRepository<Criterion, Long> {

    List<Criterion> findByCampaignIdOrderByPositionAsc(Long campaignId);

    Optional<Criterion> findByIdAndCampaignId(Long id, Long campaignId);

    boolean existsByCampaignIdAndCode(Long campaignId, String code);

    long countByCampaignId(Long campaignId);
}
