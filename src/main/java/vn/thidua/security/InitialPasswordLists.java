package vn.thidua.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.security.InitialPasswords.Issued;
import vn.thidua.shared.DomainException;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one-time list of a batch's initial passwords, kept until the admin who made it downloads it
 * once. Why this way: the passwords must reach the admin after the page that made them has
 * redirected, possibly on another instance (no server memory: DESIGN §6), yet no copy may outlive
 * the download or be readable from the database, a backup or a restarted server. So the list is
 * a database row encrypted with AES-GCM under a fresh random key that the server does not keep:
 * the key goes to the admin's browser only (a cookie limited to the download's path). Downloading
 * deletes the row in the same transaction that reads it, so a second download finds nothing
 * ({@link GoneException}); rows nobody downloaded are deleted after {@link #LIFETIME}.
 */
@Component
public class InitialPasswordLists {

    public static final Duration LIFETIME = Duration.ofHours(24);

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InitialPasswordLists(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    /** Where the list is and the key that opens it; the key is never stored by the server. */
    public record Ticket(UUID id, String key, int accounts) {

        @Override
        public String toString() {
            return "Ticket[" + id + "]";
        }
    }

    /** The list is not there (downloaded already, expired, or not the caller's) or the key does not open it. */
    public static final class GoneException extends DomainException {
        GoneException() {
            super("initialPasswords.gone");
        }
    }

    /** Keeps the list for the calling admin, in the caller's transaction (with the accounts it lists). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public Ticket store(List<Issued> issued) {
        deleteExpired();
        UUID id = UUID.randomUUID();
        Long owner = CurrentUser.get().accountId();
        byte[] key = bytes(KEY_BYTES);
        byte[] nonce = bytes(NONCE_BYTES);
        byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, key, nonce, associated(id, owner), serialise(issued));
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into initial_password_list (id, owner_account_id, accounts, created_at, expires_at, nonce,
                                                           ciphertext)
                        values (:id, :owner, :accounts, :created, :expires, :nonce, :ciphertext)""")
                .param("id", id).param("owner", owner).param("accounts", issued.size())
                .param("created", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("expires", OffsetDateTime.ofInstant(now.plus(LIFETIME), ZoneOffset.UTC))
                .param("nonce", nonce).param("ciphertext", ciphertext)
                .update();
        return new Ticket(id, Base64.getUrlEncoder().withoutPadding().encodeToString(key), issued.size());
    }

    /**
     * The list, once: it is deleted as it is read (and audited as downloaded).
     *
     * @throws GoneException downloaded before, expired, another admin's, or the key does not open it
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(noRollbackFor = GoneException.class)
    public List<Issued> take(UUID id, String key) {
        deleteExpired();
        Long owner = CurrentUser.get().accountId();
        Optional<Map<String, Object>> row = jdbc.sql("""
                        select nonce, ciphertext from initial_password_list
                        where id = :id and owner_account_id = :owner for update""")
                .param("id", id).param("owner", owner).query().listOfRows().stream().findFirst();
        byte[] rawKey = decodeKey(key);
        if (row.isEmpty() || rawKey == null) {
            throw new GoneException();
        }
        byte[] plain;
        try {
            plain = crypt(Cipher.DECRYPT_MODE, rawKey, (byte[]) row.get().get("nonce"), associated(id, owner),
                    (byte[]) row.get().get("ciphertext"));
        } catch (IllegalStateException wrongKey) {
            throw new GoneException();
        }
        jdbc.sql("delete from initial_password_list where id = :id").param("id", id).update();
        List<Issued> issued = deserialise(plain);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("list", id.toString());
        values.put("accounts", issued.size());
        audit.record(AuditLog.entry("INITIAL_PASSWORDS", null, "DOWNLOADED").newValue(values));
        return issued;
    }

    private void deleteExpired() {
        jdbc.sql("delete from initial_password_list where expires_at < :now")
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] decodeKey(String key) {
        if (key == null) {
            return null;
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(key);
            return raw.length == KEY_BYTES ? raw : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The list's id and owner are authenticated with it: a row copied to another id or admin does not open. */
    private static byte[] associated(UUID id, Long owner) {
        return ByteBuffer.allocate(24).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .putLong(owner).array();
    }

    private static byte[] crypt(int mode, byte[] key, byte[] nonce, byte[] associated, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("initial password list: " + e.getClass().getSimpleName());
        }
    }

    private static byte[] serialise(List<Issued> issued) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(issued.size());
            for (Issued one : issued) {
                writeText(out, one.username());
                writeText(out, one.individualCode());
                writeText(out, one.fullName());
                writeText(out, String.join(",", one.roles().stream().map(Enum::name).toList()));
                writeText(out, one.password());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<Issued> deserialise(byte[] plain) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            int count = in.readInt();
            List<Issued> issued = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String username = readText(in);
                String code = readText(in);
                String name = readText(in);
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (String role : readText(in).split(",")) {
                    roles.add(Role.valueOf(role));
                }
                issued.add(new Issued(username, code, name, roles, readText(in)));
            }
            return issued;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
