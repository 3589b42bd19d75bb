package vn.thidua.ranking.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Participation;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.UnitService;
import vn.thidua.ranking.RankedSubject;
import vn.thidua.ranking.RankingService.Visibility;
import vn.thidua.ranking.SummaryService;
import vn.thidua.shared.ExplainedAccessDeniedException;
import vn.thidua.shared.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the ranking pages share: the units of the filter, the banner, the "not published yet" page. */
@Component
class RankingPages {

    static final String NOT_PUBLISHED = "ranking/not-published";

    private final CampaignService campaigns;
    private final SummaryService summaries;
    private final UnitService units;
    private final Participation participation;
    private final Messages messages;

    RankingPages(CampaignService campaigns, SummaryService summaries, UnitService units, Participation participation,
                 Messages messages) {
        this.campaigns = campaigns;
        this.summaries = summaries;
        this.units = units;
        this.participation = participation;
        this.messages = messages;
    }

    /**
     * The units a reader may filter by. A head reading the live ranking: the (active) units they
     * head and those below them. Anyone else reading it live: the active units taking part in the
     * campaign. Once the campaign is closed (frozen): the units as the snapshot recorded them, so
     * the names match the published rows and a unit renamed, moved or closed since still filters
     * its own people (the snapshot keeps the unit ids of every row's path).
     */
    List<UnitOption> unitOptions(Long campaignId, Visibility visibility) {
        List<UnitOption.Node> nodes = new ArrayList<>();
        if (visibility.frozen()) {
            summaries.eachParticipant(campaignId, SubjectType.COLLECTIVE, (RankedSubject u) ->
                    nodes.add(new UnitOption.Node(u.subjectId(), u.code(), u.name(), u.unitId())));
        } else {
            Set<Long> allowed = visibility.restricted() ? visibility.headedUnits()
                    : participation.units(visibility.campaign()); // null: every unit takes part
            units.findAll().stream().filter(u -> u.isActive() && (allowed == null || allowed.contains(u.getId())))
                    .forEach(u -> nodes.add(new UnitOption.Node(u.getId(), u.getCode(), u.getName(), u.getParentId())));
        }
        return UnitOption.tree(nodes);
    }

    /** The banner's facts: official (frozen, or closed before snapshots existed) and a head's units. */
    void banner(Visibility visibility, List<UnitOption> options, Model model) {
        model.addAttribute("visibility", visibility);
        model.addAttribute("campaign", visibility.campaign());
        model.addAttribute("official", official(visibility.campaign(), visibility.frozen()));
        if (visibility.restricted()) {
            // the top units of the head's scope (those below are in them)
            model.addAttribute("headedNames", options.stream().filter(o -> o.depth() == 0).map(UnitOption::name)
                    .collect(Collectors.joining(", ")));
        }
    }

    static boolean official(Campaign campaign, boolean frozen) {
        return frozen || campaign.getStatus() == CampaignStatus.CLOSED;
    }

    /** Rankings and summaries are published when the campaign closes: this says so, as a 403 page. */
    String notPublished(Long campaignId, ExplainedAccessDeniedException refusal, String active, Model model,
                        HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("campaign", campaigns.get(campaignId));
        model.addAttribute("active", active);
        model.addAttribute("reason", messages.of(refusal));
        return NOT_PUBLISHED;
    }
}
