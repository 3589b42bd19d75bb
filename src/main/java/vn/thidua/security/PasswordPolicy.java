package vn.thidua.security;

import vn.thidua.shared.InvalidInputException;

/**
 * 8 to 128 characters of any script, counted as characters (code points), not bytes: a long
 * Vietnamese passphrase is welcome. The hash (PBKDF2) has no 72-byte limit, unlike BCrypt.
 * Characters are counted in NFC, as the password is hashed, so "ế" is one character however typed.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String field, String password) {
        String normalised = UnicodePasswordEncoder.normalise(password);
        int length = normalised == null ? 0 : normalised.codePointCount(0, normalised.length());
        if (password == null || password.isBlank() || length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new InvalidInputException(field, "validation.password.length", MIN_LENGTH, MAX_LENGTH);
        }
    }
}
