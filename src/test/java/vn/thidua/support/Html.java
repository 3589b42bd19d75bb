package vn.thidua.support;

import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pieces of a rendered page, found by id, so that a page assertion looks only at the element of the
 * data under test (its row, its cell), never at whatever else the page happens to show. Works on the
 * HTML Thymeleaf writes (well-formed, quoted attributes); no parser library needed.
 */
public final class Html {

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    private Html() {
    }

    /** Whether the page has an element with this id. */
    public static boolean has(String html, String id) {
        return startTag(html, id).find();
    }

    /**
     * The element with this id, from its start tag to its matching end tag (nested elements of the same
     * name are counted), as raw HTML. Fails the test when the page has no such element.
     */
    public static String element(String html, String id) {
        Matcher start = startTag(html, id);
        assertThat(start.find()).as("an element with id=\"%s\" is on the page", id).isTrue();
        String tag = start.group(1).toLowerCase(Locale.ROOT);
        if (VOID.contains(tag) || start.group().endsWith("/>")) {
            return start.group();
        }
        Matcher tags = Pattern.compile("<(/?)" + Pattern.quote(tag) + "(?=[\\s>/])[^>]*>", Pattern.CASE_INSENSITIVE)
                .matcher(html);
        int depth = 0;
        tags.region(start.start(), html.length());
        while (tags.find()) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return html.substring(start.start(), tags.end());
            }
        }
        throw new AssertionError("the element with id=\"" + id + "\" is not closed");
    }

    /** The text a reader sees in the element with this id: tags dropped, entities decoded, spaces collapsed. */
    public static String text(String html, String id) {
        return text(element(html, id));
    }

    /**
     * The text of an HTML fragment: inline tags dropped, other tags read as a space (so that cells and
     * blocks do not run together), entities decoded, white space collapsed.
     */
    public static String text(String fragment) {
        String text = fragment.replaceAll("(?i)</?(a|abbr|b|code|em|i|small|span|strong|sub|sup)\\b[^>]*>", "")
                .replaceAll("<[^>]*>", " ");
        return HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ").strip();
    }

    /** The texts of the cells ({@code td}/{@code th}) of a row (or of any fragment), in order. */
    public static List<String> cells(String row) {
        Matcher m = Pattern.compile("<t([dh])(?=[\\s>])[^>]*>(.*?)</t\\1>", Pattern.DOTALL).matcher(row);
        List<String> cells = new ArrayList<>();
        while (m.find()) {
            cells.add(text(m.group(2)));
        }
        return cells;
    }

    /** The ids of the elements inside the fragment whose id starts with {@code prefix}, in page order. */
    public static List<String> ids(String fragment, String prefix) {
        Matcher m = Pattern.compile("\\sid=\"(" + Pattern.quote(prefix) + "[^\"]*)\"").matcher(fragment);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The value of an attribute of the start tag of the element with this id (decoded), or null. */
    public static String attribute(String html, String id, String attribute) {
        Matcher start = startTag(html, id);
        assertThat(start.find()).as("an element with id=\"%s\" is on the page", id).isTrue();
        Matcher value = Pattern.compile("\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\"").matcher(start.group());
        return value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : null;
    }

    private static Matcher startTag(String html, String id) {
        return Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
    }
}
