package vn.thidua.security;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.Changes;
import vn.thidua.shared.ConflictException;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.InvalidInputException.FieldProblem;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Accounts are created and managed by the emulation office (ADMIN); everyone changes their own password. */
@Service
@Transactional
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._@-]{3,64}$");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final AccountHolders holders;
    private final JdbcClient jdbc;
    private final LoginThrottle throttle;
    private final AccountSessions sessions;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit,
                   AccountHolders holders, JdbcClient jdbc, LoginThrottle throttle, AccountSessions sessions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.holders = holders;
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    public record NewAccount(String username, String password, Set<Role> roles, Long individualId) {
    }

    public record AccountChanges(Set<Role> roles, Long individualId, boolean enabled, Long version) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<Account> search(String query, Pageable pageable) {
        String q = Texts.clean(query);
        return accounts.search(q == null ? null : Texts.likeContains(q.toLowerCase()), pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Account get(Long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Account create(NewAccount request) {
        return provision(request);
    }

    /**
     * Creates an account without asking who calls: for start-up (first admin, demo data) only.
     * Web entry points go through {@link #create}.
     */
    public Account provision(NewAccount request) {
        String username = Texts.clean(request.username());
        List<FieldProblem> problems = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username", "validation.username.format"));
        }
        try {
            PasswordPolicy.check("password", request.password());
        } catch (InvalidInputException e) {
            problems.addAll(e.getProblems());
        }
        problems.addAll(checkRolesAndIndividual(request.roles(), request.individualId()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (accounts.existsByUsername(username)) {
            throw new ConflictException("account.username.taken", username);
        }
        if (request.individualId() != null && accounts.existsByIndividualId(request.individualId())) {
            throw new ConflictException("account.individual.taken");
        }
        Account account = accounts.save(new Account(username, passwordEncoder.encode(request.password()),
                request.roles(), request.individualId()));
        audit.record(AuditLog.entry("ACCOUNT", account.getId(), "CREATED")
                .newValue(Map.of("username", username, "roles", request.roles(),
                        "individualId", String.valueOf(request.individualId()))));
        return account;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Account update(Long id, AccountChanges request) {
        Account account = get(id);
        account.checkVersion(request.version());
        List<FieldProblem> problems = checkRolesAndIndividual(request.roles(), request.individualId());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CurrentUser me = CurrentUser.get();
        if (account.getId().equals(me.accountId())
                && (!request.enabled() || !request.roles().contains(Role.ADMIN))) {
            throw new ConflictException("account.selfLockout");
        }
        if (request.individualId() != null && !request.individualId().equals(account.getIndividualId())
                && accounts.existsByIndividualId(request.individualId())) {
            throw new ConflictException("account.individual.taken");
        }
        Changes changes = new Changes()
                .field("roles", account.getRoles(), Set.copyOf(request.roles()))
                .field("individualId", account.getIndividualId(), request.individualId())
                .field("enabled", account.isEnabled(), request.enabled());
        // sessions hold the roles and the unit of their sign-in: taking any away ends them
        boolean takesAway = account.isEnabled() && !request.enabled()
                || !request.roles().containsAll(account.getRoles())
                || !java.util.Objects.equals(account.getIndividualId(), request.individualId());
        account.setRoles(request.roles());
        account.setIndividualId(request.individualId());
        account.setEnabled(request.enabled());
        if (!changes.isEmpty()) {
            audit.record(AuditLog.entry("ACCOUNT", account.getId(), "UPDATED").changes(changes));
        }
        if (takesAway) {
            sessions.endOtherSessions(account.getUsername());
        }
        return account;
    }

    /** Sets a new password chosen by the office; also lifts a sign-in lock and ends the account's sessions. */
    @PreAuthorize("hasRole('ADMIN')")
    public Account resetPassword(Long id, String password) {
        Account account = get(id);
        PasswordPolicy.check("password", password);
        account.changePasswordHash(passwordEncoder.encode(password));
        throttle.clear(account.getUsername());
        audit.record(AuditLog.entry("ACCOUNT", account.getId(), "PASSWORD_RESET"));
        sessions.endOtherSessions(account.getUsername());
        return account;
    }

    /** Lifts the sign-in locks of the username, for every address. */
    @PreAuthorize("hasRole('ADMIN')")
    public Account unlock(Long id) {
        Account account = get(id);
        throttle.clear(account.getUsername());
        audit.record(AuditLog.entry("ACCOUNT", account.getId(), "UNLOCKED"));
        return account;
    }

    /** Also ends the account's other sessions (the one making the change goes on). */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Long accountId = CurrentUser.get().accountId();
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "validation.password.current");
        }
        PasswordPolicy.check("newPassword", newPassword);
        if (account.isMustChangePassword() && newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "validation.password.sameAsInitial");
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        throttle.clear(account.getUsername());
        audit.record(AuditLog.entry("ACCOUNT", account.getId(), "PASSWORD_CHANGED"));
        // whoever else is signed in with the old password is signed out; this session goes on
        sessions.endOtherSessions(account.getUsername());
    }


    private List<FieldProblem> checkRolesAndIndividual(Set<Role> roles, Long individualId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "validation.roles.required"));
        } else if ((roles.contains(Role.STAFF) || roles.contains(Role.UNIT_HEAD)) && individualId == null) {
            problems.add(new FieldProblem("individualId", "validation.account.individualRequired"));
        }
        if (individualId != null && holders.find(individualId).isEmpty()) {
            problems.add(new FieldProblem("individualId", "validation.individual.unknown", individualId));
        }
        return problems;
    }

    /**
     * Creates many accounts without asking who calls (start-up work such as the demo data, like
     * {@link #provision}), all with one password hash made by the caller: PBKDF2 is slow on purpose,
     * so a hundred accounts with one password are hashed once, and they are checked with a few
     * queries for the whole batch rather than several per account. All or none are created.
     */
    public List<Account> provisionAllWithHash(List<NewAccount> requests, String passwordHash) {
        List<FieldProblem> problems = new ArrayList<>();
        if (passwordHash == null || passwordHash.isBlank()) {
            problems.add(new FieldProblem("password", "jakarta.validation.constraints.NotBlank.message"));
        }
        Set<String> usernames = new java.util.HashSet<>();
        Set<Long> individualIds = new java.util.HashSet<>();
        for (NewAccount request : requests) {
            String username = Texts.clean(request.username());
            if (username == null || !USERNAME.matcher(username).matches()) {
                problems.add(new FieldProblem("username", "validation.username.format"));
            } else if (!usernames.add(username.toLowerCase(java.util.Locale.ROOT))) {
                throw new ConflictException("account.username.taken", username);
            }
            if (request.roles() == null || request.roles().isEmpty()) {
                problems.add(new FieldProblem("roles", "validation.roles.required"));
            } else if ((request.roles().contains(Role.STAFF) || request.roles().contains(Role.UNIT_HEAD))
                    && request.individualId() == null) {
                problems.add(new FieldProblem("individualId", "validation.account.individualRequired"));
            }
            if (request.individualId() != null && !individualIds.add(request.individualId())) {
                throw new ConflictException("account.individual.taken");
            }
        }
        if (!individualIds.isEmpty()) {
            Set<Long> known = holders.findAll(individualIds).keySet();
            individualIds.stream().filter(id -> !known.contains(id)).forEach(id ->
                    problems.add(new FieldProblem("individualId", "validation.individual.unknown", id)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!usernames.isEmpty()) {
            List<String> taken = jdbc.sql("select username from account where lower(username) in (:names)")
                    .param("names", usernames).query(String.class).list();
            if (!taken.isEmpty()) {
                throw new ConflictException("account.username.taken", taken.get(0));
            }
        }
        if (!individualIds.isEmpty() && jdbc.sql("select count(*) from account where individual_id in (:ids)")
                .param("ids", individualIds).query(Long.class).single() > 0) {
            throw new ConflictException("account.individual.taken");
        }
        List<Account> created = new ArrayList<>();
        for (NewAccount request : requests) {
            String username = Texts.clean(request.username());
            Account account = accounts.save(new Account(username, passwordHash, request.roles(), request.individualId()));
            audit.record(AuditLog.entry("ACCOUNT", account.getId(), "CREATED")
                    .newValue(Map.of("username", username, "roles", request.roles(),
                            "individualId", String.valueOf(request.individualId()))));
            created.add(account);
        }
        return created;
    }
}
