package vn.thidua.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import vn.thidua.security.InitialPasswordLists.Ticket;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The key of an initial password list goes to the admin's browser in a cookie sent only to that
 * list's download address (HttpOnly, SameSite=Strict, Secure on HTTPS): never in a page, a URL,
 * the session or a log.
 */
public final class InitialPasswordCookies {

    public static final String DOWNLOAD_PATH = "/admin/initial-passwords/";
    private static final String PREFIX = "initial-passwords-";

    private InitialPasswordCookies() {
    }

    /** The address the page links to: the list's id only. */
    public static String downloadPath(UUID id) {
        return DOWNLOAD_PATH + id;
    }

    public static void give(Ticket ticket, HttpServletRequest request, HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from(PREFIX + ticket.id(), ticket.key())
                .path(request.getContextPath() + downloadPath(ticket.id()))
                .httpOnly(true).secure(request.isSecure()).sameSite("Strict")
                .maxAge(InitialPasswordLists.LIFETIME)
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    public static Optional<String> key(UUID id, HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> (PREFIX + id).equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    public static void forget(UUID id, HttpServletRequest request, HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from(PREFIX + id, "")
                .path(request.getContextPath() + downloadPath(id))
                .httpOnly(true).secure(request.isSecure()).sameSite("Strict").maxAge(0).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }
}
