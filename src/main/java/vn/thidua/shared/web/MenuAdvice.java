package vn.thidua.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The main menu of every page, from what the features contribute ({@link MenuEntries}). */
@ControllerAdvice(annotations = Controller.class)
class MenuAdvice {

    /**
     * The bar's links, then the drop-downs (message key → entries), each in order; {@code personal}:
     * the links of the drop-down under the person's name ({@link MenuEntries#PERSONAL}).
     */
    record Menu(List<NavLink> bar, Map<String, List<MenuEntries.Entry>> groups, List<NavLink> personal) {
    }

    private final List<MenuEntries> features;

    MenuAdvice(List<MenuEntries> features) {
        this.features = features;
    }

    @ModelAttribute("menu")
    Menu menu() {
        List<MenuEntries.Entry> entries = features.stream().flatMap(f -> f.menu().stream())
                .sorted(Comparator.comparingInt(MenuEntries.Entry::order)).toList();
        Map<String, List<MenuEntries.Entry>> groups = new LinkedHashMap<>();
        entries.stream().filter(e -> e.group() != null && !MenuEntries.PERSONAL.equals(e.group()))
                .forEach(e -> groups.computeIfAbsent(e.group(), k -> new java.util.ArrayList<>()).add(e));
        return new Menu(entries.stream().filter(e -> e.group() == null).map(MenuEntries.Entry::link).toList(), groups,
                entries.stream().filter(e -> MenuEntries.PERSONAL.equals(e.group())).map(MenuEntries.Entry::link)
                        .toList());
    }
}
