package vn.thidua.campaign;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading to V9 on data made before it: the office loaded before its first campaign stays in place
 * for every campaign, the people and units made since the campaigns began came when they were made
 * (the five people imported today of issue 12 do not join the 2020 campaign by upgrading).
 */
class ParticipantsMigrationTest {

    @TempDir
    Path folder;

    @Test
    void rowsMadeBeforeTheFirstCampaignAreInPlaceAndRowsMadeAfterItCameWhenTheyWereMade() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("pg"))
                .setPGStartupWait(Duration.ofSeconds(60)).setLocaleConfig("locale", "C.UTF-8").start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("7").load().migrate();
            JdbcClient db = JdbcClient.create(dataSource);
            db.sql("""
                    insert into unit (code, name, created_at) values ('VU', 'Vụ cũ', '2020-06-01 08:00+07');
                    insert into individual (code, full_name, search_name, unit_id, created_at)
                        select 'CU', 'Người cũ', 'nguoi cu', id, '2020-06-01 08:00+07' from unit where code = 'VU';
                    insert into campaign (code, name, kind, start_date, end_date, registration_deadline, status,
                                          created_at)
                        values ('C2020', 'Đợt 2020', 'THEMATIC', '2020-07-10', '2020-08-30', '2020-07-20', 'SCORING',
                                '2020-07-01 08:00+07');
                    insert into unit (code, name, parent_id, created_at)
                        select 'PHONG', 'Phòng mới', id, '2026-12-01 09:00+07' from unit where code = 'VU';
                    insert into individual (code, full_name, search_name, unit_id, created_at)
                        select 'MOI1', 'Người mới một', 'nguoi moi mot', id, '2026-12-01 09:00+07' from unit where code = 'VU';
                    insert into individual (code, full_name, search_name, unit_id, created_at)
                        select 'MOI2', 'Người mới hai', 'nguoi moi hai', id, '2026-12-01 09:00+07' from unit where code = 'PHONG';
                    """).update();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

            Long campaign = db.sql("select id from campaign where code = 'C2020'").query(Long.class).single();
            assertThat(db.sql("select joined_unit_at is null from individual where code = 'CU'")
                    .query(Boolean.class).single()).isTrue();
            assertThat(db.sql("select to_char(joined_unit_at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI') "
                    + "from individual where code = 'MOI1'").query(String.class).single()).isEqualTo("01/12/2026 09:00");
            assertThat(db.sql("""
                            select i.code from campaign_participants(:c) p join individual i on i.id = p.individual_id""")
                    .param("c", campaign).query(String.class).list()).containsExactly("CU");
            assertThat(db.sql("""
                            select i.code from campaign_late_joiners(:c) l join individual i on i.id = l.individual_id
                            order by i.code""")
                    .param("c", campaign).query(String.class).list()).containsExactly("MOI1", "MOI2");
            assertThat(db.sql("select u.code from campaign_collectives(:c) x join unit u on u.id = x.unit_id")
                    .param("c", campaign).query(String.class).list()).containsExactly("VU");
        }
    }
}
