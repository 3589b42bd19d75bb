package vn.thidua.security;

import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Set;

/**
 * An account's open page sessions, found in the session store by username (Spring Session's
 * principal-name index). Roles and unit are captured in the session at sign-in, so when an account
 * loses rights its sessions are ended: every instance reads sessions from the database on each
 * request, so the next request of any of them, on any instance, is not signed in.
 */
@Component
public class AccountSessions {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /**
     * Ends every session of the account except the one the current request runs in (a person who
     * changes their own password stays signed in where they did it). Inside a transaction, once it
     * has committed: a sign-in racing the change then sees the change.
     */
    public void endOtherSessions(String username) {
        String keep = currentSessionId();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(username, keep);
                }
            });
        } else {
            end(username, keep);
        }
    }

    private void end(String username, String keep) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return;
        }
        Set<String> ids = repository.findByPrincipalName(username).keySet();
        int ended = 0;
        for (String id : ids) {
            if (!id.equals(keep)) {
                repository.deleteById(id);
                ended++;
            }
        }
        if (ended > 0) {
            log.info("Ended {} open session(s) of {}", ended, username);
        }
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
