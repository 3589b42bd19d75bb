package vn.thidua.campaign;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.UnitScope;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a unit takes part in a campaign: every unit when the campaign lists none, otherwise a
 * listed unit and every unit below it (a Vụ's phòng are part of the Vụ).
 */
@Component
public class Participation {

    private final UnitScope unitScope;
    private final JdbcClient jdbc;

    Participation(UnitScope unitScope, JdbcClient jdbc) {
        this.unitScope = unitScope;
        this.jdbc = jdbc;
    }

    /**
     * Whether the subject is in a participating unit but came after the registration deadline and was
     * not added (migration V9): not taking part, so nothing may be started for them in the campaign.
     */
    public boolean joinedLate(Campaign campaign, SubjectType type, Long subjectId) {
        String sql = type == SubjectType.INDIVIDUAL
                ? "select exists (select 1 from campaign_late_joiners(:campaign) where individual_id = :subject)"
                : """
                  select exists (select 1 from unit u where u.id = :subject and u.active
                                 and u.id in (select unit_id from campaign_units(:campaign))
                                 and u.id not in (select unit_id from campaign_collectives(:campaign)))""";
        return Boolean.TRUE.equals(jdbc.sql(sql).param("campaign", campaign.getId()).param("subject", subjectId)
                .query(Boolean.class).single());
    }

    public boolean takesPart(Campaign campaign, Long unitId) {
        return campaign.isOpenToAllUnits() || takingPart(unitId).test(campaign);
    }

    /** The campaigns this unit takes part in, as a test for many campaigns: the unit's ancestors are read once. */
    public Predicate<Campaign> takingPart(Long unitId) {
        Set<Long> unitAndAbove = unitScope.ancestorsOf(unitId);
        return campaign -> listsAny(campaign, unitAndAbove);
    }

    /** Every unit taking part (the listed ones and all below them) in one statement; null when all units do. */
    public Set<Long> units(Campaign campaign) {
        return campaign.isOpenToAllUnits() ? null : unitScope.subtrees(campaign.getParticipatingUnitIds());
    }

    /** Does the campaign take in one of these units (open to all, or listing one of them)? */
    static boolean listsAny(Campaign campaign, Set<Long> units) {
        return campaign.isOpenToAllUnits() || campaign.getParticipatingUnitIds().stream().anyMatch(units::contains);
    }
}
