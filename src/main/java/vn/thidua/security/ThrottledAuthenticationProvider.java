package vn.thidua.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password only after {@link LoginThrottle} has reserved the attempt for this username
 * and client address, and reports how it went. Unknown usernames go the same way (the password
 * check of an unknown name fails like a wrong password), so they are answered alike.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        LoginThrottle.Attempt attempt = throttle.reserve(authentication.getName(), clientOf(authentication));
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            attempt.failed();
            throw e;
        } catch (RuntimeException | Error e) {
            attempt.abandoned();
            throw e;
        }
        if (result == null) {
            attempt.abandoned();
        } else {
            attempt.succeeded();
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    /** The address the request came from (behind a proxy, as the server's forwarded-header handling says). */
    private static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
