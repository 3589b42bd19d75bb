package vn.thidua.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers for codes and Vietnamese names. */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /** Trims and collapses inner white space; blank becomes {@code null}. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = SPACES.matcher(value.strip()).replaceAll(" ");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Codes are compared and stored upper-case without spaces around them. */
    public static String code(String value) {
        String cleaned = clean(value);
        return cleaned == null ? null : cleaned.toUpperCase(Locale.ROOT);
    }

    /**
     * Lower-case text without diacritics, so that "nguyen van an" finds "Nguyễn Văn An".
     * Vietnamese đ/Đ has no combining mark and is mapped by hand.
     */
    public static String fold(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /** Escapes the LIKE wildcards of user input. */
    public static String likeContains(String value) {
        String escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
