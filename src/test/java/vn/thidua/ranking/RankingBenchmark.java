package vn.thidua.ranking;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.campaign.AppliesTo;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignFixtures;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.support.Fixtures;
import vn.thidua.support.IntegrationTest;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rankings at ministry scale (issue 5): 500 units, 20,000 people, a campaign of 12 criteria, every
 * person reviewed (240,000 scores). Measures, in process (MockMvc, real PostgreSQL, no network),
 * at least 50 timed requests each after a warm-up: the first page (50 rows) of the individual
 * ranking (API and HTML page), the same filtered to a Vụ and its phòng, the unit ranking, the full XLSX export, and the
 * ranking query run directly over JDBC. Prints p50/p95, the ratio of the API to the raw query and
 * the heap growth during an export.
 * Run: ./mvnw -Pbenchmark test -Dtest=RankingBenchmark
 */
@IntegrationTest
class RankingBenchmark {

    private static final int TOP_UNITS = 50;
    private static final int SUB_UNITS_EACH = 9;
    private static final int PEOPLE = 20_000;
    private static final int WARM_UP = 10;
    private static final int RUNS = 50;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CampaignFixtures campaigns;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    RankingExports exports;

    @Test
    void rankingsOf20000PeopleWith12Criteria() throws Exception {
        long setUp = System.nanoTime();
        String prefix = Fixtures.unique("B");
        Long root = fixtures.unit("Bộ Đo thời gian " + prefix).getId();
        jdbc.sql("""
                        insert into unit (code, name, parent_id, added_at)
                        select :prefix || '-V' || v, 'Vụ ' || v || ' ' || :prefix, :root, timestamptz '2020-01-01 00:00+07'
                        from generate_series(1, :top) v""")
                .param("prefix", prefix).param("root", root).param("top", TOP_UNITS - 1).update();
        jdbc.sql("""
                        insert into unit (code, name, parent_id, added_at)
                        select :prefix || '-V' || v || '-P' || p, 'Phòng ' || p || ' Vụ ' || v, u.id,
                               timestamptz '2020-01-01 00:00+07'
                        from generate_series(1, :top) v cross join generate_series(1, :each) p
                        join unit u on u.code = :prefix || '-V' || v""")
                .param("prefix", prefix).param("top", TOP_UNITS - 1).param("each", SUB_UNITS_EACH).update();
        List<Long> units = jdbc.sql("select id from unit where id = :root or code like :prefix || '-%' order by id")
                .param("root", root).param("prefix", prefix).query(Long.class).list();
        jdbc.sql("""
                        with chosen as (select array_agg(id order by id) as ids from unit
                                        where id = :root or code like :prefix || '-%')
                        insert into individual (code, full_name, search_name, unit_id, position, joined_unit_at)
                        select code, full_name, lower(full_name), unit_id, position, timestamptz '2020-01-01 00:00+07' from (
                        select :prefix || '-P' || n as code,
                               (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'])[1 + n % 16]
                               || ' ' || (array['Văn','Thị','Đức','Minh','Thu','Ngọc','Quang','Thanh'])[1 + (n / 16) % 8]
                               || ' ' || (array['An','Bình','Cường','Dũng','Giang','Hà','Hải','Hương','Khánh','Lan','Long','Mai','Nam','Oanh','Phúc','Quý','Sơn','Tâm','Tuấn','Uyên','Vân','Yến','Ánh','Đạt'])[1 + (n / 128) % 24] as full_name,
                               chosen.ids[1 + n % :unitCount] as unit_id, 'Chuyên viên' as position
                        from generate_series(0, :people - 1) n, chosen) generated""")
                .param("prefix", prefix).param("root", root).param("unitCount", units.size())
                .param("people", PEOPLE).update();
        Campaign campaign = campaigns.draft("Đợt đo xếp hạng " + prefix);
        for (int k = 1; k <= 12; k++) {
            CriterionKind kind = k == 11 ? CriterionKind.BONUS : k == 12 ? CriterionKind.PENALTY : CriterionKind.STANDARD;
            campaigns.criterion(campaign, "K" + k, kind, k > 10 ? "5" : "10", AppliesTo.BOTH);
        }
        campaign = campaigns.advance(campaign, CampaignStatus.SCORING);
        Long campaignId = campaign.getId();
        jdbc.sql("""
                        insert into evaluation (campaign_id, subject_type, subject_id, status, reviewed_at)
                        select :c, 'INDIVIDUAL', i.id, case when i.id % 3 = 0 then 'FINALISED' else 'REVIEWED' end, now()
                        from individual i where i.code like :prefix || '-P%'""")
                .param("c", campaignId).param("prefix", prefix).update();
        jdbc.sql("""
                        insert into evaluation (campaign_id, subject_type, subject_id, status, reviewed_at)
                        select :c, 'COLLECTIVE', u.id, 'REVIEWED', now() from unit u
                        where u.id = :root or u.code like :prefix || '-%'""")
                .param("c", campaignId).param("root", root).param("prefix", prefix).update();
        int scores = jdbc.sql("""
                        insert into evaluation_score (evaluation_id, criterion_id, max_points, review_points)
                        select e.id, c.id, 0, round((random() * c.max_points)::numeric, 2)
                        from evaluation e join criterion c on c.campaign_id = e.campaign_id
                        where e.campaign_id = :c""")
                .param("c", campaignId).update();
        jdbc.sql("analyze").update();
        String board = fixtures.board();
        Long aVu = jdbc.sql("select id from unit where code = :code").param("code", prefix + "-V7")
                .query(Long.class).single();
        System.out.printf("%nRankingBenchmark: %d units, %d people, 12 criteria, %d scores, set up in %.1f s%n",
                units.size(), PEOPLE, scores, (System.nanoTime() - setUp) / 1e9);

        String individuals = "/api/v1/campaigns/" + campaignId + "/rankings/individuals";
        if (Boolean.getBoolean("explain")) {
            explain(campaignId);
        }
        // the API, the page and the raw query take turns, so that all three meet the same machine
        long[][] turns = inTurns(() -> request(individuals + "?size=50", board),
                () -> request("/campaigns/" + campaignId + "/rankings", board), () -> rawFirstPage(campaignId));
        long[] firstPage = turns[0];
        long[] page = turns[1];
        long[] raw = turns[2];
        long[] filtered = time(() -> request(individuals + "?size=50&unitId=" + aVu, board));
        long[] unitRanking = time(() -> request("/api/v1/campaigns/" + campaignId + "/rankings/units", board));
        long[] xlsx = time(() -> request(individuals + ".xlsx", board));
        long[] pdf = time(() -> request(individuals + ".pdf", board));
        LiveHeap xlsxHeap = LiveHeap.during(out -> vn.thidua.security.SystemUser.runAsAdmin("benchmark",
                () -> exports.ranking(campaignId, vn.thidua.organisation.SubjectType.INDIVIDUAL, RankingFilter.ALL, ExportFormat.XLSX, out)));
        LiveHeap pdfHeap = LiveHeap.during(out -> vn.thidua.security.SystemUser.runAsAdmin("benchmark",
                () -> exports.ranking(campaignId, vn.thidua.organisation.SubjectType.INDIVIDUAL, RankingFilter.ALL, ExportFormat.PDF, out)));
        int xlsxBytes = mvc.perform(get(individuals + ".xlsx").with(fixtures.as(board))).andReturn().getResponse()
                .getContentAsByteArray().length;

        System.out.printf("  %-44s p50 %7.1f ms   p95 %7.1f ms%n", "ranking API, first page of 50",
                percentile(firstPage, 50), percentile(firstPage, 95));
        System.out.printf("  %-44s p50 %7.1f ms   p95 %7.1f ms%n", "ranking page (HTML), first page of 50",
                percentile(page, 50), percentile(page, 95));
        System.out.printf("  %-44s p50 %7.1f ms   p95 %7.1f ms%n", "ranking API, a Vụ and its phòng (unitId)",
                percentile(filtered, 50), percentile(filtered, 95));
        System.out.printf("  %-44s p50 %7.1f ms   p95 %7.1f ms%n", "unit ranking API (" + units.size() + " units)",
                percentile(unitRanking, 50), percentile(unitRanking, 95));
        System.out.printf("  %-44s p50 %7.1f ms   p95 %7.1f ms%n", "the same ranking query over plain JDBC",
                percentile(raw, 50), percentile(raw, 95));
        System.out.printf("  %-44s p50 %7.1f ms   p95 %7.1f ms   (%d kB)%n",
                "XLSX of the whole ranking (" + PEOPLE + " rows)", percentile(xlsx, 50), percentile(xlsx, 95),
                xlsxBytes / 1024);
        System.out.printf("  %-44s p50 %7.1f ms   p95 %7.1f ms%n",
                "PDF of the whole ranking (" + PEOPLE + " rows)", percentile(pdf, 50), percentile(pdf, 95));
        System.out.printf("  %-44s XLSX %s%n  %-44s PDF  %s%n", "live heap above the start while exporting",
                xlsxHeap, "", pdfHeap);
        System.out.printf("  %-44s API %.2f x, page %.2f x%n%n", "over the raw query (p50)",
                percentile(firstPage, 50) / percentile(raw, 50), percentile(page, 50) / percentile(raw, 50));
    }

    private Void request(String url, String user) {
        try {
            mvc.perform(get(url).with(fixtures.as(user))).andExpect(status().isOk());
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void explain(Long campaignId) {
        String named = "explain (analyze, buffers) " + RankingQueries.page(RankingQueries.Source.LIVE,
                vn.thidua.organisation.SubjectType.INDIVIDUAL, RankingSort.Order.DEFAULT.sql()) + " limit 50 offset 0";
        jdbc.sql(named).param("campaign", campaignId).param("type", "INDIVIDUAL").param("allUnits", true)
                .param("excellent", new java.math.BigDecimal("90")).param("good", new java.math.BigDecimal("70"))
                .param("pass", new java.math.BigDecimal("50")).param("unit", 0L).param("classification", "")
                .param("restricted", false).param("me", 0L)
                .query(String.class).list().forEach(System.out::println);
    }

    /** The first page's statement, with the same parameters, straight through a JDBC connection. */
    private Void rawFirstPage(Long campaignId) {
        String named = RankingQueries.page(RankingQueries.Source.LIVE,
                vn.thidua.organisation.SubjectType.INDIVIDUAL, RankingSort.Order.DEFAULT.sql()) + " limit :limit offset :offset";
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("campaign", campaignId).addValue("type", "INDIVIDUAL").addValue("allUnits", true)
                .addValue("excellent", new java.math.BigDecimal("90")).addValue("good", new java.math.BigDecimal("70"))
                .addValue("pass", new java.math.BigDecimal("50")).addValue("unit", 0L).addValue("classification", "")
                .addValue("restricted", false).addValue("me", 0L).addValue("limit", 50).addValue("offset", 0);
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(named);
        String sql = NamedParameterUtils.substituteNamedParameters(parsed, params);
        Object[] values = NamedParameterUtils.buildValueArray(parsed, params, null);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                }
            }
            return null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How much live heap an export holds while it runs: every 64 kB written, a full GC, then the used
     * heap is compared with the level before the export started. Flat figures mean the export
     * streams: nothing grows with the number of rows written.
     */
    record LiveHeap(List<Long> growthMegabytes, long bytes) {

        static LiveHeap during(java.util.function.Consumer<OutputStream> export) {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            List<Long> samples = new java.util.ArrayList<>();
            long[] written = {0, 0};
            OutputStream sampling = new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    written[0] += len;
                    if (written[0] - written[1] >= 64 * 1024) {
                        written[1] = written[0];
                        System.gc();
                        samples.add((memory.getHeapMemoryUsage().getUsed() - before) / (1024 * 1024));
                    }
                }
            };
            export.accept(sampling);
            return new LiveHeap(samples, written[0]);
        }

        @Override
        public String toString() {
            return String.format("max %d MB over %d samples (%s MB) for %d kB written",
                    growthMegabytes.stream().mapToLong(Long::longValue).max().orElse(0), growthMegabytes.size(),
                    growthMegabytes, bytes / 1024);
        }
    }

    private static long[][] inTurns(Supplier<?>... requests) {
        long[][] nanos = new long[requests.length][RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            for (int r = 0; r < requests.length; r++) {
                long start = System.nanoTime();
                requests[r].get();
                if (i >= 0) {
                    nanos[r][i] = System.nanoTime() - start;
                }
            }
        }
        return nanos;
    }

    private static long[] time(Supplier<?> request) {
        long[] nanos = new long[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            long start = System.nanoTime();
            request.get();
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
