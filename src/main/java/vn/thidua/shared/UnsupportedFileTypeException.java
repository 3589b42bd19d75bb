package vn.thidua.shared;

/** An upload whose content is not one of the accepted types (415). */
public class UnsupportedFileTypeException extends DomainException {

    public UnsupportedFileTypeException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
