package vn.thidua.shared.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded PostgreSQL of this JVM. It is started at most once per JVM (application and
 * tests alike) and stopped by the JVM's shutdown hook, so several Spring contexts in one
 * test run share one server.
 */
public final class EmbeddedDatabase {

    private static EmbeddedPostgres server;
    private static Path dataDirectory;

    private EmbeddedDatabase() {
    }

    public static synchronized EmbeddedPostgres start(Path directory, boolean temporary) {
        if (server != null) {
            return server;
        }
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("""
                    The embedded PostgreSQL cannot run as root (PostgreSQL refuses it).
                    Run the application as a normal user, or point it at a PostgreSQL server with
                    SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.""");
        }
        try {
            Path absolute = directory.toAbsolutePath().normalize();
            Files.createDirectories(absolute);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(absolute)
                    .setCleanDataDirectory(temporary)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            dataDirectory = absolute;
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    public static synchronized Path dataDirectory() {
        return dataDirectory;
    }

    public static synchronized boolean isRunning() {
        return server != null;
    }
}
