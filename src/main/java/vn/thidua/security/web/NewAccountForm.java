package vn.thidua.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import vn.thidua.security.Role;

import java.util.EnumSet;
import java.util.Set;

/** The new-account form: the person is chosen by employee code, resolved by the controller. */
@Getter
public class NewAccountForm {

    @NotBlank
    @Size(max = 64)
    @Setter
    private String username;

    /** Length is the service's rule (code points, not bytes); checked there. */
    @Setter
    private String password;

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Size(max = 32)
    @Setter
    private String individualCode;

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }
}
