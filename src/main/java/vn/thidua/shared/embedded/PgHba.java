package vn.thidua.shared.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The cluster's {@code pg_hba.conf}: who may connect how. */
final class PgHba {

    static final String PASSWORD_ONLY = """
            # Written by Thi đua: every connection needs a password (SCRAM); the server listens on
            # localhost only and has no Unix socket.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private PgHba() {
    }

    /** Whether some rule lets a connection in without a password (zonky's initdb -A trust). */
    static boolean isTrust(Path cluster) throws IOException {
        Path file = cluster.resolve("pg_hba.conf");
        if (!Files.exists(file)) {
            return false;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String rule = line.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT);
            if (!rule.isEmpty() && rule.matches(".*\\s(trust|peer|ident)(\\s.*)?$")) {
                return true;
            }
        }
        return false;
    }

    static void writePasswordOnly(Path cluster) throws IOException {
        Path file = cluster.resolve("pg_hba.conf");
        Path next = cluster.resolve("pg_hba.conf.new");
        Files.writeString(next, PASSWORD_ONLY, StandardCharsets.UTF_8);
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
