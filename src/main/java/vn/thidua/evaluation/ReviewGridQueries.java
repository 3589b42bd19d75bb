package vn.thidua.evaluation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionRepository;
import vn.thidua.evaluation.EvaluationScores.Score;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.organisation.UnitScope;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.Role;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.NotFoundException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The review grid's rows, read with a fixed number of queries however many rows it shows: one
 * query for the page of subjects (with their evaluation's status and version), one for all their
 * scores. A head's rows are the active people of the units they head and below, except themself;
 * the board's are the people no head is above (heads of top-level units) and, in the units grid,
 * every participating unit except one the board member heads (nobody reviews their own unit). The same rules as {@link vn.thidua.organisation.Supervision}.
 */
@Service
@Transactional(readOnly = true)
public class ReviewGridQueries {

    public static final int MAX_ROWS = 500;

    private static final String UNITS_ABOVE = """
            with recursive up(start_unit, id, parent_id, head) as (
                select u.id, u.id, u.parent_id, case when u.active then u.head_individual_id end from unit u
                union all
                select up.start_unit, p.id, p.parent_id, case when p.active then p.head_individual_id end
                from unit p join up on p.id = up.parent_id
            ),
            mine(id) as (
                select id from unit where head_individual_id = :me and active
                union
                select u.id from unit u join mine m on u.parent_id = m.id
            ),
            chosen(id) as (
                select id from unit where id = :filter
                union
                select u.id from unit u join chosen f on u.parent_id = f.id
            )
            """;

    private static final String PARTICIPATES = """
            (:allUnits or exists (select 1 from up join campaign_unit cu on cu.unit_id = up.id
                                  and cu.campaign_id = :campaign where up.start_unit = %s))""";

    private static final String PEOPLE = UNITS_ABOVE + """
            select i.id, i.code, i.full_name, un.name, e.id, e.status, e.version, e.changed_by, count(*) over ()
            from individual i
            join unit un on un.id = i.unit_id
            left join evaluation e on e.campaign_id = :campaign and e.subject_type = 'INDIVIDUAL' and e.subject_id = i.id
            where i.active
              and (:subject = 0 or i.id = :subject)
              and ((i.unit_id in (select id from mine) and i.id <> :me)
                   or (:board and i.id <> :me and not exists (select 1 from up where up.start_unit = i.unit_id
                                                and up.head is not null and up.head <> i.id)))
              and """ + PARTICIPATES.formatted("i.unit_id") + """
              and (:filter = 0 or i.unit_id in (select id from chosen))
            order by un.name, i.full_name, i.id
            limit :limit offset :offset""";

    private static final String UNITS = UNITS_ABOVE + """
            select un.id, un.code, un.name, pu.name, e.id, e.status, e.version, e.changed_by, count(*) over ()
            from unit un
            left join unit pu on pu.id = un.parent_id
            left join evaluation e on e.campaign_id = :campaign and e.subject_type = 'COLLECTIVE' and e.subject_id = un.id
            where un.active
              and un.head_individual_id is distinct from :me
              and (:subject = 0 or un.id = :subject)
              and """ + PARTICIPATES.formatted("un.id") + """
              and (:filter = 0 or un.id in (select id from chosen))
            order by un.name, un.id
            limit :limit offset :offset""";

    private final CampaignRepository campaigns;
    private final CriterionRepository criteria;
    private final UnitRepository units;
    private final UnitScope scope;
    private final EvaluationScores scores;
    private final JdbcClient jdbc;

    ReviewGridQueries(CampaignRepository campaigns, CriterionRepository criteria, UnitRepository units,
                      UnitScope scope, EvaluationScores scores, JdbcClient jdbc) {
        this.campaigns = campaigns;
        this.criteria = criteria;
        this.units = units;
        this.scope = scope;
        this.scores = scores;
        this.jdbc = jdbc;
    }

    /** A page of the grid; {@code unitId} narrows it to a unit and its sub-units. */
    @PreAuthorize("isAuthenticated()")
    public ReviewGrid page(Long campaignId, SubjectType type, Long unitId, int page, int size) {
        CurrentUser user = CurrentUser.get();
        Campaign campaign = campaign(campaignId);
        Set<Long> headed = scope.of(user);
        boolean board = user.has(Role.BOARD) || user.has(Role.ADMIN);
        if (type == SubjectType.COLLECTIVE ? !board : (!board && headed.isEmpty())) {
            throw new AccessDeniedException("the caller reviews nobody");
        }
        List<Unit> filterUnits = units.findAllOrdered().stream()
                .filter(u -> u.isActive() && (board || headed.contains(u.getId()))).toList();
        if (unitId != null && filterUnits.stream().noneMatch(u -> u.getId().equals(unitId))) {
            throw new AccessDeniedException("unit outside the caller's scope");
        }
        int limit = Math.max(1, Math.min(size, MAX_ROWS));
        int offset = Math.max(0, page) * limit;
        List<Criterion> columns = criteria.findByCampaignIdOrderByPositionAsc(campaignId).stream()
                .filter(c -> c.appliesTo(type)).toList();
        List<ReviewGrid.Row> rows = new ArrayList<>();
        long total = rows(campaign, type, user, board, unitId, null, limit, offset, columns, rows);
        return new ReviewGrid(campaign, type, columns, rows, total, Math.max(0, page), limit, filterUnits, unitId,
                editable(campaign, type), EvaluationService.FINALISE.contains(campaign.getStatus()));
    }

    /** One row (after a cell is saved), by the same rules as the page; empty when the caller does not review it. */
    @PreAuthorize("isAuthenticated()")
    public ReviewGrid row(Long campaignId, SubjectType type, Long subjectId) {
        CurrentUser user = CurrentUser.get();
        Campaign campaign = campaign(campaignId);
        boolean board = user.has(Role.BOARD) || user.has(Role.ADMIN);
        if (type == SubjectType.COLLECTIVE && !board) {
            throw new AccessDeniedException("units are reviewed by the board");
        }
        List<Criterion> columns = criteria.findByCampaignIdOrderByPositionAsc(campaignId).stream()
                .filter(c -> c.appliesTo(type)).toList();
        List<ReviewGrid.Row> rows = new ArrayList<>();
        long total = rows(campaign, type, user, board, null, subjectId, 1, 0, columns, rows);
        if (rows.isEmpty()) {
            throw new AccessDeniedException("the caller does not review this subject");
        }
        return new ReviewGrid(campaign, type, columns, rows, total, 0, 1, List.of(), null, editable(campaign, type),
                EvaluationService.FINALISE.contains(campaign.getStatus()));
    }

    private Campaign campaign(Long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        if (campaign.getStatus() == CampaignStatus.DRAFT) {
            throw new ConflictException("evaluation.campaignStatus.review", campaign.getStatus().label());
        }
        return campaign;
    }

    private static boolean editable(Campaign campaign, SubjectType type) {
        return EvaluationService.reviewStatuses(type).contains(campaign.getStatus());
    }

    private long rows(Campaign campaign, SubjectType type, CurrentUser user, boolean board, Long unitId,
                      Long subjectId, int limit, int offset, List<Criterion> columns, List<ReviewGrid.Row> into) {
        long[] total = {0};
        List<Object[]> raw = new ArrayList<>();
        jdbc.sql(type == SubjectType.INDIVIDUAL ? PEOPLE : UNITS)
                .param("me", user.individualId() == null ? -1L : user.individualId())
                .param("board", board)
                .param("campaign", campaign.getId())
                .param("allUnits", campaign.isOpenToAllUnits())
                .param("subject", subjectId == null ? 0L : subjectId)
                .param("filter", unitId == null ? 0L : unitId)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong(9);
                    Long evaluationId = rs.getObject(5) == null ? null : rs.getLong(5);
                    return new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            evaluationId, rs.getString(6), rs.getLong(7), rs.getString(8)};
                }).list().forEach(raw::add);
        List<Long> evaluationIds = raw.stream().map(r -> (Long) r[4]).filter(Objects::nonNull).toList();
        Map<Long, Map<Long, Score>> stored = scores.ofAll(evaluationIds);
        for (Object[] r : raw) {
            Map<Long, Score> own = r[4] == null ? Map.of() : stored.getOrDefault((Long) r[4], Map.of());
            Map<Long, ReviewGrid.Cell> cells = new HashMap<>();
            List<Scorecard.Line> lines = new ArrayList<>();
            for (Criterion c : columns) {
                Score s = own.get(c.getId());
                cells.put(c.getId(), new ReviewGrid.Cell(s == null ? null : s.selfPoints(),
                        s == null ? null : s.reviewPoints()));
                lines.add(new Scorecard.Line(c.getKind(), c.getAppliesTo(), s == null ? null : s.reviewPoints()));
            }
            EvaluationStatus status = r[5] == null ? EvaluationStatus.OPEN : EvaluationStatus.valueOf((String) r[5]);
            into.add(new ReviewGrid.Row((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Long) r[4], status,
                    r[4] == null ? 0 : (Long) r[6], (String) r[7], cells,
                    Scorecard.of(type, lines, campaign.getThresholds())));
        }
        return total[0];
    }
}
