package vn.thidua.security.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.security.Account;
import vn.thidua.security.AccountService;
import vn.thidua.security.LoginThrottle;
import vn.thidua.security.Role;
import vn.thidua.shared.Paging;
import vn.thidua.shared.web.PageResponse;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/accounts")
class AccountApiController {

    private final AccountService accounts;
    private final LoginThrottle throttle;

    AccountApiController(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @GetMapping
    PageResponse<AccountResponse> list(@RequestParam(required = false) String q,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        org.springframework.data.domain.Page<Account> found = accounts.search(q, Paging.of(page, size, 50,
                Sort.unsorted()));
        java.util.Map<String, java.time.Instant> locks = throttle.lockedUntil(found.map(Account::getUsername)
                .getContent());
        return PageResponse.of(found, account -> AccountResponse.from(account,
                locks.get(account.getUsername().toLowerCase(java.util.Locale.ROOT))));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountResponse create(@Valid @RequestBody CreateAccountRequest request) {
        return response(accounts.create(new AccountService.NewAccount(request.username(),
                request.password(), request.roles(), request.individualId())));
    }

    @GetMapping("/{id}")
    AccountResponse get(@PathVariable Long id) {
        return response(accounts.get(id));
    }

    @PutMapping("/{id}")
    AccountResponse update(@PathVariable Long id, @Valid @RequestBody UpdateAccountRequest request) {
        return response(accounts.update(id, new AccountService.AccountChanges(request.roles(),
                request.individualId(), request.enabled(), request.version())));
    }

    @PostMapping("/{id}/password")
    AccountResponse resetPassword(@PathVariable Long id, @Valid @RequestBody PasswordRequest request) {
        return response(accounts.resetPassword(id, request.password()));
    }

    @PostMapping("/{id}/unlock")
    AccountResponse unlock(@PathVariable Long id) {
        return response(accounts.unlock(id));
    }

    /** The account as the API shows it; "locked" when its username is locked for any address. */
    private AccountResponse response(Account account) {
        return AccountResponse.from(account, throttle.lockedUntil(account.getUsername()).orElse(null));
    }

    record CreateAccountRequest(@NotBlank String username, @NotBlank String password,
                                @NotEmpty Set<Role> roles, Long individualId) {
    }

    record UpdateAccountRequest(@NotEmpty Set<Role> roles, Long individualId, @NotNull Boolean enabled,
                                @NotNull Long version) {
    }

    record PasswordRequest(@NotBlank String password) {
    }

    record AccountResponse(Long id, String username, List<String> roles, Long individualId, boolean enabled,
                           boolean locked, OffsetDateTime lockedUntil, long version) {
        static AccountResponse from(Account account, java.time.Instant lockedUntil) {
            return new AccountResponse(account.getId(), account.getUsername(),
                    account.getRoles().stream().sorted().map(Role::name).toList(), account.getIndividualId(),
                    account.isEnabled(), lockedUntil != null,
                    lockedUntil != null ? lockedUntil.atOffset(ZoneOffset.UTC) : null, account.getVersion());
        }
    }
}
