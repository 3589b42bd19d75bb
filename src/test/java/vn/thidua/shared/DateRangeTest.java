package vn.thidua.shared;

import org.junit.jupiter.api.Test;
import vn.thidua.shared.InvalidInputException.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dates users may give: 01/01/1900 to 31/12/2100. */
class DateRangeTest {

    @Test
    void theFirstAndLastDayAreInsideTheDaysAroundThemOutside() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(DateRange.check("startDate", LocalDate.of(1900, 1, 1), problems)).isTrue();
        assertThat(DateRange.check("startDate", LocalDate.of(2100, 12, 31), problems)).isTrue();
        assertThat(DateRange.check("startDate", null, problems)).isTrue();
        assertThat(problems).isEmpty();
        assertThat(DateRange.check("startDate", LocalDate.of(1899, 12, 31), problems)).isFalse();
        assertThat(DateRange.check("endDate", LocalDate.of(2101, 1, 1), problems)).isFalse();
        assertThat(DateRange.check("decisionDate", LocalDate.of(-1, 1, 1), problems)).isFalse();
        assertThat(problems).extracting(FieldProblem::field).containsExactly("startDate", "endDate", "decisionDate");
        assertThat(problems).extracting(FieldProblem::messageKey).containsOnly("validation.date.range");
        assertThat(problems.get(0).arguments()).containsExactly("01/01/1900", "31/12/2100");
    }

    @Test
    void aSingleDateOutsideIsRefusedNamingTheField() {
        assertThat(DateRange.checked("registrationDeadline", LocalDate.of(2020, 7, 20))).isEqualTo(LocalDate.of(2020, 7, 20));
        assertThat(DateRange.checked("registrationDeadline", null)).isNull();
        assertThatThrownBy(() -> DateRange.checked("registrationDeadline", LocalDate.of(10_000, 1, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getProblems().get(0).field()).isEqualTo("registrationDeadline");
                    assertThat(e.getMessageKey()).isEqualTo("validation.date.range");
                });
    }
}
