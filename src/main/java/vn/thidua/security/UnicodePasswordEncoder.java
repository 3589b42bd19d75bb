package vn.thidua.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.text.Normalizer;

/**
 * Hashes and checks passwords in Unicode NFC. Vietnamese keyboards type the same letter either
 * precomposed ("ế", Unicode dựng sẵn) or as a base letter with combining marks (Unicode tổ hợp);
 * without normalising, a passphrase set on one machine would not work on the other.
 */
final class UnicodePasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;

    UnicodePasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    static String normalise(CharSequence password) {
        return password == null ? null : Normalizer.normalize(password, Normalizer.Form.NFC);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(normalise(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return delegate.matches(normalise(rawPassword), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
