package vn.thidua.shared;

/** Somebody else changed the thing since the caller read it (409). */
public class StaleVersionException extends ConflictException {

    public StaleVersionException(long expected, long current) {
        super("error.staleVersion", expected, current);
    }
}
