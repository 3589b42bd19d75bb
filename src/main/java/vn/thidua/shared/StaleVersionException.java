package vn.thidua.shared;

/** Somebody else changed the thing since the caller read it (409). */
public class StaleVersionException extends ConflictException {

    private final long currentVersion;

    public StaleVersionException(String entity, Object id, long expected, long current) {
        super("error.staleVersion", expected, current);
        this.currentVersion = current;
    }

    public long getCurrentVersion() {
        return currentVersion;
    }
}
