package vn.thidua.security.web;

import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.security.Account;
import vn.thidua.security.Role;

import java.util.EnumSet;
import java.util.Set;

/** The edit form of an account: roles, linked person (by employee code), enabled, and the version read. */
@Getter
public class AccountForm {

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Size(max = 32)
    @Setter
    private String individualCode;

    @Setter
    private boolean enabled = true;

    @Setter
    private Long version;

    static AccountForm of(Account account, String individualCode) {
        AccountForm form = new AccountForm();
        form.roles = account.getRoles();
        form.individualCode = individualCode;
        form.enabled = account.isEnabled();
        form.version = account.getVersion();
        return form;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }
}
