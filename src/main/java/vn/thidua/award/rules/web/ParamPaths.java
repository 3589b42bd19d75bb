package vn.thidua.award.rules.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers inside a clause's parameters, by path (".percent", ".options.1.0.params.years"), so a
 * form can show and change them without the admin writing JSON.
 */
final class ParamPaths {

    private ParamPaths() {
    }

    static List<TitleController.NumberField> numbers(Object value, String path) {
        List<TitleController.NumberField> fields = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v instanceof Number n) {
                    fields.add(new TitleController.NumberField(path + "." + k, String.valueOf(k),
                            new BigDecimal(n.toString()).stripTrailingZeros().toPlainString()));
                } else {
                    fields.addAll(numbers(v, path + "." + k));
                }
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                fields.addAll(numbers(list.get(i), path + "." + i));
            }
        }
        return fields;
    }

    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(ParamPaths::copy).toList());
        }
        return value;
    }

    /** Sets the number at {@code path} (as produced by {@link #numbers}); a whole number stays an integer. */
    @SuppressWarnings("unchecked")
    static void set(Object root, String path, BigDecimal number) {
        String[] parts = path.substring(1).split("\\.");
        Object at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            at = at instanceof Map<?, ?> m ? m.get(parts[i]) : ((List<?>) at).get(Integer.parseInt(parts[i]));
        }
        Object value = number == null ? null
                : number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0
                ? (Object) number.intValue() : number;
        String last = parts[parts.length - 1];
        if (at instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).put(last, value);
        } else {
            ((List<Object>) at).set(Integer.parseInt(last), value);
        }
    }
}
