package vn.thidua.pledge;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.Participation;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.organisation.UnitScope;
import vn.thidua.organisation.UnitTree;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.NotFoundException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The lists of a campaign's pledges, each narrowed to what the caller may see: BOARD/ADMIN every
 * unit, a unit head their units and below, anyone their own pledge. A unit filter outside the
 * caller's units is 403. Each list costs a fixed number of statements.
 */
@Service
@Transactional(readOnly = true)
public class PledgeLists {

    private final CampaignService campaigns;
    private final PledgeQueries queries;
    private final UnitScope scope;
    private final UnitRepository units;
    private final Participation participation;

    PledgeLists(CampaignService campaigns, PledgeQueries queries, UnitScope scope, UnitRepository units,
                Participation participation) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.scope = scope;
        this.units = units;
        this.participation = participation;
    }

    /**
     * Counts of one unit (or all) in a campaign: people and their pledges per status, and the target
     * titles of the registered pledges. Registered means submitted or approved: a draft or a
     * returned pledge is counted under its status, not as registered.
     */
    public record Tally(long members, Map<PledgeStatus, Long> byStatus, Map<String, Long> byTitle) {
        public long registered() {
            return count(PledgeStatus.SUBMITTED) + count(PledgeStatus.APPROVED);
        }

        public long drafts() {
            return count(PledgeStatus.DRAFT);
        }

        /** People with no pledge at all (not even a draft). */
        public long missing() {
            return members - byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        public long count(PledgeStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }

        public long title(String code) {
            return byTitle.getOrDefault(code, 0L);
        }
    }

    public record Registrations(Campaign campaign, Page<RegistrationRow> rows, Tally tally, List<Unit> units,
                                List<PledgeRow> collectivePledges) {
    }

    public record UnitTally(Unit unit, int depth, Tally tally) {
    }

    public record Overview(Campaign campaign, List<UnitTally> units, Tally total, List<PledgeRow> collectivePledges) {
    }

    /** The pledges the caller may see, optionally of one status and one unit (with its sub-units). */
    @PreAuthorize("isAuthenticated()")
    public Page<PledgeRow> pledges(Long campaignId, PledgeStatus status, Long unitId, Pageable pageable) {
        Campaign campaign = campaigns.get(campaignId);
        CurrentUser user = CurrentUser.get();
        Set<Long> visible = visibleUnits(user, unitId, campaign);
        Long me = unitId == null ? user.individualId() : null;
        String s = status == null ? null : status.name();
        List<PledgeRow> rows = queries.pledges(campaignId, s, null, visible, me, (int) pageable.getOffset(),
                pageable.getPageSize());
        long total = queries.countPledges(campaignId, s, null, visible, me);
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * The registration list of a unit head (or the board): every active person of the units with
     * their pledge status, filtered by unit, status (or MISSING) and name; counts by status.
     */
    @PreAuthorize("isAuthenticated()")
    public Registrations registrations(Long campaignId, Long unitId, String status, String q, Pageable pageable) {
        Campaign campaign = campaigns.get(campaignId);
        CurrentUser user = CurrentUser.get();
        if (!user.readsEverything() && scope.of(user).isEmpty()) {
            throw new AccessDeniedException("heads no unit");
        }
        Set<Long> visible = visibleUnits(user, unitId, campaign);
        List<RegistrationRow> rows = queries.people(campaignId, visible, status, q, (int) pageable.getOffset(),
                pageable.getPageSize());
        Tally tally = tally(queries.countPeopleByStatus(campaignId, visible, q));
        long filtered = status == null || status.isEmpty() ? tally.members()
                : "MISSING".equals(status) ? tally.missing() : tally.count(PledgeStatus.valueOf(status));
        Set<Long> headScope = user.readsEverything() ? null : scope.of(user);
        List<Unit> unitChoices = units.findAllOrdered().stream()
                .filter(u -> headScope == null || headScope.contains(u.getId())).toList();
        List<PledgeRow> collective = queries.pledges(campaignId, null, SubjectType.COLLECTIVE, visible, null, 0, 500);
        return new Registrations(campaign, new PageImpl<>(rows, pageable, filtered), tally, unitChoices, collective);
    }

    /** Per unit how many registered (submitted or approved), by status, missing, and registered by title (BOARD, ADMIN). */
    @PreAuthorize("hasAnyRole('BOARD', 'ADMIN')")
    public Overview overview(Long campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        Set<Long> participating = participating(campaign);
        Map<Long, List<Object[]>> byUnit = new TreeMap<>();
        for (Object[] row : queries.countByUnitStatusAndTitle(campaignId)) {
            byUnit.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
        }
        List<UnitTally> rows = UnitTree.flatten(UnitTree.of(units.findAllOrdered())).stream()
                .filter(node -> participating == null || participating.contains(node.unit().getId()))
                .map(node -> new UnitTally(node.unit(), node.depth(),
                        tallyOf(byUnit.getOrDefault(node.unit().getId(), List.of()))))
                .toList();
        List<Object[]> everything = byUnit.entrySet().stream()
                .filter(e -> participating == null || participating.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()).toList();
        List<PledgeRow> collective = queries.pledges(campaignId, null, SubjectType.COLLECTIVE, null, null, 0, 1000);
        return new Overview(campaign, rows, tallyOf(everything), collective);
    }

    /** Every active person the caller may see with their pledge, and the collective pledges (for XLSX). */
    @PreAuthorize("isAuthenticated()")
    public Registrations forExport(Long campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        CurrentUser user = CurrentUser.get();
        if (!user.readsEverything() && scope.of(user).isEmpty()) {
            throw new AccessDeniedException("heads no unit");
        }
        Set<Long> visible = visibleUnits(user, null, campaign);
        List<RegistrationRow> rows = queries.people(campaignId, visible, null, null, 0, Integer.MAX_VALUE);
        List<PledgeRow> collective = queries.pledges(campaignId, null, SubjectType.COLLECTIVE, visible, null, 0,
                Integer.MAX_VALUE);
        return new Registrations(campaign, new PageImpl<>(rows), tally(queries.countPeopleByStatus(campaignId,
                visible, null)), List.of(), collective);
    }

    /** Units the caller may list (null: all), narrowed to a unit's subtree and to the campaign's units. */
    private Set<Long> visibleUnits(CurrentUser user, Long unitId, Campaign campaign) {
        Set<Long> visible = user.readsEverything() ? null : new HashSet<>(scope.of(user));
        if (unitId != null) {
            if (!units.existsById(unitId)) {
                throw new NotFoundException("unit", unitId);
            }
            if (visible != null && !visible.contains(unitId)) {
                throw new AccessDeniedException("unit outside the caller's scope");
            }
            visible = intersect(visible, scope.subtree(unitId));
        }
        Set<Long> participating = participating(campaign);
        return participating == null ? visible : intersect(visible, participating);
    }

    /** One statement however many units the campaign lists (it used to be one per listed unit). */
    private Set<Long> participating(Campaign campaign) {
        return participation.units(campaign);
    }

    private static Set<Long> intersect(Set<Long> a, Collection<Long> b) {
        if (a == null) {
            return new HashSet<>(b);
        }
        Set<Long> result = new HashSet<>(a);
        result.retainAll(b);
        return result;
    }

    private static Tally tally(List<Object[]> byStatus) {
        List<Object[]> rows = byStatus.stream().map(r -> new Object[] {null, r[0], null, r[1]}).toList();
        return tallyOf(rows);
    }

    /** Rows {@code [unitId, status or MISSING, title, count]}. */
    private static Tally tallyOf(List<Object[]> rows) {
        long members = 0;
        Map<PledgeStatus, Long> byStatus = new EnumMap<>(PledgeStatus.class);
        Map<String, Long> byTitle = new TreeMap<>();
        for (Object[] row : rows) {
            long n = (Long) row[3];
            members += n;
            if (!"MISSING".equals(row[1])) {
                PledgeStatus status = PledgeStatus.valueOf((String) row[1]);
                byStatus.merge(status, n, Long::sum);
                if (row[2] != null && (status == PledgeStatus.SUBMITTED || status == PledgeStatus.APPROVED)) {
                    byTitle.merge((String) row[2], n, Long::sum);
                }
            }
        }
        return new Tally(members, byStatus, byTitle);
    }
}
