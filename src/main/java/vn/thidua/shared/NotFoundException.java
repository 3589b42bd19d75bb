package vn.thidua.shared;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The requested thing does not exist (404). {@code what} names it through the key {@code entity.<what>}. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", new DefaultMessageSourceResolvable(new String[] {"entity." + what}, what),
                String.valueOf(id));
    }
}
