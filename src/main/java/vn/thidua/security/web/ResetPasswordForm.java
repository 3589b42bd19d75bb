package vn.thidua.security.web;

import lombok.Getter;
import lombok.Setter;

/** The office sets a new password for somebody (checked by the service's password policy). */
@Getter
@Setter
public class ResetPasswordForm {

    private String password;
}
