package vn.thidua.campaign;

import org.springframework.stereotype.Component;
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

    Participation(UnitScope unitScope) {
        this.unitScope = unitScope;
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
