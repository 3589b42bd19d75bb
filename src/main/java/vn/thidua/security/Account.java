package vn.thidua.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.annotations.OptimisticLock;
import vn.thidua.shared.BaseEntity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A sign-in: username (case-insensitive), password hash, roles, and at most one individual. */
@Entity
@Table(name = "account")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Account extends BaseEntity {

    @Column(nullable = false, length = 64)
    @Getter
    private String username;

    @Column(name = "password_hash", nullable = false)
    @Getter
    private String passwordHash;

    @Column(name = "individual_id")
    @Getter
    @Setter
    private Long individualId;

    @Column(nullable = false)
    @Getter
    @Setter
    private boolean enabled = true;

    // Sign-in bookkeeping is not an edit: it must not make an administrator's open form stale.
    @OptimisticLock(excluded = true)
    @Column(name = "failed_logins", nullable = false)
    @Getter
    private int failedLogins;

    @OptimisticLock(excluded = true)
    @Column(name = "locked_until")
    @Getter
    private Instant lockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public Account(String username, String passwordHash, Set<Role> roles, Long individualId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.individualId = individualId;
        setRoles(roles);
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        unlock();
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts one failed sign-in; returns true when this failure locks the account. A lock that
     * has run out starts the count again.
     */
    boolean registerFailure(Instant now, int maxFailures, java.time.Duration lockFor) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            unlock();
        }
        if (isLockedAt(now)) {
            return false;
        }
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
