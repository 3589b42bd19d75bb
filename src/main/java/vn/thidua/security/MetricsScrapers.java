package vn.thidua.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

/**
 * Who reads {@code /actuator/prometheus}: an administrator, or a scraper (Prometheus) sending
 * {@code Authorization: Bearer <APP_METRICS_TOKEN>} when the deployment set one. A scraper needs no
 * account, and the token opens nothing else.
 */
final class MetricsScrapers implements AuthorizationManager<RequestAuthorizationContext> {

    private final byte[] token;

    MetricsScrapers(String token) {
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        return new AuthorizationDecision(bearsTheToken(context.getRequest()) || isAdmin(authentication.get()));
    }

    private boolean bearsTheToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (token == null || header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        // constant time: the comparison does not tell how much of a guess was right
        return MessageDigest.isEqual(token, header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isAdmin(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority()));
    }
}
