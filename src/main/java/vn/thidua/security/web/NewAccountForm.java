package vn.thidua.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.thidua.security.Role;

import java.util.EnumSet;
import java.util.Set;

/** The new-account form: the person is chosen by employee code, resolved by the controller. */
public class NewAccountForm {

    @NotBlank
    @Size(max = 64)
    private String username;

    /** Length is the service's rule (code points, not bytes); checked there. */
    private String password;

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Size(max = 32)
    private String individualCode;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
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
}
