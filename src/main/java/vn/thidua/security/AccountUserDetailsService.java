package vn.thidua.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Set;

/**
 * Loads an account for sign-in. Heading an active unit makes an account a unit head even when
 * the role was not ticked: the unit's head is set on the unit (API.md), and that is the truth.
 */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final JdbcClient jdbc;

    AccountUserDetailsService(AccountRepository accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public AccountPrincipal loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.getRoles());
        Long unitId = null;
        String displayName = account.getUsername();
        if (account.getIndividualId() != null) {
            var individual = jdbc.sql("select unit_id, full_name from individual where id = ?")
                    .param(account.getIndividualId())
                    .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
            if (individual.isPresent()) {
                unitId = (Long) individual.get()[0];
                displayName = (String) individual.get()[1];
            }
            boolean headsUnit = jdbc.sql("select exists(select 1 from unit where head_individual_id = ? and active)")
                    .param(account.getIndividualId()).query(Boolean.class).single();
            if (headsUnit) {
                roles.add(Role.UNIT_HEAD);
            }
        }
        if (roles.contains(Role.UNIT_HEAD)) {
            roles.add(Role.STAFF);
        }
        CurrentUser user = new CurrentUser(account.getId(), account.getUsername(), displayName, roles,
                account.getIndividualId(), unitId);
        return new AccountPrincipal(user, account.getPasswordHash(), account.isEnabled(), account.getLockedUntil(),
                account.getFailedLogins());
    }
}
