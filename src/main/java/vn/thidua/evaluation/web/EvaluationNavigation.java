package vn.thidua.evaluation.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignLinks;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationPhases;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.shared.web.MenuEntries;
import vn.thidua.shared.web.NavLink;

import java.util.ArrayList;
import java.util.List;

/**
 * Where evaluations are reached from: "Tự đánh giá" for everyone who is a person, "Chấm điểm" for
 * heads and the board; on a campaign under way, the self-assessment and, once scoring has begun,
 * the review grids (people for heads and the board, units for the board).
 */
@Component
@Order(20)
class EvaluationNavigation implements MenuEntries, CampaignLinks {

    @Override
    public List<Entry> menu() {
        List<Entry> entries = new ArrayList<>();
        CurrentUser.find().ifPresent(user -> {
            if (user.individualId() != null) {
                entries.add(Entry.bar(40, NavLink.menu("navSelfAssessment", "nav.selfAssessment", "/evaluations")));
            }
            if (user.has(Role.UNIT_HEAD) || user.actsAsBoard()) {
                entries.add(Entry.bar(50, NavLink.menu("navReview", "nav.review", "/evaluations/review")));
            }
        });
        return entries;
    }

    @Override
    public List<NavLink> links(Campaign campaign, CurrentUser user) {
        List<NavLink> links = new ArrayList<>();
        CampaignStatus status = campaign.getStatus();
        String base = "/campaigns/" + campaign.getId();
        if (user.individualId() != null && EvaluationPhases.UNDER_WAY.contains(status)) {
            links.add(new NavLink("workSelfAssessment", "campaign.work.selfAssessment",
                    base + "/evaluations/INDIVIDUAL/" + user.individualId(), "bi-person-check", "primary"));
        }
        if (EvaluationPhases.SCORED.contains(status)) {
            if (user.has(Role.UNIT_HEAD) || user.readsEverything()) {
                links.add(new NavLink("workReview", "campaign.work.review", base + "/review", "bi-table", "warning"));
            }
            if (user.readsEverything()) {
                links.add(new NavLink("workReviewUnits", "campaign.work.reviewUnits", base + "/review/units",
                        "bi-building", "warning"));
            }
        }
        return links;
    }
}
