package vn.thidua.shared;

/** The request is well formed but clashes with the current state (409): duplicate, wrong status. */
public class ConflictException extends DomainException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
