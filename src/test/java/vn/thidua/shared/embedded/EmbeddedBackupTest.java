package vn.thidua.shared.embedded;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup taken while writers keep committing is consistent (every transaction wholly in or
 * wholly out), holds everything committed before it began and nothing begun after it ended, and
 * a server started on the unpacked archive has exactly that data, whatever changed after.
 */
class EmbeddedBackupTest {

    @TempDir
    Path folder;

    @TempDir
    Path restored;

    /** When each writer transaction began and ended, in nanoTime. */
    record Commit(long began, long ended) {
    }

    @Test
    void aBackupDuringWritesRestoresToExactlyWhatItHeld() throws Exception {
        Path archive = folder.resolveSibling(folder.getFileName() + "-backup.tar.gz");
        Map<Integer, Commit> commits = new ConcurrentHashMap<>();
        long backupBegan;
        long backupEnded;
        try (EmbeddedDatabase server = EmbeddedDatabase.start(EmbeddedDatabase.Options.production(folder))) {
            JdbcClient db = JdbcClient.create(server.appDataSource());
            db.sql("create table pair (txn int not null, part int not null, payload text, primary key (txn, part))").update();
            db.sql("insert into pair select -g, p, 'old' from generate_series(1, 20000) g, generate_series(1, 2) p").update();

            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger next = new AtomicInteger();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                Thread writer = new Thread(() -> {
                    try (Connection connection = server.appDataSource().getConnection();
                         PreparedStatement insert = connection.prepareStatement("insert into pair values (?, ?, repeat('x', 500))")) {
                        connection.setAutoCommit(false);
                        while (writing.get()) {
                            int txn = next.incrementAndGet();
                            long began = System.nanoTime();
                            for (int part = 1; part <= 2; part++) {
                                insert.setInt(1, txn);
                                insert.setInt(2, part);
                                insert.executeUpdate();
                            }
                            connection.commit();
                            commits.put(txn, new Commit(began, System.nanoTime()));
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                writer.start();
                writers.add(writer);
            }
            Thread.sleep(500);
            backupBegan = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(archive)) {
                EmbeddedBackup.write(server, out);
            }
            backupEnded = System.nanoTime();
            Thread.sleep(500);
            writing.set(false);
            for (Thread writer : writers) {
                writer.join();
            }
            // changed after the backup: none of it may be in the restored copy
            db.sql("delete from pair where txn < -10000").update();
            db.sql("update pair set payload = 'changed after' where txn = 1").update();
            assertThat(commits.values().stream().filter(c -> c.began() > backupEnded).count()).isPositive();
        }

        // restore: a fresh cluster folder (0700) with the archive unpacked, the password files put back
        Path cluster = Files.createDirectory(restored.resolve("postgres"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Set<String> names = unpack(archive, cluster);
        assertThat(names).contains("PG_VERSION", "backup_label", "global/pg_control", "pg_wal/")
                .doesNotContain("postmaster.pid", "postmaster.opts", "epg-lock");
        for (String file : List.of("postgres.password", "thidua.password")) {
            Files.copy(folder.resolve(file), restored.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
        try (EmbeddedDatabase copy = EmbeddedDatabase.start(EmbeddedDatabase.Options.production(restored))) {
            JdbcClient db = JdbcClient.create(copy.appDataSource());
            assertThat(db.sql("select count(*) from pair where txn < 0").query(Long.class).single()).isEqualTo(40000);
            assertThat(db.sql("select count(*) from pair where payload = 'changed after'").query(Long.class).single()).isZero();
            Map<Integer, Long> parts = new HashMap<>();
            db.sql("select txn, count(*) from pair where txn > 0 group by txn")
                    .query((rs, i) -> parts.put(rs.getInt(1), rs.getLong(2))).list();
            assertThat(parts.values()).as("no transaction half in the backup").allMatch(count -> count == 2);
            TreeSet<Integer> before = new TreeSet<>();
            TreeSet<Integer> after = new TreeSet<>();
            commits.forEach((txn, commit) -> {
                if (commit.ended() < backupBegan) {
                    before.add(txn);
                } else if (commit.began() > backupEnded) {
                    after.add(txn);
                }
            });
            assertThat(before).as("committed before the backup began").isNotEmpty();
            assertThat(parts.keySet()).as("everything committed before the backup began").containsAll(before);
            assertThat(parts.keySet()).as("nothing begun after the backup ended").doesNotContainAnyElementsOf(after);
            assertThat(parts.keySet()).as("only what the writers committed").isSubsetOf(commits.keySet());
        }
    }

    private static Set<String> unpack(Path archive, Path into) throws Exception {
        Set<String> names = new TreeSet<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive));
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                names.add(entry.getName());
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).as(entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                }
            }
        }
        return names;
    }
}
