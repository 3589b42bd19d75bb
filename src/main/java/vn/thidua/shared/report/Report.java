package vn.thidua.shared.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * A document being written: sections in order, then {@link #close()}. Implementations: {@link PdfReport}
 * and {@link XlsxReport}. Both stream: table rows are written as the {@link RowSink} receives them, so
 * memory does not grow with the number of rows.
 *
 * <pre>{@code
 * Report.write(XlsxReport.open(out, header, texts), report -> {
 *     report.section("Cá nhân", "Xếp hạng cá nhân");
 *     report.facts(List.of(new Fact("Khối thi đua", "Khối A")));
 *     report.table(List.of(Column.center("Hạng", 1), Column.left("Họ và tên", 4), Column.right("Tổng điểm", 2)),
 *             sink -> rows.forEach(r -> sink.row(r.rank(), r.fullName(), r.total())));
 *     report.signatures();
 * });
 * }</pre>
 *
 * A document that fails midway (the database goes away while rows stream) is never finished:
 * {@link #abort()} leaves it truncated, so the exception reaches the servlet container, which
 * resets the response instead of completing it, and nobody mistakes half a ranking for the whole.
 *
 * Cell values: {@code String}; {@code Integer}/{@code Long} (numbers); {@code BigDecimal} (and
 * {@code Double}/{@code Float}) with two decimals, a decimal comma in Vietnamese; {@code LocalDate} as
 * dd/MM/yyyy (a date cell in XLSX); {@link Share} as a percentage with one decimal ({@link
 * vn.thidua.shared.Percentages}); {@code null} empty; anything else its {@code toString()}.
 */
public interface Report extends AutoCloseable {

    /**
     * Starts a new section: in XLSX a new worksheet named {@code sheetName} (at most 31 characters,
     * sanitised and made unique), in PDF a bold heading {@code title} (no new page).
     */
    void section(String sheetName, String title);

    /** A line of plain text (e.g. the filters applied, a note). */
    void paragraph(String text);

    /** Label/value lines (campaign facts). */
    void facts(List<Fact> facts);

    /**
     * A table: the header row from the columns, then the rows the writer pushes into the sink, written as
     * they come (never collected). A row with fewer cells than columns is padded with empty cells.
     */
    void table(List<Column> columns, Consumer<RowSink> rows);

    /** The signature block (Người lập biểu / Chủ tịch Hội đồng) in the report's language. */
    void signatures();

    /**
     * Finishes the document; an {@link java.io.IOException} is rethrown as {@link java.io.UncheckedIOException}.
     * After a failure inside the report (a table whose rows threw) or {@link #abort()} it finishes nothing.
     */
    @Override
    void close();

    /** Gives the document up unfinished: nothing more is written, {@link #close()} does nothing. */
    void abort();

    /**
     * Writes {@code body} into {@code report} and finishes it; if {@code body} fails the report is
     * aborted (left unfinished) and the failure rethrown.
     */
    static void write(Report report, Consumer<Report> body) {
        try {
            body.accept(report);
        } catch (RuntimeException | Error e) {
            report.abort();
            throw e;
        }
        report.close();
    }
}
