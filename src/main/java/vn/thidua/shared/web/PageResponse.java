package vn.thidua.shared.web;

import org.springframework.data.domain.Page;

import java.util.List;
import java.util.function.Function;

/** A page of an API list: {@code {items, page, size, totalItems}} (API.md conventions). */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.map(mapper).getContent(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
