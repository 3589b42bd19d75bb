package vn.thidua.shared.embedded;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.env.Environment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.OfficeTime;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sao lưu dữ liệu / Backup of the embedded database, for the emulation office (ADMIN): the page
 * {@code /admin/backup} with its download button and the API {@code GET /api/v1/admin/backup}, both
 * streaming a consistent {@code .tar.gz} of the running cluster ({@link EmbeddedBackup}). With an
 * external database there is nothing here to copy (409, saying so): back that server up with its own tools.
 * One backup at a time (409 for a second one meanwhile).
 */
final class BackupController {

    static final String MEDIA_TYPE = "application/gzip";
    private static final AtomicBoolean RUNNING = new AtomicBoolean();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BackupController() {
    }

    /** The embedded database, if this application runs on it (a test JVM may also run others on an external one). */
    static java.util.Optional<EmbeddedDatabase> embedded(Environment environment) {
        return environment.getProperty("app.embedded-database.running", Boolean.class, false)
                ? EmbeddedDatabase.current() : java.util.Optional.empty();
    }

    static void stream(Environment environment, HttpServletResponse response) throws IOException {
        EmbeddedDatabase database = embedded(environment)
                .orElseThrow(() -> new ConflictException("backup.unavailable"));
        if (!RUNNING.compareAndSet(false, true)) {
            throw new ConflictException("backup.busy");
        }
        try {
            response.setContentType(MEDIA_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("thidua-backup-" + LocalDateTime.now(OfficeTime.ZONE).format(STAMP) + ".tar.gz")
                    .build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            EmbeddedBackup.write(database, response.getOutputStream());
        } finally {
            RUNNING.set(false);
        }
    }

    @Controller
    @PreAuthorize("hasRole('ADMIN')")
    static class Page {

        private final Environment environment;

        Page(Environment environment) {
            this.environment = environment;
        }

        @GetMapping("/admin/backup")
        String page(Model model) {
            model.addAttribute("embedded", embedded(environment).isPresent());
            model.addAttribute("folder", embedded(environment).map(EmbeddedDatabase::folder).orElse(null));
            return "admin/backup";
        }

        @GetMapping("/admin/backup.tar.gz")
        void download(HttpServletResponse response) throws IOException {
            stream(environment, response);
        }
    }

    @RestController
    @PreAuthorize("hasRole('ADMIN')")
    static class Api {

        private final Environment environment;

        Api(Environment environment) {
            this.environment = environment;
        }

        /** The running embedded database as {@code application/gzip} (a tar), streamed. */
        @GetMapping(value = "/api/v1/admin/backup")
        void backup(HttpServletResponse response) throws IOException {
            stream(environment, response);
        }
    }
}
