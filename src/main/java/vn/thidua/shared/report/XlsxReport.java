package vn.thidua.shared.report;

import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.thidua.shared.Percentages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A report as XLSX (fastexcel): one worksheet per section, each starting with the report title, the
 * campaign and the date. Rows are flushed to the output stream every {@value #FLUSH_ROWS} rows and text
 * cells are inline strings (no shared-string table), so memory stays flat however many rows come.
 */
public final class XlsxReport implements Report {

    static final int FLUSH_ROWS = 1000;
    static final int MAX_SHEET_NAME = 31;

    /** Relative widths are spread over about the width of a landscape A4 page, in characters. */
    private static final double PAGE_CHARACTERS = 130;
    private static final int DEFAULT_COLUMNS = 6;
    private static final Pattern FORBIDDEN_IN_SHEET_NAME = Pattern.compile("[\\[\\]:*?/\\\\\\p{Cntrl}]");

    private final OutputStream out;
    private final ReportHeader header;
    private final ReportTexts.Wording texts;
    private final Workbook workbook;
    private final Set<String> sheetNames = new HashSet<>();
    private Worksheet sheet;
    private int row;
    /** Columns of the widest table of the sheet: the title rows are merged across them. */
    private int columns;
    /** Column widths and the frozen pane come from the sheet's first table (fastexcel writes them with the first rows). */
    private boolean layoutFixed;
    /** Rows held in memory since the sheet was last flushed. */
    private int unflushed;
    private boolean closed;
    /** The document was given up (a table's rows threw, or {@link #abort()}): it is never finished. */
    private boolean aborted;

    private XlsxReport(OutputStream out, ReportHeader header, ReportTexts.Wording texts) {
        this.out = out;
        this.header = header;
        this.texts = texts;
        this.workbook = new Workbook(out, "Thi dua", "1.0");
        workbook.properties().setTitle(header.title());
        workbook.properties().setSubject(header.campaignName());
    }

    /** Opens an XLSX report on {@code out}; the caller closes the report (which does not close {@code out}). */
    public static XlsxReport open(OutputStream out, ReportHeader header, ReportTexts texts) {
        Objects.requireNonNull(out, "out");
        return new XlsxReport(out, header, texts.forLocale(header.locale()));
    }

    @Override
    public void section(String sheetName, String title) {
        finishSheet();
        sheet = workbook.newWorksheet(uniqueSheetName(sheetName));
        printSetup();
        row = 0;
        columns = 0;
        layoutFixed = false;
        unflushed = 0;
        sheet.value(row, 0, Cells.cell(header.title()));
        sheet.style(row, 0).bold().fontSize(14).horizontalAlignment("center").set();
        row++;
        sheet.value(row++, 0, Cells.cell(header.campaignName()));
        sheet.value(row++, 0, texts.dateStamp(header.date()));
        row++;
        if (title != null && !title.isBlank()) {
            sheet.value(row, 0, Cells.cell(title));
            sheet.style(row, 0).bold().fontSize(12).set();
            row += 2;
        }
    }

    @Override
    public void paragraph(String text) {
        ensureSheet();
        sheet.inlineString(row++, 0, Cells.cell(text));
    }

    @Override
    public void facts(List<Fact> facts) {
        ensureSheet();
        // one cell per fact: the text runs over the empty cells to its right, however narrow column A is
        for (Fact fact : facts) {
            sheet.inlineString(row++, 0, Cells.cell(Cells.nfc(fact.label()) + ": " + Cells.nfc(fact.value())));
        }
        if (!facts.isEmpty()) {
            row++;
        }
    }

    @Override
    public void table(List<Column> columns, Consumer<RowSink> rows) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
        ensureSheet();
        int count = columns.size();
        this.columns = Math.max(this.columns, count);
        if (!layoutFixed) {
            float total = 0;
            for (Column column : columns) {
                total += column.width();
            }
            for (int c = 0; c < count; c++) {
                double width = PAGE_CHARACTERS * columns.get(c).width() / total;
                sheet.width(c, Math.min(Worksheet.MAX_COL_WIDTH, Math.max(6, width)));
            }
            sheet.freezePane(0, row + 1);
            sheet.repeatRows(row); // the header row on every printed page
            layoutFixed = true;
        }
        for (int c = 0; c < count; c++) {
            sheet.value(row, c, Cells.cell(columns.get(c).label()));
            sheet.style(row, c).bold().fillColor("DDDDDD").borderStyle("thin")
                    .horizontalAlignment("center").verticalAlignment("center").wrapText(true).set();
        }
        row++;
        String[] alignments = new String[count];
        for (int c = 0; c < count; c++) {
            alignments[c] = columns.get(c).align().name().toLowerCase(Locale.ROOT);
        }
        try {
            rows.accept(cells -> {
                if (cells.length > count) {
                    throw new IllegalArgumentException("A row has " + cells.length + " cells for " + count + " columns");
                }
                for (int c = 0; c < count; c++) {
                    cell(row, c, c < cells.length ? cells[c] : null, alignments[c]);
                }
                row++;
                if (++unflushed == FLUSH_ROWS) {
                    flush();
                }
            });
        } catch (RuntimeException | Error e) {
            aborted = true; // half a table must not end as a complete document
            throw e;
        }
        row++;
    }

    @Override
    public void signatures() {
        ensureSheet();
        int width = columns == 0 ? DEFAULT_COLUMNS : columns;
        int half = Math.max(1, width / 2);
        int leftEnd = half - 1;
        int rightStart = Math.min(half, width - 1);
        int rightEnd = Math.max(rightStart, width - 1);
        row++;
        signatureLine(rightStart, rightEnd, texts.dateLine(header.date()), false, true);
        row++;
        signatureLine(0, leftEnd, texts.preparedBy(), true, false);
        signatureLine(rightStart, rightEnd, texts.chairman(), true, false);
        row++;
        signatureLine(0, leftEnd, texts.signatureHint(), false, true);
        signatureLine(rightStart, rightEnd, texts.signatureHint(), false, true);
        row += 5; // room to sign and write the name
    }

    @Override
    public void abort() {
        aborted = true;
    }

    @Override
    public void close() {
        if (closed || aborted) {
            return;
        }
        closed = true;
        try {
            ensureSheet();
            finishSheet();
            workbook.finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Excel's rules for sheet names: no []:*?/\, at most 31 characters, not blank, no ' at either end
     * (and none inside either: fastexcel quotes the name unescaped in the print titles).
     */
    static String sanitiseSheetName(String name) {
        String cleaned = name == null ? "" : FORBIDDEN_IN_SHEET_NAME.matcher(Cells.nfc(name)).replaceAll("-").strip();
        cleaned = cleaned.replaceAll("^'+|'+$", "").strip().replace('\'', '’');
        if (cleaned.length() > MAX_SHEET_NAME) {
            int end = MAX_SHEET_NAME;
            if (Character.isHighSurrogate(cleaned.charAt(end - 1))) {
                end--;
            }
            cleaned = cleaned.substring(0, end).strip();
        }
        return cleaned.isEmpty() || cleaned.equalsIgnoreCase("History") ? "Sheet" : cleaned;
    }

    private String uniqueSheetName(String name) {
        String base = sanitiseSheetName(name);
        String candidate = base;
        for (int n = 2; !sheetNames.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())).strip() + suffix;
        }
        return candidate;
    }

    /** Printed like the PDF: A4 landscape, fitted to the page width, campaign and date above, page numbers below. */
    private void printSetup() {
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation("landscape");
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        // header and footer texts are Excel codes: & starts a code (&P page, &N pages), && is a literal &
        sheet.header(Cells.nfc(header.campaignName()).replace("&", "&&"), Position.LEFT);
        sheet.header(texts.dateStamp(header.date()), Position.RIGHT);
        sheet.footer(texts.page("&P", "&N"), Position.CENTER);
    }

    private void cell(int r, int c, Object value, String alignment) {
        if (value == null) {
            sheet.style(r, c).borderStyle("thin").set();
            return;
        }
        if (value instanceof Share share) {
            sheet.value(r, c, Percentages.fraction(share.part(), share.whole()));
            sheet.style(r, c).format("0.0%").horizontalAlignment(alignment).borderStyle("thin").set();
            return;
        }
        BigDecimal decimal = Cells.decimal(value);
        if (decimal != null) {
            sheet.value(r, c, decimal);
            sheet.style(r, c).format("0.00").horizontalAlignment(alignment).borderStyle("thin").set();
            return;
        }
        if (Cells.isWholeNumber(value)) {
            sheet.value(r, c, (Number) value);
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("dd/mm/yyyy").horizontalAlignment(alignment).borderStyle("thin").set();
            return;
        } else {
            sheet.inlineString(r, c, Cells.cell(value.toString()));
        }
        sheet.style(r, c).horizontalAlignment(alignment).borderStyle("thin").set();
    }

    private void signatureLine(int from, int to, String text, boolean bold, boolean italic) {
        sheet.value(row, from, Cells.cell(text));
        var style = sheet.style(row, from).horizontalAlignment("center");
        if (bold) {
            style = style.bold();
        }
        if (italic) {
            style = style.italic();
        }
        style.set();
        if (to > from) {
            sheet.range(row, from, row, to).merge();
        }
    }

    private void ensureSheet() {
        if (sheet == null) {
            section(header.title(), null);
        }
    }

    private void flush() {
        try {
            sheet.flush();
            unflushed = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Merges the title rows across the sheet's columns and writes the rest of the sheet. */
    private void finishSheet() {
        if (sheet == null) {
            return;
        }
        int width = columns == 0 ? DEFAULT_COLUMNS : columns;
        if (width > 1) {
            for (int r = 0; r < 3; r++) {
                sheet.range(r, 0, r, width - 1).merge();
            }
        }
        try {
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sheet = null;
    }
}
