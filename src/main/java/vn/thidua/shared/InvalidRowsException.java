package vn.thidua.shared;

import java.util.Comparator;
import java.util.List;

/**
 * A file whose rows break rules (400), with every bad row: an import with one bad row imports
 * nothing and lists them all (DESIGN §6). Rows are numbered as in the spreadsheet, the header
 * being row 1. The message key and its single argument (the number of problems) summarise it.
 */
public class InvalidRowsException extends DomainException {

    private static final Comparator<RowProblem> BY_ROW = Comparator.comparingInt(RowProblem::row);

    private final transient List<RowProblem> problems;

    public InvalidRowsException(String summaryKey, List<RowProblem> problems) {
        super(summaryKey, problems.size());
        this.problems = problems.stream().sorted(BY_ROW).toList();
    }

    /** Sorted by row; problems of one row keep the order in which they were found. */
    public List<RowProblem> getProblems() {
        return problems;
    }

    public record RowProblem(int row, String field, String messageKey, Object... arguments) {
    }
}
