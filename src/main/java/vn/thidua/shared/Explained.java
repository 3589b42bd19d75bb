package vn.thidua.shared;

/** A failure that carries its reason as a message key and arguments, resolved in the caller's language at the edge. */
public interface Explained {

    String getMessageKey();

    Object[] getArguments();
}
