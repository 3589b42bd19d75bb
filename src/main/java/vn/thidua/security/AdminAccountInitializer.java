package vn.thidua.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.shared.ConflictException;

import java.util.EnumSet;

/**
 * A real deployment gets its first administrator from APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD:
 * created at start-up if no account has that name, left alone otherwise.
 */
@Component
class AdminAccountInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final AccountService accounts;
    private final AccountRepository repository;
    private final TransactionTemplate transaction;
    private final String username;
    private final String password;

    AdminAccountInitializer(AccountService accounts, AccountRepository repository, TransactionTemplate transaction,
                            @Value("${app.admin.username:${APP_ADMIN_USERNAME:}}") String username,
                            @Value("${app.admin.password:${APP_ADMIN_PASSWORD:}}") String password) {
        this.accounts = accounts;
        this.repository = repository;
        this.transaction = transaction;
        this.username = username;
        this.password = password;
    }

    /** Before the web server opens, so the first sign-in can already use it. */
    @Override
    public void afterSingletonsInstantiated() {
        if (username.isBlank() || password.isBlank()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> {
                if (repository.existsByUsername(username.strip())) {
                    return;
                }
                accounts.provision(new AccountService.NewAccount(username.strip(), password,
                        EnumSet.of(Role.ADMIN), null));
                log.info("Created the administrator account '{}' from APP_ADMIN_USERNAME", username.strip());
            });
        } catch (DataIntegrityViolationException | ConflictException e) {
            // several instances start at once on one database: another one created it a moment earlier
            log.info("The administrator account '{}' was created by another instance", username.strip());
        }
    }
}
