package vn.thidua.campaign;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    /** With its participating units and open titles, in one statement (most requests read both). */
    @Override
    @EntityGraph(attributePaths = {"participatingUnitIds", "openTitles"})
    Optional<Campaign> findById(Long id);

    Optional<Campaign> findByCode(String code);

    boolean existsByCode(String code);

    /** Newest first: the campaign people are working on now is at the top. */
    @Query("select c from Campaign c order by c.startDate desc, c.id desc")
    List<Campaign> findAllNewestFirst();

    @Query("select c from Campaign c where c.status <> vn.thidua.campaign.CampaignStatus.DRAFT "
            + "order by c.startDate desc, c.id desc")
    List<Campaign> findLaunchedNewestFirst();
}
