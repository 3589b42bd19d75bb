package vn.thidua.ranking;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.UnitScope;
import vn.thidua.ranking.RankingQueries.Scope;
import vn.thidua.ranking.RankingQueries.Source;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.ExplainedAccessDeniedException;
import vn.thidua.shared.Paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Rankings of a campaign, for those allowed to read them (DESIGN §2, §4):
 * <ul>
 *     <li>once the campaign is CLOSED, everyone who sees the campaign reads the published ranking,
 *     from the snapshot taken on closing;</li>
 *     <li>before that, BOARD and ADMIN read the live ranking of everyone, a unit head the live
 *     ranking of the people (and units) of the units they head, with their overall ranks;</li>
 *     <li>anyone else is refused (403) with the reason: not published yet.</li>
 * </ul>
 * A campaign the caller may not see at all is 404, as everywhere else.
 */
@Service
@Transactional(readOnly = true)
public class RankingService {

    public static final int DEFAULT_PAGE_SIZE = 50;

    private final CampaignService campaigns;
    private final RankingQueries queries;
    private final UnitScope unitScope;

    RankingService(CampaignService campaigns, RankingQueries queries, UnitScope unitScope) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.unitScope = unitScope;
    }

    /**
     * What the caller reads of a campaign's ranking: live or frozen, everything or the units they
     * head ({@code headedUnits} empty = everything).
     */
    public record Visibility(Campaign campaign, boolean frozen, Set<Long> headedUnits, Long headIndividualId) {

        public boolean restricted() {
            return headIndividualId != null;
        }

        Source source() {
            return frozen ? Source.FROZEN : Source.LIVE;
        }

        Scope scope() {
            return new Scope(headIndividualId);
        }
    }

    /** A page of a ranking with what the caller reads of it. */
    public record RankingPage(Visibility visibility, RankingFilter filter, Page<RankedSubject> rows) {
    }

    /** Decides what the caller may read of this campaign's rankings, or refuses. */
    @PreAuthorize("isAuthenticated()")
    public Visibility visibility(Long campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        return visibilityOf(campaign).orElseThrow(() ->
                new ExplainedAccessDeniedException("ranking.notPublished", campaign.getStatus().label()));
    }

    /**
     * The same for a campaign already read, empty where the caller may not read its rankings (yet):
     * the board and admins always, heads their units live, everyone once the campaign is closed.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<Visibility> visibilityOf(Campaign campaign) {
        CurrentUser user = CurrentUser.get();
        if (campaign.getStatus() == CampaignStatus.CLOSED && queries.frozen(campaign.getId())) {
            return Optional.of(new Visibility(campaign, true, Set.of(), null));
        }
        if (user.readsEverything() || campaign.getStatus() == CampaignStatus.CLOSED) {
            // a campaign closed before snapshots existed: nothing in it can change any more
            return Optional.of(new Visibility(campaign, false, Set.of(), null));
        }
        Set<Long> headed = unitScope.of(user);
        if (!headed.isEmpty()) {
            return Optional.of(new Visibility(campaign, false, headed, user.individualId()));
        }
        return Optional.empty();
    }

    /** The same, for a filtered list: a head's unit filter must be one of their units (403 otherwise). */
    @PreAuthorize("isAuthenticated()")
    public Visibility visibility(Long campaignId, RankingFilter filter) {
        Visibility visibility = visibility(campaignId);
        checkUnitFilter(visibility, filter);
        return visibility;
    }

    @PreAuthorize("isAuthenticated()")
    public RankingPage individuals(Long campaignId, RankingFilter filter, Integer page, Integer size) {
        Visibility visibility = visibility(campaignId);
        checkUnitFilter(visibility, filter);
        PageRequest request = Paging.of(page, size, DEFAULT_PAGE_SIZE, Sort.unsorted());
        return new RankingPage(visibility, filter, queries.page(visibility.campaign(), SubjectType.INDIVIDUAL,
                visibility.source(), filter, visibility.scope(), request));
    }

    /** The unit ranking: rarely more than a few hundred rows, listed whole. */
    @PreAuthorize("isAuthenticated()")
    public RankingPage units(Long campaignId, RankingFilter filter) {
        Visibility visibility = visibility(campaignId);
        checkUnitFilter(visibility, filter);
        List<RankedSubject> rows = new ArrayList<>();
        queries.each(visibility.campaign(), SubjectType.COLLECTIVE, visibility.source(), filter, visibility.scope(),
                rows::add);
        return new RankingPage(visibility, filter, new PageImpl<>(rows));
    }

    /** Every row of a ranking in order, streamed to {@code consumer} (for exports); returns what was read. */
    @PreAuthorize("isAuthenticated()")
    public Visibility each(Long campaignId, SubjectType type, RankingFilter filter, Consumer<RankedSubject> consumer) {
        Visibility visibility = visibility(campaignId);
        checkUnitFilter(visibility, filter);
        queries.each(visibility.campaign(), type, visibility.source(), filter, visibility.scope(), consumer);
        return visibility;
    }

    private void checkUnitFilter(Visibility visibility, RankingFilter filter) {
        if (visibility.restricted() && filter.unitId() != null && !visibility.headedUnits().contains(filter.unitId())) {
            throw new AccessDeniedException("unit " + filter.unitId() + " is outside the caller's units");
        }
    }
}
