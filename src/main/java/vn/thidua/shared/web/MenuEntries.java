package vn.thidua.shared.web;

import java.util.List;

/**
 * What a feature adds to the main menu for the signed-in caller. Each feature implements it once
 * (beside its pages) and decides from its own rules; the layout only draws what it is given.
 * Asked on every page: answer from the caller's account (roles, person), never with a query.
 */
public interface MenuEntries {

    /** The group of the signed-in person's own pages, drawn in the drop-down under their name, not in the bar. */
    String PERSONAL = "nav.personal";

    List<Entry> menu();

    /**
     * One entry: {@code order} places it among every feature's entries; {@code group} puts it in a
     * drop-down (its message key, e.g. {@code nav.organisation}) instead of the bar; {@code separated}
     * draws a divider above it in that drop-down.
     */
    record Entry(int order, NavLink link, String group, boolean separated) {

        public static Entry bar(int order, NavLink link) {
            return new Entry(order, link, null, false);
        }

        public static Entry in(String group, int order, NavLink link) {
            return new Entry(order, link, group, false);
        }

        public static Entry afterDivider(String group, int order, NavLink link) {
            return new Entry(order, link, group, true);
        }

        /** In the drop-down under the person's name (their own pages), which keeps the bar on one line. */
        public static Entry personal(int order, NavLink link) {
            return new Entry(order, link, PERSONAL, false);
        }
    }
}
