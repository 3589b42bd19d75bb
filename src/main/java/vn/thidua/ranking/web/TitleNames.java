package vn.thidua.ranking.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Title;
import vn.thidua.campaign.TitleCatalogue;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The titles' names in the reader's language, by code: what a ranking row's target title reads as. */
@Component
class TitleNames {

    private final TitleCatalogue titles;

    TitleNames(TitleCatalogue titles) {
        this.titles = titles;
    }

    Map<String, String> get() {
        Locale locale = LocaleContextHolder.getLocale();
        return titles.findAll().stream().collect(Collectors.toMap(Title::getCode, t -> t.displayName(locale)));
    }
}
