package vn.thidua.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One change: who, when, what, old → new, why. Append-only (a database trigger enforces it). */
@Entity
@Immutable
@Table(name = "audit_event")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String entity;

    @Column(name = "entity_id", updatable = false)
    private Long entityId;

    @Column(name = "campaign_id", updatable = false)
    private Long campaignId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    @Column(updatable = false)
    private String reason;

    AuditEvent(Instant at, String actor, String entity, Long entityId, Long campaignId, String action,
               String oldValue, String newValue, String reason) {
        this.at = at;
        this.actor = actor;
        this.entity = entity;
        this.entityId = entityId;
        this.campaignId = campaignId;
        this.action = action;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
    }
}
