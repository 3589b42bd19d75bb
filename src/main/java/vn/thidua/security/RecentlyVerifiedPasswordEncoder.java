package vn.thidua.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers, for a few minutes, passwords that were just verified against a given hash. API
 * clients send HTTP Basic credentials with every request, and a deliberately slow hash (PBKDF2,
 * about 0.3–0.6 s here) on each one would make the API unusable. Only successes are remembered,
 * so guessing still pays the full price (and the sign-in throttle); the entry is keyed by the
 * stored hash too, so a new password is never answered from here. Entries are HMACs under a key
 * that lives only in this process: nothing here is a password or reveals one. Each instance keeps
 * its own; losing it only costs one slow check.
 */
final class RecentlyVerifiedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Duration remember;
    private final int capacity;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Long> verified;

    RecentlyVerifiedPasswordEncoder(PasswordEncoder delegate, Duration remember, int capacity, Clock clock) {
        this.delegate = delegate;
        this.remember = remember;
        this.capacity = capacity;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
        this.verified = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > RecentlyVerifiedPasswordEncoder.this.capacity;
            }
        };
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String entry = fingerprint(rawPassword, encodedPassword);
        long now = clock.millis();
        synchronized (verified) {
            Long until = verified.get(entry);
            if (until != null && until > now) {
                return true;
            }
            verified.remove(entry);
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            synchronized (verified) {
                verified.put(entry, now + remember.toMillis());
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
