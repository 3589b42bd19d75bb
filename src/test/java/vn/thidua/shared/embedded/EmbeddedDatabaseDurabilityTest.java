package vn.thidua.shared.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the application's settings the embedded PostgreSQL writes a commit to disk before it
 * answers (zonky's defaults are for tests: fsync off, asynchronous commit); the test suite's
 * throw-away server may keep them off for speed.
 */
class EmbeddedDatabaseDurabilityTest {

    @TempDir
    Path folder;

    @Test
    void theApplicationsServerIsCrashSafe() {
        try (EmbeddedDatabase server = EmbeddedDatabase.start(EmbeddedDatabase.Options.production(folder))) {
            JdbcClient db = JdbcClient.create(server.appDataSource());
            assertThat(db.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(db.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(db.sql("show full_page_writes").query(String.class).single()).isEqualTo("on");
        }
    }

    @Test
    void aThrowAwayServerMayTradeDurabilityForSpeed() {
        try (EmbeddedDatabase server = EmbeddedDatabase.start(new EmbeddedDatabase.Options(folder, true, false, false))) {
            JdbcClient db = JdbcClient.create(server.appDataSource());
            assertThat(db.sql("show fsync").query(String.class).single()).isEqualTo("off");
            assertThat(db.sql("show synchronous_commit").query(String.class).single()).isEqualTo("off");
        }
    }
}
