package vn.thidua.security.web;

import lombok.Getter;
import lombok.Setter;

/** Changing one's own password: the current one, the new one twice. */
@Getter
@Setter
public class ChangePasswordForm {

    private String currentPassword;

    private String newPassword;

    private String confirmPassword;
}
