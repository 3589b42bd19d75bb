package vn.thidua.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Page parameters from clients, bounded as API.md says (size 1..500) and in the page number, so that
 * the offset of a page ({@code page × size}) always fits the int the queries take.
 */
public final class Paging {

    public static final int MAX_SIZE = 500;
    /** The highest page number a client may ask for: a million pages of 500 rows. */
    public static final int MAX_PAGE = 1_000_000;

    private Paging() {
    }

    public static PageRequest of(Integer page, Integer size, int defaultSize, Sort sort) {
        int p = page == null ? 0 : page;
        int s = size == null ? defaultSize : size;
        if (p < 0) {
            throw new InvalidInputException("page", "validation.page.min");
        }
        checkPage(p);
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidInputException("size", "validation.size.range", MAX_SIZE);
        }
        return PageRequest.of(p, s, sort);
    }

    /**
     * The page number of a page's link: missing or below 0 is the first page (as the pages have always
     * read it); above {@link #MAX_PAGE} is refused naming {@code page}.
     */
    public static int pageNumber(Integer page) {
        return page == null || page < 0 ? 0 : checkPage(page);
    }

    private static int checkPage(int page) {
        if (page > MAX_PAGE) {
            throw new InvalidInputException("page", "validation.page.range", MAX_PAGE);
        }
        return page;
    }
}
