package vn.thidua.security.web;

/** The office sets a new password for somebody (checked by the service's password policy). */
public class ResetPasswordForm {

    private String password;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
