package vn.thidua.organisation;

/**
 * What an import did: units and individuals created, and existing ones whose data changed.
 * Importing the same file twice gives {@code {0, 0, 0}} the second time.
 */
public record ImportResult(int unitsCreated, int individualsCreated, int updated) {

    public boolean changedNothing() {
        return unitsCreated == 0 && individualsCreated == 0 && updated == 0;
    }
}
