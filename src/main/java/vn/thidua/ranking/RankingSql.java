package vn.thidua.ranking;

/**
 * The SQL behind every ranking, summary and export, and the ranking's <b>read model</b>: the one
 * place that says what the ranking reads of other modules. A change to any of these breaks the
 * ranking and must be made here too:
 *
 * <table>
 *   <caption>What the ranking reads</caption>
 *   <tr><th>owner</th><th>read</th><th>for</th></tr>
 *   <tr><td>organisation</td><td>{@code individual} (id, code, full_name, unit_id, active),
 *       {@code unit} (id, code, name, parent_id, active); the tree functions of migration V5:
 *       {@code unit_path}, {@code unit_subtree}, {@code units_headed_by}</td>
 *       <td>names, units, members, filters, a head's scope</td></tr>
 *   <tr><td>campaign</td><td>{@code criterion} (campaign_id, applies_to); {@code campaign_participants()}
 *       and {@code campaign_collectives()} (V9, over {@code campaign_units()} of V5)</td>
 *       <td>completeness, who takes part</td></tr>
 *   <tr><td>pledge</td><td>{@code pledge} (campaign_id, subject_type, subject_id, status, target_title)</td>
 *       <td>the pledge column of participants; the registered (submitted or approved) target title</td></tr>
 *   <tr><td>evaluation</td><td>{@code evaluation} (campaign_id, subject_type, subject_id, status,
 *       <b>review_total</b>, <b>review_count</b>)</td><td>totals and ranks</td></tr>
 *   <tr><td>ranking</td><td>{@code ranking_snapshot}</td><td>the frozen sources</td></tr>
 * </table>
 *
 * {@code review_total} and {@code review_count} are not written by Java: statement triggers on
 * {@code evaluation_score} (migration V4) keep them equal to Σ STANDARD + Σ BONUS − Σ PENALTY of the
 * review points and the number of scored criteria that apply to the subject type
 * ({@code ReviewTotalsTest} holds them to the Java {@code Scorecard}).
 *
 * <p>Each "source" below is a query that yields the same columns, live (computed from the scores)
 * or frozen (read from {@code ranking_snapshot}):
 *
 * <pre>subject_id, code, name, unit_id, unit_code, unit_name, pledge_status, target_title, evaluation_status, total,
 * complete, classification, rank, unit_rank, position, members, members_scored</pre>
 *
 * plus, in the participant and frozen sources, {@code unit_path}: the unit and every unit above it
 * (frozen filters follow the tree as it was when the campaign closed). So the outer queries (a page
 * of the ranking, an export, the summary's counts) are written once and work on both. The ranked
 * sources hold only subjects with a review; the participant sources hold everyone taking part,
 * ranked or not.
 *
 * <p>DESIGN §4 exactly: total = Σ STANDARD + Σ BONUS − Σ PENALTY of the review points of the
 * criteria that apply to the subject type (kept on the evaluation by the database); rank = 1 + the
 * number with a strictly greater total ({@code rank()}); equal totals listed by name in Vietnamese
 * collation (the columns are declared {@code COLLATE vietnamese}), then id; the unit rank the same
 * within the person's unit.
 */
final class RankingSql {

    private RankingSql() {
    }

    /**
     * The reviewed evaluations of one subject type with their totals. {@code review_total} and
     * {@code review_count} are kept by the database from the evaluation's scores (migration V4), so
     * the ranking reads one row per subject rather than every score.
     */
    private static final String TOTALS = """
            totals as (
                select e.subject_id, e.status, e.review_total as total,
                       e.review_count = (select count(*) from criterion
                                         where campaign_id = :campaign and applies_to in ('BOTH', :type)) as complete
                from evaluation e
                where e.campaign_id = :campaign and e.subject_type = :type and e.status in ('REVIEWED', 'FINALISED')
            )""";

    private static final String CLASSIFY = """
            case when t.total >= :excellent then 'EXCELLENT' when t.total >= :good then 'GOOD'
                 when t.total >= :pass then 'PASS' else 'FAIL' end""";

    /**
     * Ranks are computed over narrow rows (id, unit, total, name); the unit's names and path are
     * joined afterwards, so the window sorts move as little data as possible.
     */
    private static final String RANKED_INDIVIDUALS_CTE = """
            scored as (
                select t.subject_id, i.code, i.full_name, i.unit_id, t.status, t.total, t.complete,
                       rank() over (order by t.total desc) as rank,
                       rank() over (partition by i.unit_id order by t.total desc) as unit_rank,
                       row_number() over (order by t.total desc, i.full_name, i.id) as position
                from totals t
                join individual i on i.id = t.subject_id
            ),
            ranked as (
                select t.subject_id, t.code, t.full_name as name, t.unit_id, u.code as unit_code, u.name as unit_name,
                       cast(null as varchar) as pledge_status, pl.target_title, t.status as evaluation_status,
                       t.total, t.complete, %s as classification, t.rank, t.unit_rank, t.position,
                       cast(null as integer) as members, cast(null as integer) as members_scored
                from scored t
                join unit u on u.id = t.unit_id
                left join pledge pl on pl.campaign_id = :campaign and pl.subject_type = 'INDIVIDUAL'
                      and pl.subject_id = t.subject_id and pl.status in ('SUBMITTED', 'APPROVED')
            )""".formatted(CLASSIFY);

    /**
     * Members of a unit: the people taking part ({@code campaign_participants}) in the unit and in every
     * unit below it (each person counts for every unit on their unit's path).
     */
    private static final String MEMBERS = """
            members as (
                select t.root as unit_id, count(i.id) as members, count(r.id) as members_scored
                from unit_path p
                cross join unnest(p.path) as t(root)
                join individual i on i.unit_id = p.unit_id
                     and i.id in (select individual_id from campaign_participants(:campaign))
                left join evaluation r on r.campaign_id = :campaign and r.subject_type = 'INDIVIDUAL'
                      and r.subject_id = i.id and r.status in ('REVIEWED', 'FINALISED')
                group by t.root
            )""";

    private static final String RANKED_UNITS_CTE = """
            ranked as (
                select t.subject_id, u.code, u.name, u.parent_id as unit_id, pu.code as unit_code, pu.name as unit_name,
                       cast(null as varchar) as pledge_status, pl.target_title, t.status as evaluation_status,
                       t.total, t.complete, %s as classification,
                       rank() over (order by t.total desc) as rank,
                       cast(null as bigint) as unit_rank,
                       row_number() over (order by t.total desc, u.name, u.id) as position,
                       coalesce(m.members, 0) as members, coalesce(m.members_scored, 0) as members_scored
                from totals t
                join unit u on u.id = t.subject_id
                left join unit pu on pu.id = u.parent_id
                left join members m on m.unit_id = u.id
                left join pledge pl on pl.campaign_id = :campaign and pl.subject_type = 'COLLECTIVE'
                      and pl.subject_id = t.subject_id and pl.status in ('SUBMITTED', 'APPROVED')
            )""".formatted(CLASSIFY);

    static final String LIVE_RANKED_INDIVIDUALS = "with " + TOTALS + ",\n"
            + RANKED_INDIVIDUALS_CTE + "\nselect * from ranked";

    static final String LIVE_RANKED_UNITS = "with " + TOTALS + ",\n" + MEMBERS + ",\n"
            + RANKED_UNITS_CTE + "\nselect * from ranked";

    /** Everyone taking part ({@code campaign_participants}, V9) and anyone reviewed, ranked or not. */
    static final String LIVE_INDIVIDUAL_PARTICIPANTS = "with " + TOTALS + ",\n" + RANKED_INDIVIDUALS_CTE + """
            ,
            people(id) as (
                select individual_id from campaign_participants(:campaign)
                union
                select subject_id from totals
            )
            select i.id as subject_id, i.code, i.full_name as name, i.unit_id, u.code as unit_code,
                   u.name as unit_name, p.path as unit_path, pl.status as pledge_status,
                   case when pl.status in ('SUBMITTED', 'APPROVED') then pl.target_title end as target_title,
                   coalesce(r.evaluation_status, e.status) as evaluation_status, r.total,
                   coalesce(r.complete, false) as complete, r.classification, r.rank, r.unit_rank, r.position,
                   cast(null as integer) as members, cast(null as integer) as members_scored
            from people pe
            join individual i on i.id = pe.id
            join unit u on u.id = i.unit_id
            join unit_path p on p.unit_id = i.unit_id
            left join pledge pl on pl.campaign_id = :campaign and pl.subject_type = 'INDIVIDUAL' and pl.subject_id = i.id
            left join evaluation e on e.campaign_id = :campaign and e.subject_type = 'INDIVIDUAL' and e.subject_id = i.id
            left join ranked r on r.subject_id = i.id""";

    static final String LIVE_UNIT_PARTICIPANTS = "with " + TOTALS + ",\n" + MEMBERS + ",\n" + RANKED_UNITS_CTE + """
            ,
            collectives(id) as (
                select unit_id from campaign_collectives(:campaign)
                union
                select subject_id from totals
            )
            select u.id as subject_id, u.code, u.name, u.parent_id as unit_id, pu.code as unit_code,
                   pu.name as unit_name, p.path as unit_path, pl.status as pledge_status,
                   case when pl.status in ('SUBMITTED', 'APPROVED') then pl.target_title end as target_title,
                   coalesce(r.evaluation_status, e.status) as evaluation_status, r.total,
                   coalesce(r.complete, false) as complete, r.classification, r.rank, r.unit_rank, r.position,
                   coalesce(m.members, 0) as members, coalesce(m.members_scored, 0) as members_scored
            from collectives c
            join unit u on u.id = c.id
            left join unit pu on pu.id = u.parent_id
            join unit_path p on p.unit_id = u.id
            left join members m on m.unit_id = u.id
            left join pledge pl on pl.campaign_id = :campaign and pl.subject_type = 'COLLECTIVE' and pl.subject_id = u.id
            left join evaluation e on e.campaign_id = :campaign and e.subject_type = 'COLLECTIVE' and e.subject_id = u.id
            left join ranked r on r.subject_id = u.id""";

    private static final String FROZEN = """
            select subject_id, code, name, unit_id, unit_code, unit_name, unit_path, pledge_status, target_title,
                   evaluation_status, total, complete, classification, rank, unit_rank, position, members, members_scored
            from ranking_snapshot
            where campaign_id = :campaign and subject_type = :type""";

    static final String FROZEN_RANKED = FROZEN + " and rank is not null";

    static final String FROZEN_PARTICIPANTS = FROZEN;

    /** Stores the participants (and so the ranking) of a campaign as it stands: run once, on closing. */
    static String freeze(String participants) {
        return """
                insert into ranking_snapshot (campaign_id, subject_type, subject_id, code, name, unit_id, unit_code,
                       unit_name, unit_path, pledge_status, target_title, evaluation_status, total, complete,
                       classification, rank, unit_rank, position, members, members_scored)
                select :campaign, :type, s.subject_id, s.code, s.name, s.unit_id, s.unit_code, s.unit_name, s.unit_path,
                       s.pledge_status, s.target_title, s.evaluation_status, s.total, s.complete, s.classification, s.rank, s.unit_rank,
                       s.position, s.members, s.members_scored
                from (%s) s""".formatted(participants);
    }
}
