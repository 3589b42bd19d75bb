package vn.thidua.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.thidua.shared.InvalidInputException;

/** Page parameters from clients, bounded as API.md says (size 1..500). */
public final class Paging {

    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    public static PageRequest of(Integer page, Integer size, int defaultSize, Sort sort) {
        int p = page == null ? 0 : page;
        int s = size == null ? defaultSize : size;
        if (p < 0) {
            throw new InvalidInputException("page", "validation.page.min");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidInputException("size", "validation.size.range", MAX_SIZE);
        }
        return PageRequest.of(p, s, sort);
    }
}
