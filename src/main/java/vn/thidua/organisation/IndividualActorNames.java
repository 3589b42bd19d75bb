package vn.thidua.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.audit.ActorNames;
import vn.thidua.security.SystemUser;
import vn.thidua.shared.Messages;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Actors named by the person their account belongs to: "Full name (position)", or the full name
 * alone when no position is recorded. Reads the account's link to its individual and nothing else.
 * A start-up job (the demo data's loader) is named as the system doing that job, in the reader's language.
 */
@Component
class IndividualActorNames implements ActorNames {

    private static final String NAMES = """
            select lower(a.username) as username, i.full_name, i.position
            from account a join individual i on i.id = a.individual_id
            where lower(a.username) = any(?)""";

    private final JdbcClient jdbc;
    private final Messages messages;

    IndividualActorNames(JdbcClient jdbc, Messages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public Map<String, String> names(Collection<String> usernames) {
        Map<String, String> byLower = new HashMap<>();
        String[] wanted = usernames.stream().filter(u -> u != null && !u.isBlank())
                .map(u -> u.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        if (wanted.length == 0) {
            return Map.of();
        }
        jdbc.sql(NAMES).param(wanted).query(rs -> {
            String position = rs.getString("position");
            String name = rs.getString("full_name");
            byLower.put(rs.getString("username"),
                    position == null || position.isBlank() ? name : name + " (" + position.strip() + ")");
        });
        Map<String, String> names = new HashMap<>();
        for (String username : usernames) {
            if (username != null && byLower.containsKey(username.toLowerCase(Locale.ROOT))) {
                names.put(username, byLower.get(username.toLowerCase(Locale.ROOT)));
            } else if (SystemUser.isStartUpJob(username)) {
                names.put(username, messages.get("audit.actor." + username));
            }
        }
        return names;
    }
}
