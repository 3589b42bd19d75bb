package vn.thidua.shared.web;

/**
 * A link that one feature puts on a page it does not own (the main menu, a campaign's work links).
 *
 * @param id       the element id (tests and scripts find it), or null
 * @param labelKey the message key of its text
 * @param href     the path it leads to
 * @param icon     a Bootstrap icon class (e.g. {@code bi-trophy}), or null
 * @param tone     the button colour where it is a button: {@code primary}, {@code warning}, {@code success}
 */
public record NavLink(String id, String labelKey, String href, String icon, String tone) {

    /** A menu link: no icon, no tone. */
    public static NavLink menu(String id, String labelKey, String href) {
        return new NavLink(id, labelKey, href, null, null);
    }
}
