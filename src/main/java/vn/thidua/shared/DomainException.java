package vn.thidua.shared;

import java.util.Arrays;

/** A failure with a message key resolved in the caller's language at the edge (page or API). */
public abstract class DomainException extends RuntimeException implements Explained {

    private final String messageKey;
    private final transient Object[] arguments;

    protected DomainException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    @Override
    public String getMessageKey() {
        return messageKey;
    }

    @Override
    public Object[] getArguments() {
        return arguments;
    }
}
