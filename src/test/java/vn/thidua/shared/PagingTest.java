package vn.thidua.shared;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Page numbers from 0 to a million, so that a page's offset always fits an int. */
class PagingTest {

    @Test
    void theApiTakesPagesFromZeroToAMillion() {
        assertThat(Paging.of(null, null, 50, Sort.unsorted()).getPageNumber()).isZero();
        assertThat(Paging.of(1_000_000, 500, 50, Sort.unsorted()).getOffset()).isEqualTo(500_000_000L);
        assertThatThrownBy(() -> Paging.of(1_000_001, 50, 50, Sort.unsorted()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getProblems().get(0).field()).isEqualTo("page");
                    assertThat(e.getMessageKey()).isEqualTo("validation.page.range");
                    assertThat(e.getArguments()).containsExactly(1_000_000);
                });
        assertThatThrownBy(() -> Paging.of(-1, 50, 50, Sort.unsorted()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("validation.page.min"));
    }

    @Test
    void aPageOfTheAppReadsBelowZeroAsTheFirstAndRefusesAboveAMillion() {
        assertThat(Paging.pageNumber(null)).isZero();
        assertThat(Paging.pageNumber(-3)).isZero();
        assertThat(Paging.pageNumber(7)).isEqualTo(7);
        assertThat(Paging.pageNumber(1_000_000)).isEqualTo(1_000_000);
        assertThatThrownBy(() -> Paging.pageNumber(Integer.MAX_VALUE))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getProblems().get(0).field()).isEqualTo("page"));
    }
}
