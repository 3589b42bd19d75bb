package vn.thidua.organisation.api;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.organisation.ImportResult;
import vn.thidua.security.InitialPasswords.Issued;

import java.util.List;

/** The answer of an organisation import (API.md), extended with ignored columns and accounts. */
record ImportResponse(
        int unitsCreated,
        int individualsCreated,
        @Schema(description = "existing units and individuals whose data changed (a unit's new head included)")
        int updated,
        @Schema(description = "headers of the file's columns that are not import columns and were ignored, as written")
        List<String> ignoredColumns,
        @Schema(description = "accounts created (only with createAccounts=true)")
        int accountsCreated,
        @Schema(description = "employee codes whose username another account already has: no account was made for them")
        List<String> usernamesTaken,
        @Schema(description = "employee codes that are not a valid username (fewer than 3 characters)")
        List<String> usernamesInvalid,
        @Schema(description = "the accounts created, with their one-time initial passwords: shown only in this answer")
        List<NewAccountResponse> accounts) {

    static ImportResponse of(ImportResult result, List<Issued> issued) {
        return new ImportResponse(result.unitsCreated(), result.individualsCreated(), result.updated(),
                result.ignoredColumns(), result.accountsCreated(), result.usernamesTaken(), result.usernamesInvalid(),
                NewAccountResponse.of(issued));
    }
}
