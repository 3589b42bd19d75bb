package vn.thidua.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Who did something, as people read it: the audit trail stores the actor's username ({@code truong.vth});
 * histories and lists show the person behind it, full name and position ("Trương Văn Hải (Vụ trưởng)").
 * The audit module does not know people; the organisation, where they live, answers (as
 * {@code security.AccountHolders}).
 */
public interface ActorNames {

    /**
     * The names of these usernames (case-insensitive), keyed by the usernames as given. An account
     * without a person (the administrator), or a username no longer known, is absent: show it as it is.
     * One statement whatever the number of usernames.
     */
    Map<String, String> names(Collection<String> usernames);

    /** The name of one username, or the username itself. */
    default String name(String username) {
        return username == null ? null : names(java.util.List.of(username)).getOrDefault(username, username);
    }
}
