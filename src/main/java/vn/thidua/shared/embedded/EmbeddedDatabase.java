package vn.thidua.shared.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An embedded PostgreSQL (zonky's binaries) keeping its files under a data folder:
 * {@code <folder>/postgres} (the cluster, mode 0700), {@code <folder>/postgres.password} (the
 * superuser's password) and {@code <folder>/thidua.password} (the application role's), both 0600.
 * <p>
 * Private: password (SCRAM) authentication only, TCP on localhost only, no Unix socket; the
 * application connects as {@value #APP_ROLE}, which owns schema {@code public} and every object in
 * it but is not a superuser. A folder made by an earlier version (trust authentication, everything
 * owned by {@code postgres}) is upgraded in place on its first start.
 * <p>
 * Durable unless told otherwise ({@code fsync} and {@code synchronous_commit} on; zonky's test
 * settings turn both off, which tests may keep for speed). A watchdog notices when the postmaster
 * has died and starts it again on the same port and folder (PostgreSQL's crash recovery runs by
 * itself). Zonky's JVM shutdown hook is off: the server is stopped by {@link #close()}, which for
 * the JVM's shared server ({@link #acquire}) happens when the last Spring context using it has
 * closed, or at JVM exit at the latest.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    public static final String SUPERUSER = "postgres";
    public static final String APP_ROLE = "thidua";
    /** The application's data lives in the cluster's {@code postgres} database (as it always has). */
    public static final String DATABASE = "postgres";

    static final String CLUSTER_FOLDER = "postgres";
    static final String SUPERUSER_PASSWORD_FILE = "postgres.password";
    static final String APP_PASSWORD_FILE = "thidua.password";

    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    /**
     * How a server is started: {@code folder} holds the cluster and the password files;
     * {@code temporary} wipes them at start and at close (tests); {@code durable} keeps fsync and
     * synchronous commit on; {@code watchdog} restarts a postmaster that died.
     */
    public record Options(Path folder, boolean temporary, boolean durable, boolean watchdog) {

        public Options {
            folder = folder.toAbsolutePath().normalize();
        }

        /** What the application uses: durable, watched. */
        public static Options production(Path folder) {
            return new Options(folder, false, true, true);
        }
    }

    private final Options options;
    private final Path cluster;
    private final String superuserPassword;
    private final String appPassword;
    private final int port;
    private volatile EmbeddedPostgres postgres;
    private volatile boolean closed;
    private final Object closeLock = new Object();
    private volatile int restarts;
    private Thread watchdog;

    private EmbeddedDatabase(Options options) throws IOException {
        this.options = options;
        this.cluster = options.folder().resolve(CLUSTER_FOLDER);
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("""
                    The embedded PostgreSQL cannot run as root (PostgreSQL refuses it).
                    Run the application as a normal user, or point it at a PostgreSQL server with
                    SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.""");
        }
        if (options.temporary()) {
            wipe();
        }
        createPrivateFolder(options.folder());
        boolean initialised = Files.exists(cluster.resolve("postgresql.conf"));
        Path superuserFile = options.folder().resolve(SUPERUSER_PASSWORD_FILE);
        if (initialised && !Files.exists(superuserFile) && !PgHba.isTrust(cluster)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + cluster + " needs its superuser password, "
                    + "kept in " + superuserFile + ", which is missing. Put the file back (from where the data "
                    + "folder was copied or backed up).");
        }
        this.superuserPassword = readOrCreatePassword(superuserFile);
        this.appPassword = readOrCreatePassword(options.folder().resolve(APP_PASSWORD_FILE));
        this.port = freePort();
        this.postgres = startServer(Duration.ofSeconds(60));
        secure();
        if (options.watchdog()) {
            watchdog = new Thread(this::watch, "embedded-postgres-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
    }

    /** Starts a server of its own (tests, tools); the caller closes it. */
    public static EmbeddedDatabase start(Options options) {
        try {
            return new EmbeddedDatabase(options);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + options.folder(), e);
        }
    }

    // ---- the JVM's shared server: one per JVM, shared by every Spring context that uses it ----

    private static EmbeddedDatabase shared;
    private static int users;
    private static Thread exitHook;

    /**
     * The JVM's shared server, started if need be; one more user of it until {@link #release()}.
     * A test JVM with several contexts uses one server; it stops when the last of them has closed.
     */
    public static synchronized EmbeddedDatabase acquire(Options options) {
        if (shared == null || shared.closed) {
            shared = start(options);
            if (exitHook == null) {
                exitHook = new Thread(EmbeddedDatabase::stopAtExit, "embedded-postgres-exit");
                Runtime.getRuntime().addShutdownHook(exitHook);
            }
        }
        users++;
        return shared;
    }

    /** One user fewer; the last one stops the shared server. */
    public static synchronized void release() {
        if (users > 0 && --users == 0 && shared != null) {
            shared.close();
            EmbeddedDatabase.class.notifyAll();
        }
    }

    /** The shared server, if it is running. */
    public static synchronized Optional<EmbeddedDatabase> current() {
        return shared == null || shared.closed ? Optional.empty() : Optional.of(shared);
    }

    /**
     * At JVM exit Spring's own shutdown hook closes the contexts (the web server first lets running
     * requests finish) in parallel with this one: wait for them, within a bound, then stop.
     */
    private static void stopAtExit() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        synchronized (EmbeddedDatabase.class) {
            while (users > 0 && shared != null && !shared.closed && System.nanoTime() < deadline) {
                try {
                    EmbeddedDatabase.class.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (shared != null) {
                shared.close();
            }
        }
    }

    // ---- what the server offers ----

    public Path folder() {
        return options.folder();
    }

    /** The cluster's directory ({@code <folder>/postgres}). */
    public Path clusterDirectory() {
        return cluster;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public String appUsername() {
        return APP_ROLE;
    }

    public String appPassword() {
        return appPassword;
    }

    /** A connection to the application's database as the application role (not pooled). */
    public DataSource appDataSource() {
        return dataSource(APP_ROLE, appPassword);
    }

    /** A connection as the superuser (not pooled): setting up, backups, tests. */
    public DataSource superuserDataSource() {
        return dataSource(SUPERUSER, superuserPassword);
    }

    /** How many times the watchdog has restarted a dead postmaster. */
    public int restarts() {
        return restarts;
    }

    /** The postmaster's process id from {@code postmaster.pid}, while it runs. */
    public Optional<Long> postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(cluster.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the postmaster process is there (a stopped, i.e. frozen, one counts as there). */
    public boolean isPostmasterAlive() {
        return postmasterPid().map(EmbeddedDatabase::alive).orElse(false);
    }

    public boolean isClosed() {
        return closed;
    }

    /** Stops the server (fast shutdown), stops watching it and, if temporary, removes its files. */
    @Override
    public void close() {
        synchronized (closeLock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (watchdog != null) {
            watchdog.interrupt();
        }
        synchronized (this) { // after a restart under way, which gives up once closed
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Could not stop the embedded PostgreSQL in {}: {}", cluster, e.getMessage());
            }
        }
        if (options.temporary()) {
            try {
                wipe();
            } catch (IOException e) {
                log.warn("Could not remove {}: {}", options.folder(), e.getMessage());
            }
        }
    }

    // ---- starting ----

    private EmbeddedPostgres startServer(Duration wait) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                // the folder is wiped by this class when temporary: zonky would also wipe it when
                // closing a dead server before a restart
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(wait)
                // initdb: zonky passes "-A trust"; these come after it and win (--auth sets both
                // local and host), and the superuser gets the password from the file
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", options.folder().resolve(SUPERUSER_PASSWORD_FILE).toString())
                // zonky's readiness check connects as the superuser
                .setConnectConfig("password", superuserPassword)
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("listen_addresses", "localhost")
                // no Unix socket at all (the empty value reaches the server through pg_ctl's shell)
                .setServerConfig("unix_socket_directories", "''")
                .setServerConfig("password_encryption", "scram-sha-256");
        if (options.durable()) {
            // zonky starts the server with -F (fsync off); a later -c setting wins over it
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        } else {
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off");
        }
        return builder.start();
    }

    /**
     * The application role with its password, owner of schema public and of everything in it;
     * an old trust-authenticated cluster first gets its superuser password and then, once the
     * rest is done, a pg_hba.conf that asks for passwords.
     */
    private void secure() throws IOException {
        boolean upgrade = PgHba.isTrust(cluster);
        if (upgrade) {
            log.warn("Upgrading the embedded PostgreSQL in {}: password authentication, application role {}",
                    cluster, APP_ROLE);
        }
        try (Connection connection = superuserDataSource().getConnection();
             Statement sql = connection.createStatement()) {
            if (upgrade) {
                sql.execute("alter role " + SUPERUSER + " password '" + superuserPassword + "'");
            }
            sql.execute("""
                    do $$ begin
                      if not exists (select from pg_roles where rolname = '%1$s') then
                        create role %1$s login;
                      end if;
                    end $$""".formatted(APP_ROLE));
            sql.execute("alter role " + APP_ROLE + " with login nosuperuser nocreatedb nocreaterole noreplication "
                    + "nobypassrls password '" + appPassword + "'");
            sql.execute(OWNERSHIP.formatted(APP_ROLE));
            if (upgrade) {
                PgHba.writePasswordOnly(cluster);
                sql.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IOException("Could not set up the application role of the embedded PostgreSQL: "
                    + e.getMessage(), e);
        }
    }

    /** Gives schema public and every object in it (that the superuser made) to the application role. */
    private static final String OWNERSHIP = """
            do $$
            declare
              o record;
            begin
              execute format('alter schema public owner to %%I', '%1$s');
              for o in select c.oid::regclass::text as name, c.relkind from pg_class c
                       join pg_namespace n on n.oid = c.relnamespace
                       where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
                         and pg_get_userbyid(c.relowner) <> '%1$s'
                         -- sequences owned by a column move with their table
                         and not (c.relkind = 'S' and exists (select from pg_depend d where d.objid = c.oid
                                  and d.classid = 'pg_class'::regclass and d.deptype in ('a', 'i')))
              loop
                execute format(case o.relkind when 'S' then 'alter sequence %%s owner to %%I'
                                              when 'v' then 'alter view %%s owner to %%I'
                                              when 'm' then 'alter materialized view %%s owner to %%I'
                                              when 'f' then 'alter foreign table %%s owner to %%I'
                                              else 'alter table %%s owner to %%I' end, o.name, '%1$s');
              end loop;
              for o in select p.oid::regprocedure::text as name, p.prokind from pg_proc p
                       join pg_namespace n on n.oid = p.pronamespace
                       where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s'
              loop
                execute format(case o.prokind when 'p' then 'alter procedure %%s owner to %%I'
                                              when 'a' then 'alter aggregate %%s owner to %%I'
                                              else 'alter function %%s owner to %%I' end, o.name, '%1$s');
              end loop;
              for o in select format('%%I.%%I', n.nspname, c.collname) as name from pg_collation c
                       join pg_namespace n on n.oid = c.collnamespace
                       where n.nspname = 'public' and pg_get_userbyid(c.collowner) <> '%1$s'
              loop
                execute format('alter collation %%s owner to %%I', o.name, '%1$s');
              end loop;
              for o in select t.oid::regtype::text as name from pg_type t
                       join pg_namespace n on n.oid = t.typnamespace
                       where n.nspname = 'public' and t.typtype in ('e', 'd', 'r', 'm')
                         and pg_get_userbyid(t.typowner) <> '%1$s'
              loop
                execute format('alter type %%s owner to %%I', o.name, '%1$s');
              end loop;
            end $$""";

    // ---- watching ----

    private void watch() {
        while (!closed) {
            try {
                Thread.sleep(WATCH_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            restartIfDead();
        }
    }

    /**
     * If the postmaster is gone (killed, crashed), releases the dead instance and starts a new one
     * on the same port and folder; what the watchdog does every second. Whether it restarted.
     */
    public synchronized boolean restartIfDead() {
        if (closed || isPostmasterAlive()) {
            return false;
        }
        restart();
        return true;
    }

    private void restart() {
        log.error("The embedded PostgreSQL in {} has stopped (its postmaster is gone); starting it again", cluster);
        try {
            // releases zonky's lock on the folder; its "pg_ctl stop" fails, there is nothing to stop
            postgres.close();
        } catch (IOException e) {
            log.warn("Closing the dead embedded PostgreSQL: {}", e.getMessage());
        }
        while (!closed) {
            try {
                postgres = startServer(Duration.ofSeconds(30));
                restarts++;
                log.warn("The embedded PostgreSQL in {} is running again on port {}", cluster, port);
                return;
            } catch (IOException | RuntimeException e) {
                log.warn("The embedded PostgreSQL did not start again yet: {}", e.getMessage());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    static boolean alive(long pid) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        try {
            // a zombie (dead, not yet reaped) is not a server
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int state = stat.lastIndexOf(')') + 2;
            return state >= 2 && state < stat.length() && stat.charAt(state) != 'Z';
        } catch (IOException e) {
            return true;
        }
    }

    // ---- files ----

    private DataSource dataSource(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(DATABASE);
        ds.setUser(user);
        ds.setPassword(password);
        ds.setConnectTimeout(5);
        return ds;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void createPrivateFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (posix()) {
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
        }
    }

    /** The password in {@code file}, or a new random one written there (owner read/write only). */
    static String readOrCreatePassword(Path file) throws IOException {
        if (Files.exists(file)) {
            if (posix()) {
                Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
            }
            String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!password.matches("[A-Za-z0-9]{20,}")) {
                throw new IllegalStateException(file + " does not hold a password of this application");
            }
            return password;
        }
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        FileAttribute<?>[] attributes = posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
        Files.write(Files.createFile(file, attributes), (password + "\n").getBytes(StandardCharsets.US_ASCII),
                StandardOpenOption.TRUNCATE_EXISTING);
        return password.toString();
    }

    private void wipe() throws IOException {
        deleteTree(cluster);
        Files.deleteIfExists(options.folder().resolve(SUPERUSER_PASSWORD_FILE));
        Files.deleteIfExists(options.folder().resolve(APP_PASSWORD_FILE));
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
