package vn.thidua.shared.embedded;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.support.IntegrationTest;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL is private to the application: another user of the machine cannot
 * connect without a password, and the application's own role is no superuser (so it cannot run
 * programs on the server, read other roles' secrets or change the server).
 */
@IntegrationTest
class EmbeddedDatabaseSecurityTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    private String url() {
        return environment.getProperty("spring.datasource.url");
    }

    private Path dataDir() {
        return Path.of(environment.getProperty("app.data-dir"));
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url.replaceAll("\\?.*", ""), properties);
    }

    @Test
    void nobodyConnectsWithoutAPassword() {
        assertThatThrownBy(() -> connect(url(), "postgres", null).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> connect(url(), "postgres", "not the password").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> connect(url(), "thidua", null).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
    }

    @Test
    void theApplicationConnectsAsARoleThatIsNoSuperuser() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("thidua");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select rolcreaterole or rolcreatedb or rolreplication or rolbypassrls from pg_roles "
                + "where rolname = current_user").query(Boolean.class).single()).isFalse();
    }

    @Test
    void theApplicationCannotRunProgramsOnTheServerNorReadPasswordHashes() {
        jdbc.sql("create table if not exists out_of_the_box (line text)").update();
        assertThatThrownBy(() -> jdbc.sql("copy out_of_the_box from program 'id'").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("select rolpassword from pg_authid").query(String.class).list())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("alter system set fsync = off").update())
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void thePasswordsAreInFilesOnlyTheOwnerMayRead() throws Exception {
        for (String file : List.of("postgres.password", "thidua.password")) {
            Path path = dataDir().toAbsolutePath().resolve(file);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(file).isEqualTo("rw-------");
        }
        String password = Files.readString(dataDir().resolve("thidua.password")).strip();
        try (Connection connection = connect(url(), "thidua", password)) {
            assertThat(connection.isValid(2)).isTrue();
        }
        String superuser = Files.readString(dataDir().resolve("postgres.password")).strip();
        try (Connection connection = connect(url(), "postgres", superuser)) {
            assertThat(connection.isValid(2)).isTrue();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir().toAbsolutePath())))
                .isEqualTo("rwx------");
    }

    @Test
    void theServerListensOnLocalhostOnlyAndHasNoUnixSocket() throws Exception {
        assertThat(jdbc.sql("show listen_addresses").query(String.class).single()).isEqualTo("localhost");
        String superuser = Files.readString(dataDir().resolve("postgres.password")).strip();
        try (Connection connection = connect(url(), "postgres", superuser);
             var result = connection.createStatement().executeQuery("show unix_socket_directories")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEmpty();
        }
        assertThat(jdbc.sql("show password_encryption").query(String.class).single()).isEqualTo("scram-sha-256");
    }

    @Test
    void theApplicationRoleOwnsTheSchemaAndWhatFlywayMade() {
        assertThat(jdbc.sql("select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'public'")
                .query(String.class).single()).isEqualTo("thidua");
        assertThat(jdbc.sql("""
                select distinct pg_get_userbyid(c.relowner) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public'""").query(String.class).list()).containsExactly("thidua");
        assertThat(jdbc.sql("select pg_get_userbyid(collowner) from pg_collation where collname = 'vietnamese'")
                .query(String.class).single()).isEqualTo("thidua");
        // the ICU collation and the append-only trigger work for their owner
        assertThat(jdbc.sql("select string_agg(x, ' ' order by x collate vietnamese) from "
                + "(values ('đ'), ('e'), ('d'), ('ă'), ('a')) v(x)").query(String.class).single()).isEqualTo("a ă d đ e");
        long id = jdbc.sql("insert into audit_event (actor, entity, action) values ('test', 'test', 'test') returning id")
                .query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'x' where id = ?").param(id).update())
                .rootCause().hasMessageContaining("append-only");
    }
}
