package vn.thidua.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields that differ between the old and the new state of something, collected so that an
 * audit event records exactly what changed.
 */
public final class Changes {

    private final Map<String, Object> before = new LinkedHashMap<>();
    private final Map<String, Object> after = new LinkedHashMap<>();

    public Changes field(String name, Object oldValue, Object newValue) {
        if (!same(oldValue, newValue)) {
            before.put(name, oldValue);
            after.put(name, newValue);
        }
        return this;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    public boolean isEmpty() {
        return after.isEmpty();
    }

    public boolean has(String name) {
        return after.containsKey(name);
    }

    public Map<String, Object> before() {
        return before;
    }

    public Map<String, Object> after() {
        return after;
    }
}
