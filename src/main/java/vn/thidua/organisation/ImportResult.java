package vn.thidua.organisation;

/**
 * What an import did: units and individuals created, and existing ones whose data changed.
 * Importing the same file twice gives {@code {0, 0, 0}} the second time. Serializable: the import
 * page hands it to the next page as a flash attribute, which lives in the (database) session.
 */
public record ImportResult(int unitsCreated, int individualsCreated, int updated) implements java.io.Serializable {

    public boolean changedNothing() {
        return unitsCreated == 0 && individualsCreated == 0 && updated == 0;
    }
}
