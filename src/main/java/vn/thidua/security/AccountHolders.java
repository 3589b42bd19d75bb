package vn.thidua.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The people accounts belong to. Security says what it needs to know about them; the organisation,
 * where people live, answers. So security reads none of the organisation's tables and needs none of
 * its code, while the organisation may use security ({@link CurrentUser}, {@link Role}).
 */
public interface AccountHolders {

    /** A person as the account pages show them. */
    record Holder(Long id, String code, String fullName) {
    }

    /** What sign-in needs of a person: their unit and name, and whether they head an active unit. */
    record SignInHolder(Long unitId, String fullName, boolean headsActiveUnit) {
    }

    Optional<Holder> find(Long id);

    /** The person with this employee code, given as codes are stored (trimmed, upper-case). */
    Optional<Holder> findByCode(String code);

    /**
     * The people among these ids, by id. One statement whatever the number of ids, none included,
     * so that a page of accounts costs the same statements however many (or few) rows it shows.
     */
    Map<Long, Holder> findAll(Collection<Long> ids);

    /** One statement, so that sign-in costs a fixed number of them. */
    Optional<SignInHolder> forSignIn(Long id);
}
