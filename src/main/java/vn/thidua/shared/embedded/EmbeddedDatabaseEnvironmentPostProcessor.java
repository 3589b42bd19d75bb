package vn.thidua.shared.embedded;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When no database is configured ({@code spring.datasource.url} unset), starts the embedded
 * PostgreSQL with its data under {@code app.data-dir} and points the datasource at it, as the
 * application role. This is what lets a newcomer run the application with nothing but a JDK.
 * Embedded mode also turns the demo data on unless {@code app.demo.enabled} says otherwise.
 * <p>
 * The application context holds a lease on the JVM's shared server, given back when the
 * context has closed (after the web server has stopped and the running requests have ended):
 * the server stops when the last context using it has closed.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "embeddedDatabase";
    static final String LEASE_BEAN = "embeddedDatabaseLease";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")
                || !environment.getProperty("app.embedded-database.enabled", Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("app.data-dir", "./data"));
        boolean temporary = environment.getProperty("app.embedded-database.temporary", Boolean.class, false);
        boolean durable = environment.getProperty("app.embedded-database.durable", Boolean.class, true);
        EmbeddedDatabase database = EmbeddedDatabase.acquire(
                new EmbeddedDatabase.Options(dataDir, temporary, durable, true));
        application.addListeners(new Lease());

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.appUsername());
        properties.put("spring.datasource.password", database.appPassword());
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

    /**
     * Registered as the context's first disposable bean, so destroyed last: after the web
     * server's graceful stop (a lifecycle phase, before any bean is destroyed) and after the
     * connection pool has closed.
     */
    static final class Lease implements ApplicationListener<ApplicationEvent>, DisposableBean {

        private final AtomicBoolean released = new AtomicBoolean();

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof ApplicationPreparedEvent prepared
                    && prepared.getApplicationContext().getBeanFactory() instanceof DefaultListableBeanFactory factory
                    && !factory.containsSingleton(LEASE_BEAN)) {
                factory.registerSingleton(LEASE_BEAN, this);
                factory.registerDisposableBean(LEASE_BEAN, this);
            } else if (event instanceof ApplicationFailedEvent) {
                destroy();
            }
        }

        @Override
        public void destroy() {
            if (released.compareAndSet(false, true)) {
                EmbeddedDatabase.release();
            }
        }
    }
}
