package vn.thidua.shared;

import org.springframework.security.access.AccessDeniedException;

/** A 403 whose reason the caller may know (e.g. "published when the campaign closes"), as a message key. */
public class ExplainedAccessDeniedException extends AccessDeniedException implements Explained {

    private final String messageKey;
    private final transient Object[] arguments;

    public ExplainedAccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey);
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
