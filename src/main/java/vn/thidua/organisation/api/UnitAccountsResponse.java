package vn.thidua.organisation.api;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** {@code POST /api/v1/units/{id}/accounts}: the accounts made for the unit's people who had none. */
record UnitAccountsResponse(
        @Schema(description = "accounts created")
        int accountsCreated,
        @Schema(description = "employee codes whose username another account already has: no account was made for them")
        List<String> usernamesTaken,
        @Schema(description = "employee codes that are not a valid username (fewer than 3 characters)")
        List<String> usernamesInvalid,
        @Schema(description = "the accounts created, with their one-time initial passwords: shown only in this answer")
        List<NewAccountResponse> accounts) {
}
