package vn.thidua.shared.embedded;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * A consistent copy of a running embedded cluster as a gzipped tar, made with PostgreSQL's
 * low-level backup API (the bundled binaries have no pg_dump or pg_basebackup), in one session:
 * {@code pg_backup_start}, the files of the cluster, {@code pg_backup_stop} (its label becomes
 * {@code backup_label}), then the WAL written meanwhile, which a temporary replication slot keeps
 * from being recycled while the copy runs. Unpacked into an empty folder, the server starts from
 * it with crash recovery up to the end of the copied WAL. The password files are not included.
 */
public final class EmbeddedBackup {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBackup.class);

    /** Not copied at all: the running server's own files and what the documentation says may be left out. */
    private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "backup_label", "backup_label.old", "tablespace_map", "tablespace_map.old", "recovery.signal",
            "standby.signal", "postgresql.auto.conf.tmp", "pg_hba.conf.new", "current_logfiles");
    /** Copied as empty folders: recreated or refilled by the server. */
    private static final Set<String> EMPTIED_FOLDERS = Set.of("pg_wal", "pg_dynshmem", "pg_notify", "pg_serial",
            "pg_snapshots", "pg_stat_tmp", "pg_subtrans", "pg_replslot");

    private EmbeddedBackup() {
    }

    public static void write(EmbeddedDatabase database, OutputStream target) throws IOException {
        Path cluster = database.clusterDirectory();
        try (Connection connection = database.superuserDataSource().getConnection();
             Statement sql = connection.createStatement()) {
            // WAL from now on stays until this session ends, however long the copy takes
            sql.execute("select pg_create_physical_replication_slot('thidua_backup_"
                    + UUID.randomUUID().toString().replace("-", "") + "', true, true)");
            sql.execute("select pg_backup_start('thidua " + Instant.now() + "', true)");
            GZIPOutputStream gzip = new GZIPOutputStream(target, 64 * 1024);
            TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip, StandardCharsets.UTF_8.name());
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            copyCluster(cluster, tar);
            String label;
            String tablespaces;
            try (ResultSet stop = sql.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
                stop.next();
                label = stop.getString(1);
                tablespaces = stop.getString(2);
            }
            add(tar, "backup_label", label.getBytes(StandardCharsets.UTF_8));
            if (tablespaces != null && !tablespaces.isEmpty()) {
                add(tar, "tablespace_map", tablespaces.getBytes(StandardCharsets.UTF_8));
            }
            copyWal(cluster.resolve("pg_wal"), tar);
            tar.finish();
            gzip.finish();
            target.flush();
            log.info("Backup of the embedded PostgreSQL written ({})", label.lines().findFirst().orElse(""));
        } catch (SQLException e) {
            // the session ends here: PostgreSQL abandons the backup and drops the slot by itself
            throw new IOException("The backup could not be made: " + e.getMessage(), e);
        }
    }

    private static void copyCluster(Path cluster, TarArchiveOutputStream tar) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(cluster)) {
            paths = walk.filter(path -> !path.equals(cluster)).sorted().toList();
        }
        for (Path path : paths) {
            Path relative = cluster.relativize(path);
            String name = relative.toString().replace('\\', '/');
            if (relative.getNameCount() > 1 && EMPTIED_FOLDERS.contains(relative.getName(0).toString())) {
                continue;
            }
            if (relative.getNameCount() == 1 && SKIPPED_FILES.contains(name)) {
                continue;
            }
            String file = relative.getFileName().toString();
            if (file.startsWith("pgsql_tmp") || file.equals("pg_internal.init") || name.contains("/pgsql_tmp")) {
                continue;
            }
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                folder(tar, name);
            } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                copy(tar, path, name);
            } else {
                log.warn("Backup: {} is neither a file nor a folder, left out", path);
            }
        }
    }

    /** The segments and timeline histories in pg_wal once the backup has stopped: they reach past its end. */
    private static void copyWal(Path wal, TarArchiveOutputStream tar) throws IOException {
        folder(tar, "pg_wal");
        folder(tar, "pg_wal/archive_status");
        folder(tar, "pg_wal/summaries");
        List<Path> segments;
        try (Stream<Path> files = Files.list(wal)) {
            segments = files.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().matches("[0-9A-F]{24}|[0-9A-F]{8}\\.history"))
                    .sorted().toList();
        }
        for (Path segment : segments) {
            copy(tar, segment, "pg_wal/" + segment.getFileName());
        }
    }

    private static void folder(TarArchiveOutputStream tar, String name) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name + "/");
        entry.setMode(040700);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(0100600);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    /**
     * A file that may change while it is read (the server keeps writing): its size when its entry
     * begins, read up to that size and padded with zeros if it shrank. Torn pages are repaired by
     * replaying the WAL (full_page_writes).
     */
    private static void copy(TarArchiveOutputStream tar, Path path, String name) throws IOException {
        long size;
        try {
            size = Files.size(path);
        } catch (java.nio.file.NoSuchFileException gone) {
            return; // dropped meanwhile (a table deleted): the WAL replays the drop
        }
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(0100600);
        entry.setSize(size);
        entry.setModTime(Files.getLastModifiedTime(path).toMillis());
        tar.putArchiveEntry(entry);
        byte[] buffer = new byte[64 * 1024];
        long left = size;
        try (InputStream in = Files.newInputStream(path)) {
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                tar.write(buffer, 0, read);
                left -= read;
            }
        } catch (java.nio.file.NoSuchFileException gone) {
            // removed after its size was read: zeros, the WAL replays the removal
        }
        java.util.Arrays.fill(buffer, (byte) 0);
        while (left > 0) {
            int chunk = (int) Math.min(buffer.length, left);
            tar.write(buffer, 0, chunk);
            left -= chunk;
        }
        tar.closeArchiveEntry();
    }
}
