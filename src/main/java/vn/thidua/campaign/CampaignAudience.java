package vn.thidua.campaign;

import org.springframework.stereotype.Component;
import vn.thidua.organisation.UnitScope;
import vn.thidua.security.CurrentUser;

import java.util.HashSet;
import java.util.Set;

/**
 * Who may see a campaign. ADMIN and BOARD see all of them; everyone else sees launched campaigns
 * (not DRAFT) in which their unit takes part: a campaign lists units, and a unit takes part when
 * it or a unit above it is listed (a Vụ's phòng are part of the Vụ). A unit head also sees the
 * campaigns of the units they head, down their tree.
 */
@Component
class CampaignAudience {

    private final UnitScope scope;

    CampaignAudience(UnitScope scope) {
        this.scope = scope;
    }

    /** The units through which the caller takes part in campaigns; read once per request. */
    Set<Long> unitsOf(CurrentUser user) {
        Set<Long> units = new HashSet<>();
        if (user.unitId() != null) {
            units.addAll(scope.ancestorsOf(user.unitId()));
        }
        units.addAll(scope.of(user));
        return units;
    }

    boolean canSee(CurrentUser user, Campaign campaign) {
        return user.readsEverything() || canSee(campaign, unitsOf(user));
    }

    static boolean canSee(Campaign campaign, Set<Long> callerUnits) {
        if (campaign.getStatus() == CampaignStatus.DRAFT) {
            return false;
        }
        return Participation.listsAny(campaign, callerUnits);
    }
}
