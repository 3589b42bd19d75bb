package vn.thidua.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.security.AccountHolders.SignInHolder;
import vn.thidua.shared.Texts;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Loads an account for sign-in. Heading an active unit makes an account a unit head even when
 * the role was not ticked: the unit's head is set on the unit (API.md), and that is the truth.
 */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final AccountHolders holders;

    AccountUserDetailsService(AccountRepository accounts, AccountHolders holders) {
        this.accounts = accounts;
        this.holders = holders;
    }

    @Override
    @Transactional(readOnly = true)
    public AccountPrincipal loadUserByUsername(String username) {
        if (Texts.controlCharacter(username) >= 0) {
            // no account has one, and PostgreSQL refuses U+0000 in a query: a wrong name, not an internal error
            throw new UsernameNotFoundException("unknown account");
        }
        Account account = accounts.findByUsername(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.getRoles());
        Long unitId = null;
        String displayName = account.getUsername();
        if (account.getIndividualId() != null) {
            Optional<SignInHolder> holder = holders.forSignIn(account.getIndividualId());
            if (holder.isPresent()) {
                unitId = holder.get().unitId();
                displayName = holder.get().fullName();
                if (holder.get().headsActiveUnit()) {
                    roles.add(Role.UNIT_HEAD);
                }
            }
        }
        if (roles.contains(Role.UNIT_HEAD)) {
            roles.add(Role.STAFF);
        }
        CurrentUser user = new CurrentUser(account.getId(), account.getUsername(), displayName, roles,
                account.getIndividualId(), unitId);
        return new AccountPrincipal(user, account.getPasswordHash(), account.isEnabled(),
                account.isMustChangePassword());
    }
}
