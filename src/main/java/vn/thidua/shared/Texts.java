package vn.thidua.shared;

import vn.thidua.shared.InvalidInputException.FieldProblem;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Small text helpers for codes and Vietnamese names, and the one rule of what a text typed by a user
 * may contain ({@link #check}), used by every form, request and import that stores text.
 */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Blanks: white space of any script (no-break space U+00A0, ideographic space U+3000, the
     * typographic spaces of U+2000–U+200A…) and the invisible characters that show as nothing (zero-width
     * space U+200B, word joiner U+2060, the byte order mark U+FEFF, the Mongolian vowel separator
     * U+180E). A text made only of them is blank.
     */
    private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Zs}\\u0085\\u180E\\u200B\\u2060\\uFEFF]+");
    private static final Pattern BLANKS_AT_ENDS =
            Pattern.compile("^[\\s\\p{Zs}\\u0085\\u180E\\u200B\\u2060\\uFEFF]+|[\\s\\p{Zs}\\u0085\\u180E\\u200B\\u2060\\uFEFF]+$");

    private Texts() {
    }

    /**
     * Trims and collapses inner white space, invisible spaces included (a no-break space becomes a
     * plain one); blank becomes {@code null}.
     */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = BLANKS.matcher(value).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * A text of several lines as stored: line breaks as {@code \n} (a browser sends a textarea's as
     * CRLF), blanks at both ends trimmed, invisible ones included; blank becomes {@code null}.
     */
    public static String multiline(String value) {
        if (value == null) {
            return null;
        }
        String stripped = BLANKS_AT_ENDS.matcher(value.replace("\r\n", "\n")).replaceAll("");
        return stripped.isEmpty() ? null : stripped;
    }

    /** Codes are compared and stored upper-case without spaces around them. */
    public static String code(String value) {
        String cleaned = clean(value);
        return cleaned == null ? null : cleaned.toUpperCase(Locale.ROOT);
    }

    /**
     * The first control character of the text other than tab and line breaks (U+0000, which
     * PostgreSQL refuses in text, U+0007…), {@code -1} if there is none. No text from a user may hold
     * one: the request layer refuses them in every parameter and JSON string before a service runs.
     */
    public static int controlCharacter(String value) {
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                if (isControl(value.charAt(i))) {
                    return value.charAt(i);
                }
            }
        }
        return -1;
    }

    /**
     * The first character a stored text may not contain, {@code -1} if there is none: a control
     * character as in {@link #controlCharacter}, or a bidirectional control that makes text read
     * otherwise than it is stored (the embeddings and overrides U+202A–U+202E such as the
     * right-to-left override U+202E, the isolates U+2066–U+2069, the marks U+200E, U+200F, U+061C).
     */
    public static int forbiddenCharacter(String value) {
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                if (isForbidden(value.charAt(i))) {
                    return value.charAt(i);
                }
            }
        }
        return -1;
    }

    /**
     * The text without the {@link #forbiddenCharacter forbidden characters}, for a name nobody typed
     * but that came with a file (an upload's file name, "hoa-don" U+202E "fdp.exe" that shows as "hoa-donexe.pdf").
     */
    public static String withoutForbidden(String value) {
        if (forbiddenCharacter(value) < 0) {
            return value;
        }
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            if (!isForbidden(value.charAt(i))) {
                kept.append(value.charAt(i));
            }
        }
        return kept.toString();
    }

    private static boolean isControl(char c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    private static boolean isForbidden(char c) {
        return isControl(c) || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /** A character as people look it up: {@code U+202E}. */
    public static String codePoint(int character) {
        return String.format(Locale.ROOT, "U+%04X", character);
    }

    /**
     * The rule for every text a user stores: none of the {@link #forbiddenCharacter forbidden
     * characters}, else "contains a character that is not allowed (U+202E)" on {@code field}.
     * Returns whether the text passed. Blank texts are for the caller ({@link #clean} makes them null).
     */
    public static boolean check(String field, String value, List<FieldProblem> problems) {
        int forbidden = forbiddenCharacter(value);
        if (forbidden >= 0) {
            problems.add(new FieldProblem(field, "validation.text.character", codePoint(forbidden)));
            return false;
        }
        return true;
    }

    /** The same rule for a single text: {@link InvalidInputException} on {@code field} if it breaks it. */
    public static String checked(String field, String value) {
        int forbidden = forbiddenCharacter(value);
        if (forbidden >= 0) {
            throw new InvalidInputException(field, "validation.text.character", codePoint(forbidden));
        }
        return value;
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
