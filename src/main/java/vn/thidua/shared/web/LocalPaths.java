package vn.thidua.shared.web;

import vn.thidua.shared.InvalidInputException;

import java.util.regex.Pattern;

/**
 * Where a page may send the user back to, when the address comes with the request (a hidden
 * {@code back} field): a path of this application, as the application itself writes it (encoded, no
 * spaces, no line breaks, no braces, not {@code //host}). Anything else was not written by a page of
 * ours and is refused naming the parameter, before anything is changed.
 */
public final class LocalPaths {

    /** A path and query of unreserved, sub-delim and percent-encoded characters (RFC 3986). */
    private static final Pattern PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]*");

    private LocalPaths() {
    }

    public static boolean isLocalPath(String value) {
        return value != null && PATH.matcher(value).matches();
    }

    /** {@code value} if it is such a path; otherwise 400 naming {@code parameter}. */
    public static String checked(String parameter, String value) {
        if (!isLocalPath(value)) {
            throw new InvalidInputException(parameter, "validation.parameter.path", parameter);
        }
        return value;
    }
}
