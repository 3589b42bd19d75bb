package vn.thidua.shared.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where it is, where its data lives and how to sign in. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final boolean demo;
    private final String demoPassword;
    private final String adminUsername;

    StartupReport(@Value("${app.demo.enabled:false}") boolean demo,
                  @Value("${app.demo.password:}") String demoPassword,
                  @Value("${app.admin.username:${APP_ADMIN_USERNAME:}}") String adminUsername) {
        this.demo = demo;
        this.demoPassword = demoPassword;
        this.adminUsername = adminUsername;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        StringBuilder report = new StringBuilder("\n\n  Thi đua is running at http://localhost:")
                .append(web.getWebServer().getPort()).append('\n');
        if (EmbeddedDatabase.current().isPresent()) {
            report.append("  Data: embedded PostgreSQL in ").append(EmbeddedDatabase.current().get().clusterDirectory()).append('\n');
        } else {
            report.append("  Data: external PostgreSQL (spring.datasource.url)\n");
        }
        if (demo) {
            report.append("  Sign in with the demo accounts, password ").append(demoPassword)
                    .append(": admin, hoidong1 (board), truong.vth (unit head), nv0101 (staff)\n");
        } else if (!adminUsername.isBlank()) {
            report.append("  Sign in as ").append(adminUsername).append(" (APP_ADMIN_USERNAME)\n");
        }
        log.info(report.toString());
    }
}
