package vn.thidua.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import lombok.Getter;
import org.hibernate.annotations.OptimisticLock;

import java.time.Instant;

/** Identity, optimistic-lock version and timestamps shared by every editable aggregate. */
@MappedSuperclass
@Getter
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    // Set by @PreUpdate; it follows real changes and must not bump the version on its own.
    @OptimisticLock(excluded = true)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /**
     * Refuses a write based on a stale read: the version the client saw must be the current one.
     * JPA's own version check still guards the race between this check and the commit.
     */
    public void checkVersion(Long expected) {
        if (expected == null) {
            throw new InvalidInputException("version", "validation.version.required");
        }
        if (expected != version) {
            throw new StaleVersionException(expected, version);
        }
    }
}
