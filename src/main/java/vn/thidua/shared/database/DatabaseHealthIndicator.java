package vn.thidua.shared.database;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database part of {@code /actuator/health}, in place of Spring Boot's, which waits as long
 * as the database does ({@code Connection.isValid(0)}): here a connection from the pool (at most
 * the pool's connection timeout) and an answer within {@value #TIMEOUT_SECONDS} s, else DOWN.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator {

    static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    DatabaseHealthIndicator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return Health.up().withDetail("database", connection.getMetaData().getDatabaseProductName()).build();
            }
            return Health.down().withDetail("error", "no answer within " + TIMEOUT_SECONDS + " s").build();
        } catch (SQLException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
