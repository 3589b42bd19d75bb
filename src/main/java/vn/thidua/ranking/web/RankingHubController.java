package vn.thidua.ranking.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;

import java.util.List;

/**
 * "Kết quả thi đua": the campaigns whose results the caller may open. The board: every launched
 * campaign (dashboard, rankings, summary); a unit head: from SCORING on (their units' live ranking);
 * everyone: the closed ones (the published ranking and the summary).
 */
@Controller
class RankingHubController {

    private final CampaignService campaigns;

    RankingHubController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/rankings")
    String hub(Model model) {
        CurrentUser user = CurrentUser.get();
        boolean board = user.readsEverything();
        boolean head = user.has(Role.UNIT_HEAD);
        List<Campaign> list = campaigns.list().stream().filter(c -> c.getStatus() != CampaignStatus.DRAFT)
                .filter(c -> board || c.getStatus() == CampaignStatus.CLOSED
                        || (head && !CampaignStatus.SCORING.isAfter(c.getStatus())))
                .toList();
        model.addAttribute("campaigns", list);
        model.addAttribute("board", board);
        return "ranking/hub";
    }
}
