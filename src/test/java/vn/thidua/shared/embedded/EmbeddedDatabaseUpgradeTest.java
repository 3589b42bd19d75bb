package vn.thidua.shared.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data folder made by an earlier version (plain zonky: trust authentication, everything owned
 * by the superuser, the data in database postgres) is made private on its first start with this
 * version, and its data is the application role's from then on.
 */
class EmbeddedDatabaseUpgradeTest {

    @TempDir
    Path folder;

    @Test
    void anOldTrustingFolderIsUpgradedInPlaceAndKeepsItsData() throws Exception {
        Path cluster = folder.resolve("postgres");
        Files.createDirectories(cluster);
        // what the previous version did: initdb -A trust, migrate and write as postgres
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60)).setLocaleConfig("locale", "C.UTF-8").start()) {
            Flyway.configure().dataSource(old.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
            JdbcClient db = JdbcClient.create(old.getPostgresDatabase());
            db.sql("insert into unit (code, name) values ('CU', 'Đơn vị cũ')").update();
            assertThat(db.sql("select current_user").query(String.class).single()).isEqualTo("postgres");
        }

        try (EmbeddedDatabase upgraded = EmbeddedDatabase.start(new EmbeddedDatabase.Options(folder, false, false, false))) {
            JdbcClient app = JdbcClient.create(upgraded.appDataSource());
            assertThat(app.sql("select current_user").query(String.class).single()).isEqualTo("thidua");
            assertThat(app.sql("select name from unit where code = 'CU'").query(String.class).single()).isEqualTo("Đơn vị cũ");
            // the role owns what Flyway made, so the application keeps migrating and writing
            Flyway.configure().dataSource(upgraded.appDataSource()).locations("classpath:db/migration").load().migrate();
            app.sql("insert into unit (code, name) values ('MOI', 'Đơn vị mới')").update();
            assertThat(app.sql("select code from unit order by name collate vietnamese").query(String.class).list())
                    .containsExactly("CU", "MOI");
            long id = app.sql("insert into audit_event (actor, entity, action) values ('a', 'b', 'c') returning id")
                    .query(Long.class).single();
            assertThatThrownBy(() -> app.sql("delete from audit_event where id = ?").param(id).update())
                    .rootCause().hasMessageContaining("append-only");
            assertThat(app.sql("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                    + "where n.nspname = 'public' and pg_get_userbyid(c.relowner) <> 'thidua'").query(Long.class).single())
                    .isZero();
            assertThat(app.sql("select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace "
                    + "where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> 'thidua'").query(Long.class).single())
                    .isZero();
            assertThat(app.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                    .isFalse();

            String url = "jdbc:postgresql://localhost:" + upgraded.port() + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", null).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).doesNotContain("trust");
        }

        // and it starts again as a private cluster, with the same passwords
        try (EmbeddedDatabase again = EmbeddedDatabase.start(new EmbeddedDatabase.Options(folder, false, false, false))) {
            assertThat(JdbcClient.create(again.appDataSource()).sql("select count(*) from unit where code in ('CU', 'MOI')")
                    .query(Long.class).single()).isEqualTo(2);
        }
    }
}
