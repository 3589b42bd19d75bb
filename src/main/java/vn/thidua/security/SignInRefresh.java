package vn.thidua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The session keeps the sign-in as it was made; once an initial password has been changed, the
 * session's sign-in is replaced by one that may use the application again.
 */
@Component
public class SignInRefresh {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    public void afterPasswordChange(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof AccountPrincipal principal)
                || !principal.mustChangePassword()) {
            return;
        }
        AccountPrincipal changed = principal.withPasswordChanged();
        UsernamePasswordAuthenticationToken refreshed =
                UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities());
        refreshed.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(refreshed);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }

    /** For the password page: is the caller still on an initial password? */
    public static boolean mustChangePassword() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.getPrincipal() instanceof AccountPrincipal principal
                && principal.mustChangePassword();
    }
}
