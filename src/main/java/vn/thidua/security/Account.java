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
import vn.thidua.shared.BaseEntity;

import java.util.EnumSet;
import java.util.Set;

/**
 * A sign-in: username (case-insensitive), password hash, roles, and at most one individual. Failed
 * sign-ins are counted by {@link LoginThrottle}, per username and address, not here.
 */
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

    /** Signed in with an initial password: nothing but changing it until it is changed. */
    @Column(name = "must_change_password", nullable = false)
    @Getter
    private boolean mustChangePassword;

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

    /** A new password; the sign-in throttle of the username is cleared by {@link AccountService}. */
    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    /** A one-time password made by the application, to be changed at the first sign-in. */
    void setInitialPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }
}
