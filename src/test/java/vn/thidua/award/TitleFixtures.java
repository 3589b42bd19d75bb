package vn.thidua.award;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.support.Fixtures;

/**
 * Titles of a test's own (the catalogue has no API to add one), so that adding rule versions or
 * changing quotas leaves the seeded titles as the migration made them.
 */
@Component
public class TitleFixtures {

    private final JdbcClient db;

    TitleFixtures(JdbcClient db) {
        this.db = db;
    }

    /** An individual title after the seeded ones, with rules version 1 from 01/01/2024 (rating GOOD) and a disabled quota. */
    public String title(String name) {
        String code = Fixtures.unique("TI");
        db.sql("insert into title (code, name, name_en, subject_type, position, kind) values (?, ?, ?, 'INDIVIDUAL', 900, 'TITLE')")
                .params(code, name, name + " (en)").update();
        long version = db.sql("""
                insert into title_rule_version (title_code, version, effective_from, created_by)
                values (?, 1, date '2024-01-01', 'test') returning id""").param(code).query(Long.class).single();
        db.sql("""
                insert into title_rule_clause (rule_version_id, position, code, kind, params, source_document,
                                               source_article, source_clause, source_point)
                values (?, 1, 'RATING', 'RATING_AT_LEAST', '{"atLeast": "GOOD"}',
                        'Luật Thi đua, khen thưởng 06/2022/QH15', 'Điều 24', 'khoản 1', 'điểm a')""")
                .param(version).update();
        db.sql("insert into title_quota (title_code) values (?)").param(code).update();
        return code;
    }
}
