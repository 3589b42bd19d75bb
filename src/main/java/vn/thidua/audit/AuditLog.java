package vn.thidua.audit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Map;

/** Writes audit events inside the caller's transaction: a change and its record commit together. */
@Service
public class AuditLog {

    public static final String SYSTEM = "system";

    private final AuditEventRepository repository;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    AuditLog(AuditEventRepository repository) {
        this.repository = repository;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Entry entry) {
        repository.save(new AuditEvent(Instant.now(), entry.actor != null ? entry.actor : currentActor(),
                entry.entity, entry.entityId, entry.campaignId, entry.action, toJson(entry.oldValue),
                toJson(entry.newValue), entry.reason));
    }

    /** Starts an entry: {@code audit.record(AuditLog.entry("CAMPAIGN", id, "UPDATED").changes(c))}. */
    public static Entry entry(String entity, Long entityId, String action) {
        return new Entry(entity, entityId, action);
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        return json.writeValueAsString(value);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }

    public static final class Entry {
        private final String entity;
        private final Long entityId;
        private final String action;
        private Long campaignId;
        private Object oldValue;
        private Object newValue;
        private String reason;
        private String actor;

        private Entry(String entity, Long entityId, String action) {
            this.entity = entity;
            this.entityId = entityId;
            this.action = action;
        }

        public Entry campaign(Long id) {
            this.campaignId = id;
            return this;
        }

        public Entry changes(Changes changes) {
            this.oldValue = changes.before();
            this.newValue = changes.after();
            return this;
        }

        public Entry oldValue(Object value) {
            this.oldValue = value;
            return this;
        }

        public Entry newValue(Object value) {
            this.newValue = value;
            return this;
        }

        public Entry values(Map<String, ?> oldValue, Map<String, ?> newValue) {
            this.oldValue = oldValue;
            this.newValue = newValue;
            return this;
        }

        public Entry reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Entry actor(String actor) {
            this.actor = actor;
            return this;
        }
    }
}
