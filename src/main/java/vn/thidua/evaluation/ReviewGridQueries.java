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
import vn.thidua.organisation.Supervision;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.organisation.UnitScope;
import vn.thidua.security.CurrentUser;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.NotFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The review grid's rows, read with a fixed number of queries however many rows it shows: one
 * query for the page of subjects (with their evaluation's status and version), one for all their
 * scores. The rows are the subjects the caller decides about ({@link Supervision#DECIDES_ABOUT}:
 * a head's people below them, the board's the people no head is above) among the campaign's
 * participants ({@code campaign_participants}, V9); in the units grid, the board's participating
 * units ({@code campaign_collectives}) except one the board member heads (nobody reviews their own unit).
 */
@Service
@Transactional(readOnly = true)
public class ReviewGridQueries {

    public static final int MAX_ROWS = 500;

    /** Who takes part is said once, in SQL (V9): people and units joining after the deadline are not listed. */
    private static final String PEOPLE_WHERE = "i.id in (select individual_id from campaign_participants(:campaign))"
            + " and " + Supervision.DECIDES_ABOUT.formatted("i");

    private static final String UNITS_WHERE = "un.head_individual_id is distinct from :me"
            + " and un.id in (select unit_id from campaign_collectives(:campaign))";

    private static final String PEOPLE = """
            select i.id, i.code, i.full_name, un.name, e.id, e.status, e.version, e.changed_by, count(*) over (), p.id
            from individual i
            join unit un on un.id = i.unit_id
            left join evaluation e on e.campaign_id = :campaign and e.subject_type = 'INDIVIDUAL' and e.subject_id = i.id
            left join pledge p on p.campaign_id = :campaign and p.subject_type = 'INDIVIDUAL' and p.subject_id = i.id
            where (:subject = 0 or i.id = :subject)
              and (:filter = 0 or i.unit_id in (select unit_id from unit_subtree(:filter)))
              and""" + " " + PEOPLE_WHERE + """

            order by un.name, i.full_name, i.id
            limit :limit offset :offset""";

    private static final String UNITS = """
            select un.id, un.code, un.name, pu.name, e.id, e.status, e.version, e.changed_by, count(*) over (), p.id
            from unit un
            left join unit pu on pu.id = un.parent_id
            left join evaluation e on e.campaign_id = :campaign and e.subject_type = 'COLLECTIVE' and e.subject_id = un.id
            left join pledge p on p.campaign_id = :campaign and p.subject_type = 'COLLECTIVE' and p.subject_id = un.id
            where (:subject = 0 or un.id = :subject)
              and (:filter = 0 or un.id in (select unit_id from unit_subtree(:filter)))
              and""" + " " + UNITS_WHERE + """

            order by un.name, un.id
            limit :limit offset :offset""";

    private static final String REVIEWS_PERSON = "select exists (select 1 from individual i where i.id = :subject and "
            + PEOPLE_WHERE + ")";

    private static final String REVIEWS_UNIT = "select exists (select 1 from unit un where un.id = :subject and "
            + UNITS_WHERE + ")";

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
        boolean board = user.actsAsBoard();
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
        List<Criterion> columns = columns(campaignId, type);
        List<ReviewGrid.Row> rows = new ArrayList<>();
        long total = rows(campaign, type, user, unitId, null, limit, offset, columns, rows);
        return new ReviewGrid(campaign, type, columns, rows, total, Math.max(0, page), limit, filterUnits, unitId,
                EvaluationPhases.reviewOpen(campaign, type), EvaluationPhases.finalisingOpen(campaign));
    }

    /** One row (after a cell is refused), by the same rules as the page; 403 when the caller does not review it. */
    @PreAuthorize("isAuthenticated()")
    public ReviewGrid row(Long campaignId, SubjectType type, Long subjectId) {
        CurrentUser user = CurrentUser.get();
        Campaign campaign = campaign(campaignId);
        if (type == SubjectType.COLLECTIVE && !user.actsAsBoard()) {
            throw new AccessDeniedException("units are reviewed by the board");
        }
        List<Criterion> columns = columns(campaignId, type);
        List<ReviewGrid.Row> rows = new ArrayList<>();
        long total = rows(campaign, type, user, null, subjectId, 1, 0, columns, rows);
        if (rows.isEmpty()) {
            throw new AccessDeniedException("the caller does not review this subject");
        }
        return single(campaign, type, columns, rows.get(0), total);
    }

    /** The campaign of a grid; 404 unknown, 409 while it is a draft. */
    Campaign campaign(Long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        if (campaign.getStatus() == CampaignStatus.DRAFT) {
            throw new ConflictException("evaluation.campaignStatus.review", campaign.getStatus().label());
        }
        return campaign;
    }

    /** Is this subject a row of the caller's grid (one statement)? */
    boolean reviews(Campaign campaign, SubjectType type, Long subjectId) {
        CurrentUser user = CurrentUser.get();
        if (type == SubjectType.COLLECTIVE && !user.actsAsBoard()) {
            return false;
        }
        return Boolean.TRUE.equals(jdbc.sql(type == SubjectType.INDIVIDUAL ? REVIEWS_PERSON : REVIEWS_UNIT)
                .param("me", Supervision.me(user)).param("board", user.actsAsBoard())
                .param("campaign", campaign.getId()).param("subject", subjectId)
                .query(Boolean.class).single());
    }

    /** The row of a case just saved, from what the save read and wrote. */
    ReviewGrid rowOf(EvaluationCase found, Map<Long, Score> stored) {
        Evaluation e = found.evaluation;
        ReviewGrid.Row row = ReviewGrid.Row.of(found.subject.id(), found.subject.code(), found.subject.name(),
                found.subject.unitName(), e.getId(), e.getStatus(), e.getVersion(), e.getChangedBy(), found.criteria,
                stored, found.type(), found.campaign.getThresholds(), null);
        return single(found.campaign, found.type(), found.criteria, row, 1);
    }

    private static ReviewGrid single(Campaign campaign, SubjectType type, List<Criterion> columns, ReviewGrid.Row row,
                                     long total) {
        return new ReviewGrid(campaign, type, columns, List.of(row), total, 0, 1, List.of(), null,
                EvaluationPhases.reviewOpen(campaign, type), EvaluationPhases.finalisingOpen(campaign));
    }

    private List<Criterion> columns(Long campaignId, SubjectType type) {
        return criteria.findByCampaignIdOrderByPositionAsc(campaignId).stream().filter(c -> c.appliesTo(type)).toList();
    }

    private long rows(Campaign campaign, SubjectType type, CurrentUser user, Long unitId, Long subjectId, int limit,
                      int offset, List<Criterion> columns, List<ReviewGrid.Row> into) {
        long[] total = {0};
        List<Object[]> raw = new ArrayList<>();
        jdbc.sql(type == SubjectType.INDIVIDUAL ? PEOPLE : UNITS)
                .param("me", Supervision.me(user))
                .param("board", user.actsAsBoard())
                .param("campaign", campaign.getId())
                .param("subject", subjectId == null ? 0L : subjectId)
                .param("filter", unitId == null ? 0L : unitId)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong(9);
                    Long evaluationId = rs.getObject(5) == null ? null : rs.getLong(5);
                    return new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            evaluationId, rs.getString(6), rs.getLong(7), rs.getString(8),
                            rs.getObject(10) == null ? null : rs.getLong(10)};
                }).list().forEach(raw::add);
        List<Long> evaluationIds = raw.stream().map(r -> (Long) r[4]).filter(Objects::nonNull).toList();
        Map<Long, Map<Long, Score>> stored = scores.ofAll(evaluationIds);
        for (Object[] r : raw) {
            Map<Long, Score> own = r[4] == null ? Map.of() : stored.getOrDefault((Long) r[4], Map.of());
            EvaluationStatus status = r[5] == null ? EvaluationStatus.OPEN : EvaluationStatus.valueOf((String) r[5]);
            into.add(ReviewGrid.Row.of((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Long) r[4], status,
                    r[4] == null ? 0 : (Long) r[6], (String) r[7], columns, own, type, campaign.getThresholds(), (Long) r[8]));
        }
        return total[0];
    }
}
