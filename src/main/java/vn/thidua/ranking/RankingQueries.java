package vn.thidua.ranking;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.Thresholds;
import vn.thidua.evaluation.Classification;
import vn.thidua.evaluation.EvaluationStatus;
import vn.thidua.organisation.SubjectType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Runs the ranking SQL ({@link RankingSql}): one statement per page, list or export, with the
 * ranks computed by window functions in PostgreSQL; no entity is loaded per row. Exports read
 * through a server-side cursor (fetch size), so memory does not grow with the number of rows.
 * Callers decide who may read what ({@link RankingService}); this class only reads.
 */
@Component
class RankingQueries {

    private static final int FETCH_SIZE = 500;

    /**
     * A page (or all) of a ranking, narrowed to the filter's unit and the units below it
     * ({@code unit_subtree}) and, for a head, to the units they head and those below
     * ({@code units_headed_by}); the source decides how a row belongs to a unit (see {@link Source#inUnits}).
     */
    static final String PAGE = """
            select s.*, count(*) over () as matches
            from (%s) s
            where (:unit = 0 or %s)
              and (:classification = '' or s.classification = :classification)
              and (:q = '' or fold_name(s.name) like :q escape '\\')
              and (not :restricted or %s)
            order by %s""";

    static String page(Source source, SubjectType type, String order) {
        return PAGE.formatted(source.ranked(type), source.inUnits(type, "unit_subtree(:unit)"),
                source.inUnits(type, "units_headed_by(:me)"), order);
    }

    private final NamedParameterJdbcTemplate jdbc;
    /** For whole lists (exports): rows come through a server-side cursor, FETCH_SIZE at a time. */
    private final NamedParameterJdbcTemplate streaming;

    RankingQueries(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(cursor);
    }

    /** Where the rows come from: the live scores, or the snapshot taken when the campaign closed. */
    enum Source {
        LIVE, FROZEN;

        String ranked(SubjectType type) {
            if (this == FROZEN) {
                return RankingSql.FROZEN_RANKED;
            }
            return type == SubjectType.INDIVIDUAL ? RankingSql.LIVE_RANKED_INDIVIDUALS : RankingSql.LIVE_RANKED_UNITS;
        }

        /**
         * Whether a row lies in a set of units (a function yielding {@code unit_id}s) or below one of
         * them: live, by the person's unit (a unit: itself) in today's tree; frozen, by the unit path
         * stored on closing.
         */
        String inUnits(SubjectType type, String units) {
            if (this == FROZEN) {
                return "exists (select 1 from " + units + " x where x.unit_id = any(s.unit_path))";
            }
            return (type == SubjectType.INDIVIDUAL ? "s.unit_id" : "s.subject_id") + " in (select unit_id from "
                    + units + ")";
        }

        String participants(SubjectType type) {
            if (this == FROZEN) {
                return RankingSql.FROZEN_PARTICIPANTS;
            }
            return type == SubjectType.INDIVIDUAL ? RankingSql.LIVE_INDIVIDUAL_PARTICIPANTS
                    : RankingSql.LIVE_UNIT_PARTICIPANTS;
        }
    }

    /** Who the rows are limited to: everyone, or the units a head heads (by the caller's individual id). */
    record Scope(Long headIndividualId) {
        static final Scope EVERYTHING = new Scope(null);

        boolean restricted() {
            return headIndividualId != null;
        }
    }

    Page<RankedSubject> page(Campaign campaign, SubjectType type, Source source, RankingFilter filter, Scope scope,
                             PageRequest page) {
        long[] matches = {0};
        List<RankedSubject> rows = new ArrayList<>();
        String sql = page(source, type, filter.order().sql()) + " limit :limit offset :offset";
        MapSqlParameterSource params = params(campaign, type, filter, scope)
                .addValue("limit", page.getPageSize()).addValue("offset", page.getOffset());
        jdbc.query(sql, params, (RowCallbackHandler) rs -> {
            matches[0] = rs.getLong("matches");
            rows.add(MAPPER.mapRow(rs, rows.size()));
        });
        if (rows.isEmpty() && page.getOffset() > 0) {
            matches[0] = count(campaign, type, source, filter, scope);
        }
        return new PageImpl<>(rows, page, matches[0]);
    }

    /** Every row of the ranking in order, one at a time (for exports). */
    void each(Campaign campaign, SubjectType type, Source source, RankingFilter filter, Scope scope,
              Consumer<RankedSubject> consumer) {
        String sql = page(source, type, filter.order().sql());
        int[] n = {0};
        streaming.query(sql, params(campaign, type, filter, scope), (RowCallbackHandler) rs -> {
            consumer.accept(MAPPER.mapRow(rs, n[0]++));
        });
    }

    /** Everyone taking part, ranked or not, ordered by unit then name. */
    void eachParticipant(Campaign campaign, SubjectType type, Source source, Consumer<RankedSubject> consumer) {
        String sql = "select s.* from (" + source.participants(type) + ") s"
                + " order by s.unit_name, s.unit_id, s.name, s.subject_id";
        int[] n = {0};
        streaming.query(sql, params(campaign, type, RankingFilter.ALL, Scope.EVERYTHING),
                (RowCallbackHandler) rs -> consumer.accept(MAPPER.mapRow(rs, n[0]++)));
    }

    /** Which participants to list. */
    enum Pending {
        /** Taking part but without a review: not ranked. */
        NOT_SCORED("s.rank is null"),
        /** Ranked, but the evaluation is not finalised. */
        NOT_FINAL("s.rank is not null and s.evaluation_status <> 'FINALISED'");

        private final String condition;

        Pending(String condition) {
            this.condition = condition;
        }
    }

    /** The first {@code limit} participants in this state, by unit then name. */
    List<RankedSubject> pending(Campaign campaign, SubjectType type, Source source, Pending pending, int limit) {
        String sql = "select s.* from (" + source.participants(type) + ") s where " + pending.condition
                + " order by s.unit_name, s.unit_id, s.name, s.subject_id limit :limit";
        return jdbc.query(sql, params(campaign, type, RankingFilter.ALL, Scope.EVERYTHING).addValue("limit", limit),
                MAPPER);
    }

    /** Runs an aggregate over the participants: {@code select … from (participants) s …}. */
    <T> List<T> aggregate(Campaign campaign, SubjectType type, Source source, String outer, RowMapper<T> mapper) {
        String sql = outer.formatted("(" + source.participants(type) + ") s");
        return jdbc.query(sql, params(campaign, type, RankingFilter.ALL, Scope.EVERYTHING), mapper);
    }

    /** Stores the campaign's participants and ranking in the snapshot; returns the rows written. */
    int freeze(Campaign campaign, SubjectType type) {
        return jdbc.update(RankingSql.freeze(Source.LIVE.participants(type)),
                params(campaign, type, RankingFilter.ALL, Scope.EVERYTHING));
    }

    boolean frozen(Long campaignId) {
        Boolean any = jdbc.queryForObject("select exists (select 1 from ranking_snapshot where campaign_id = :campaign)",
                new MapSqlParameterSource("campaign", campaignId), Boolean.class);
        return Boolean.TRUE.equals(any);
    }

    private long count(Campaign campaign, SubjectType type, Source source, RankingFilter filter, Scope scope) {
        String sql = "select count(*) from (" + page(source, type, "1") + ") counted";
        Long count = jdbc.queryForObject(sql, params(campaign, type, filter, scope), Long.class);
        return count == null ? 0 : count;
    }

    private static MapSqlParameterSource params(Campaign campaign, SubjectType type, RankingFilter filter, Scope scope) {
        Thresholds thresholds = campaign.getThresholds().orDefaults();
        return new MapSqlParameterSource()
                .addValue("campaign", campaign.getId())
                .addValue("type", type.name())
                .addValue("excellent", thresholds.excellent())
                .addValue("good", thresholds.good())
                .addValue("pass", thresholds.pass())
                .addValue("unit", filter.unitId() == null ? 0L : filter.unitId())
                .addValue("classification", filter.classification() == null ? "" : filter.classification().name())
                .addValue("q", filter.namePattern())
                .addValue("restricted", scope.restricted())
                .addValue("me", scope.restricted() ? scope.headIndividualId() : 0L);
    }

    static final RowMapper<RankedSubject> MAPPER = (rs, n) -> new RankedSubject(
            rs.getLong("subject_id"), rs.getString("code"), rs.getString("name"),
            rs.getObject("unit_id") == null ? null : rs.getLong("unit_id"),
            rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("pledge_status"),
            rs.getString("target_title"),
            rs.getString("evaluation_status") == null ? null : EvaluationStatus.valueOf(rs.getString("evaluation_status")),
            total(rs.getBigDecimal("total")), rs.getBoolean("complete"),
            rs.getString("classification") == null ? null : Classification.valueOf(rs.getString("classification")),
            integer(rs, "rank"), integer(rs, "unit_rank"), integer(rs, "position"),
            integer(rs, "members"), integer(rs, "members_scored"));

    private static java.math.BigDecimal total(java.math.BigDecimal total) {
        return total == null ? null : total.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static Integer integer(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Math.toIntExact(value);
    }
}
