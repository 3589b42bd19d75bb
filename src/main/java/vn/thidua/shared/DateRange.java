package vn.thidua.shared;

import vn.thidua.shared.InvalidInputException.FieldProblem;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The dates the application takes from users (campaign dates, decision dates, deadlines): from
 * {@link #EARLIEST} to {@link #LATEST}. Anything else is a typing slip ("0001", "20250") or a probe
 * (year −1), refused naming the field.
 */
public final class DateRange {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DateRange() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Adds "must be a date from 01/01/1900 to 31/12/2100" on {@code field} for a date outside; null passes. */
    public static boolean check(String field, LocalDate date, List<FieldProblem> problems) {
        if (date != null && !contains(date)) {
            problems.add(problem(field));
            return false;
        }
        return true;
    }

    /** The same for a single date: {@link InvalidInputException} on {@code field}. */
    public static LocalDate checked(String field, LocalDate date) {
        if (date != null && !contains(date)) {
            throw new InvalidInputException(List.of(problem(field)));
        }
        return date;
    }

    private static FieldProblem problem(String field) {
        return new FieldProblem(field, "validation.date.range", SHOWN.format(EARLIEST), SHOWN.format(LATEST));
    }
}
