package vn.thidua.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP Basic sends the password with every request; only the first check may pay for PBKDF2. */
class RecentlyVerifiedPasswordEncoderTest {

    private final CountingEncoder pbkdf2 = new CountingEncoder(Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
    private final MovableClock clock = new MovableClock();
    private final PasswordEncoder encoder =
            new RecentlyVerifiedPasswordEncoder(pbkdf2, Duration.ofMinutes(5), 100, clock);

    @Test
    void aPasswordJustVerifiedIsNotHashedAgainForFiveMinutes() {
        String hash = encoder.encode("Mật khẩu đúng 2020");
        pbkdf2.checks.set(0);

        assertThat(encoder.matches("Mật khẩu đúng 2020", hash)).isTrue();
        assertThat(encoder.matches("Mật khẩu đúng 2020", hash)).isTrue();
        assertThat(encoder.matches("Mật khẩu đúng 2020", hash)).isTrue();
        assertThat(pbkdf2.checks).hasValue(1);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(encoder.matches("Mật khẩu đúng 2020", hash)).isTrue();
        assertThat(pbkdf2.checks).hasValue(2);
    }

    @Test
    void wrongPasswordsAlwaysPayTheFullPrice() {
        String hash = encoder.encode("Mật khẩu đúng 2020");
        pbkdf2.checks.set(0);

        assertThat(encoder.matches("mật khẩu sai", hash)).isFalse();
        assertThat(encoder.matches("mật khẩu sai", hash)).isFalse();
        assertThat(pbkdf2.checks).hasValue(2);
    }

    @Test
    void aNewPasswordIsNeverAnsweredFromMemory() {
        String oldHash = encoder.encode("Mật khẩu cũ 2020");
        assertThat(encoder.matches("Mật khẩu cũ 2020", oldHash)).isTrue();

        String newHash = encoder.encode("Mật khẩu mới 2021");
        assertThat(encoder.matches("Mật khẩu cũ 2020", newHash)).isFalse();
        assertThat(encoder.matches("Mật khẩu mới 2021", newHash)).isTrue();
    }

    private static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder delegate;
        private final AtomicInteger checks = new AtomicInteger();

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return delegate.matches(rawPassword, encodedPassword);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2020-07-10T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
