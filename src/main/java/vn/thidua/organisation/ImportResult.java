package vn.thidua.organisation;

import java.util.List;

/**
 * What an import did: units and individuals created, existing ones whose data changed, the columns
 * of the file that were ignored (not import columns, such as "STT"), and, when accounts were asked
 * for, how many were created and which people got none because their
 * username was taken (or is not a valid username).
 * Importing the same file twice gives {@code {0, 0, 0}} the second time. Serializable: the import
 * page hands it to the next page as a flash attribute, which lives in the (database) session, so
 * it never holds a password.
 */
public record ImportResult(int unitsCreated, int individualsCreated, int updated, List<String> ignoredColumns,
                           int accountsCreated, List<String> usernamesTaken, List<String> usernamesInvalid)
        implements java.io.Serializable {

    public ImportResult {
        ignoredColumns = List.copyOf(ignoredColumns);
        usernamesTaken = List.copyOf(usernamesTaken);
        usernamesInvalid = List.copyOf(usernamesInvalid);
    }

    public ImportResult(int unitsCreated, int individualsCreated, int updated) {
        this(unitsCreated, individualsCreated, updated, List.of(), 0, List.of(), List.of());
    }

    public boolean changedNothing() {
        return unitsCreated == 0 && individualsCreated == 0 && updated == 0 && accountsCreated == 0;
    }

    public ImportResult withAccounts(int created, List<String> taken, List<String> invalid) {
        return new ImportResult(unitsCreated, individualsCreated, updated, ignoredColumns, created, taken, invalid);
    }
}
