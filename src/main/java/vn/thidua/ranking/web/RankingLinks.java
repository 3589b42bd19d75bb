package vn.thidua.ranking.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.util.UriComponentsBuilder;
import vn.thidua.ranking.RankingFilter;
import vn.thidua.ranking.RankingSort;

import java.util.Optional;

/**
 * The links of a ranking page, each keeping the current filter: the column headers (sort by a key,
 * again for the other direction), the pages, and the downloads of the same list.
 *
 * @param page   the page's path, e.g. {@code /campaigns/7/rankings}
 * @param export the download's path without extension, e.g. {@code /api/v1/campaigns/7/rankings/individuals}
 */
record RankingLinks(String page, String export, RankingFilter filter) {

    static RankingLinks individuals(Long campaignId, RankingFilter filter) {
        return new RankingLinks("/campaigns/" + campaignId + "/rankings",
                "/api/v1/campaigns/" + campaignId + "/rankings/individuals", filter);
    }

    static RankingLinks units(Long campaignId, RankingFilter filter) {
        return new RankingLinks("/campaigns/" + campaignId + "/rankings/units",
                "/api/v1/campaigns/" + campaignId + "/rankings/units", filter);
    }

    /** The sort parameter of the current order, or null for the default (by rank). */
    public String sortParam() {
        return filter.order().equals(RankingSort.Order.DEFAULT) ? null : filter.order().param();
    }

    /** Sorts by this column; a second click on the sorted column turns the direction. */
    public String sort(String key) {
        RankingSort.Order current = filter.order();
        String next = current.column().key().equals(key) && !current.descending() ? key + ",desc" : key;
        return builder(page, false).replaceQueryParam("sort", next).build().encode().toUriString();
    }

    /** {@code ascending}, {@code descending} or {@code none}, for aria-sort. */
    public String state(String key) {
        RankingSort.Order current = filter.order();
        if (!current.column().key().equals(key)) {
            return "none";
        }
        return current.descending() ? "descending" : "ascending";
    }

    /** Where the pager appends {@code page=n}: the filtered page with a trailing {@code ?} or {@code &}. */
    public String pageBase() {
        String url = builder(page, true).build().encode().toUriString();
        return url + (url.contains("?") ? "&" : "?");
    }

    /** The same list as a file: {@code xlsx} or {@code pdf}, in the page's language. */
    public String download(String extension) {
        return builder(export + "." + extension, true)
                .queryParam("lang", LocaleContextHolder.getLocale().getLanguage()).build().encode().toUriString();
    }

    /** The page without any filter (keeps nothing). */
    public String clear() {
        return page;
    }

    private UriComponentsBuilder builder(String path, boolean withSort) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("unitId", Optional.ofNullable(filter.unitId()))
                .queryParamIfPresent("classification", Optional.ofNullable(filter.classification()).map(Enum::name))
                .queryParamIfPresent("q", Optional.ofNullable(filter.q()));
        if (withSort) {
            builder.queryParamIfPresent("sort", Optional.ofNullable(sortParam()));
        }
        return builder;
    }
}
