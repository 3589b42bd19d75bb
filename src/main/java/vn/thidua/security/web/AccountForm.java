package vn.thidua.security.web;

import jakarta.validation.constraints.Size;
import vn.thidua.security.Account;
import vn.thidua.security.Role;

import java.util.EnumSet;
import java.util.Set;

/** The edit form of an account: roles, linked person (by employee code), enabled, and the version read. */
public class AccountForm {

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Size(max = 32)
    private String individualCode;

    private boolean enabled = true;

    private Long version;

    static AccountForm of(Account account, String individualCode) {
        AccountForm form = new AccountForm();
        form.roles = account.getRoles();
        form.individualCode = individualCode;
        form.enabled = account.isEnabled();
        form.version = account.getVersion();
        return form;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public String getIndividualCode() {
        return individualCode;
    }

    public void setIndividualCode(String individualCode) {
        this.individualCode = individualCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
