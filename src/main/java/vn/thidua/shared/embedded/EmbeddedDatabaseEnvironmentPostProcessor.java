package vn.thidua.shared.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * When no database is configured ({@code spring.datasource.url} unset), starts the embedded
 * PostgreSQL with its data under {@code app.data-dir} and points the datasource at it. This is
 * what lets a newcomer run the application with nothing but a JDK. Embedded mode also turns the
 * demo data on unless {@code app.demo.enabled} says otherwise.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "embeddedDatabase";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")
                || !environment.getProperty("app.embedded-database.enabled", Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("app.data-dir", "./data"));
        boolean temporary = environment.getProperty("app.embedded-database.temporary", Boolean.class, false);
        EmbeddedPostgres postgres = EmbeddedDatabase.start(dataDir.resolve("postgres"), temporary);

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("app.embedded-database.running", true);
        if (!environment.containsProperty("app.demo.enabled")) {
            properties.put("app.demo.enabled", true);
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
    }

    @Override
    public int getOrder() {
        // after application.properties and profiles have been read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
