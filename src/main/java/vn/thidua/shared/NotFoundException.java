package vn.thidua.shared;

/** The requested thing does not exist (404). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
