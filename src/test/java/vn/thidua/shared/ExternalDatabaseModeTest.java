package vn.thidua.shared;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.Application;
import vn.thidua.shared.embedded.EmbeddedDatabase;
import vn.thidua.support.IntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production mode: with spring.datasource.url set, the application uses that database, migrates
 * it, loads no demo data and creates the first administrator from APP_ADMIN_USERNAME/PASSWORD.
 * The "external" server here is a fresh database on the test PostgreSQL.
 */
@IntegrationTest
class ExternalDatabaseModeTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Test
    void anExternalDatabaseGetsTheSchemaAndTheFirstAdminButNoDemoData() {
        String database = "external_" + System.nanoTime();
        EmbeddedDatabase server = EmbeddedDatabase.current().orElseThrow();
        // the application role may not create databases: the superuser makes one it owns
        JdbcClient.create(server.superuserDataSource())
                .sql("create database " + database + " owner " + server.appUsername()).update();
        String url = environment.getProperty("spring.datasource.url").replace("/postgres", "/" + database);

        try (ConfigurableApplicationContext external = new SpringApplicationBuilder(Application.class)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=" + server.appUsername(),
                        "spring.datasource.password=" + server.appPassword(),
                        "server.port=0", "app.admin.username=chanh.vanphong",
                        "app.admin.password=Mật khẩu ban đầu rất dài")
                .run()) {
            JdbcClient db = JdbcClient.create(external.getBean(javax.sql.DataSource.class));

            assertThat(external.getEnvironment().getProperty("app.demo.enabled", Boolean.class, false)).isFalse();
            assertThat(db.sql("select count(*) from unit").query(Long.class).single()).isZero();
            assertThat(db.sql("select count(*) from campaign").query(Long.class).single()).isZero();
            assertThat(db.sql("select code from title order by position").query(String.class).list())
                    .containsExactly("LDTT", "CSTDCS", "CSTD_BO", "TTLDTT", "TTLDXS", "BK_BO", "BK_TTG", "GIAY_KHEN");
            List<String> admins = db.sql("""
                    select a.username from account a join account_role r on r.account_id = a.id
                    where r.role = 'ADMIN'""").query(String.class).list();
            assertThat(admins).containsExactly("chanh.vanphong");
        }
    }
}
