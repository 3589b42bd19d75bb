package vn.thidua.pledge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.SubjectType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

/**
 * The lists of pledges, each one SQL statement however many rows (no entity loading, no N+1).
 * {@code units} null means every unit; callers have already narrowed it to the caller's scope.
 */
@Component
class PledgeQueries {

    private static final String PLEDGES = """
            from pledge p
            left join individual i on p.subject_type = 'INDIVIDUAL' and i.id = p.subject_id
            left join unit su on p.subject_type = 'COLLECTIVE' and su.id = p.subject_id
            join unit u on u.id = coalesce(i.unit_id, su.id)
            where p.campaign_id = :campaign
              and (:status = '' or p.status = :status)
              and (:type = '' or p.subject_type = :type)
              and (:all or coalesce(i.unit_id, su.id) in (:units)
                   or (p.subject_type = 'INDIVIDUAL' and p.subject_id = :me))
            """;

    private static final String PEOPLE = """
            from individual i
            join unit u on u.id = i.unit_id
            left join pledge p on p.campaign_id = :campaign and p.subject_type = 'INDIVIDUAL' and p.subject_id = i.id
            where i.id in (select individual_id from campaign_participants(:campaign))
              and (:all or i.unit_id in (:units))
              and (:q = '' or i.search_name like :q escape '\\')
            """;

    private final JdbcClient jdbc;

    PledgeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PledgeRow> pledges(Long campaignId, String status, SubjectType type, Collection<Long> units, Long me,
                            int offset, int limit) {
        return jdbc.sql("""
                        select p.id, p.campaign_id, p.subject_type, p.subject_id,
                               coalesce(i.code, su.code) as subject_code, coalesce(i.full_name, su.name) as subject_name,
                               u.id as unit_id, u.name as unit_name, i.position, p.target_title, p.status,
                               p.submitted_at, p.decided_at, p.decided_by, p.return_reason, p.version
                        """ + PLEDGES + """
                        order by u.name, p.subject_type desc, coalesce(i.full_name, su.name), p.id
                        limit :limit offset :offset""")
                .params(pledgeParams(campaignId, status, type, units, me))
                .param("limit", limit).param("offset", offset)
                .query(PledgeQueries::pledgeRow).list();
    }

    long countPledges(Long campaignId, String status, SubjectType type, Collection<Long> units, Long me) {
        return jdbc.sql("select count(*) " + PLEDGES).params(pledgeParams(campaignId, status, type, units, me))
                .query(Long.class).single();
    }

    /**
     * The people taking part ({@code campaign_participants}, V9) in the units, with their pledge;
     * {@code status} may be MISSING (not registered).
     */
    List<RegistrationRow> people(Long campaignId, Collection<Long> units, String status, String q, int offset,
                                 int limit) {
        return jdbc.sql("""
                        select i.id, i.code, i.full_name, i.position, i.unit_id, u.name as unit_name,
                               p.id as pledge_id, p.status, p.target_title, p.submitted_at, p.version
                        """ + PEOPLE + """
                          and (:status = '' or (:status = 'MISSING' and p.id is null) or p.status = :status)
                        order by u.name, i.full_name, i.id
                        limit :limit offset :offset""")
                .params(peopleParams(campaignId, units, q)).param("status", status == null ? "" : status)
                .param("limit", limit).param("offset", offset)
                .query(PledgeQueries::registrationRow).list();
    }

    /** Per status (MISSING for nobody registered) how many people: {@code [status, count]}. */
    List<Object[]> countPeopleByStatus(Long campaignId, Collection<Long> units, String q) {
        return jdbc.sql("select coalesce(p.status, 'MISSING') as s, count(*) as n " + PEOPLE + " group by 1")
                .params(peopleParams(campaignId, units, q))
                .query((rs, n) -> new Object[] {rs.getString("s"), rs.getLong("n")}).list();
    }

    /** Per unit, status and target title how many people: {@code [unitId, status, title, count]}. */
    List<Object[]> countByUnitStatusAndTitle(Long campaignId) {
        return jdbc.sql("""
                        select i.unit_id, coalesce(p.status, 'MISSING') as s, p.target_title, count(*) as n
                        from individual i
                        left join pledge p on p.campaign_id = :campaign and p.subject_type = 'INDIVIDUAL'
                                           and p.subject_id = i.id
                        where i.id in (select individual_id from campaign_participants(:campaign))
                        group by 1, 2, 3""")
                .param("campaign", campaignId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)})
                .list();
    }

    private static java.util.Map<String, Object> pledgeParams(Long campaignId, String status, SubjectType type,
                                                              Collection<Long> units, Long me) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("campaign", campaignId);
        params.put("status", status == null ? "" : status);
        params.put("type", type == null ? "" : type.name());
        params.put("all", units == null);
        params.put("units", units == null || units.isEmpty() ? List.of(-1L) : units);
        params.put("me", me == null ? -1L : me);
        return params;
    }

    private static java.util.Map<String, Object> peopleParams(Long campaignId, Collection<Long> units, String q) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("campaign", campaignId);
        params.put("all", units == null);
        params.put("units", units == null || units.isEmpty() ? List.of(-1L) : units);
        params.put("q", q == null || q.isBlank() ? "" : vn.thidua.shared.Texts.likeContains(vn.thidua.shared.Texts.fold(q)));
        return params;
    }

    private static PledgeRow pledgeRow(ResultSet rs, int n) throws SQLException {
        return new PledgeRow(rs.getLong("id"), rs.getLong("campaign_id"), SubjectType.valueOf(rs.getString("subject_type")),
                rs.getLong("subject_id"), rs.getString("subject_code"), rs.getString("subject_name"),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("position"),
                rs.getString("target_title"), PledgeStatus.valueOf(rs.getString("status")),
                instant(rs, "submitted_at"), instant(rs, "decided_at"), rs.getString("decided_by"),
                rs.getString("return_reason"), rs.getLong("version"));
    }

    private static RegistrationRow registrationRow(ResultSet rs, int n) throws SQLException {
        String status = rs.getString("status");
        long pledgeId = rs.getLong("pledge_id");
        boolean registered = !rs.wasNull();
        long version = rs.getLong("version");
        return new RegistrationRow(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                rs.getString("position"), rs.getLong("unit_id"), rs.getString("unit_name"),
                registered ? pledgeId : null, status == null ? null : PledgeStatus.valueOf(status),
                rs.getString("target_title"), instant(rs, "submitted_at"), registered ? version : null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
