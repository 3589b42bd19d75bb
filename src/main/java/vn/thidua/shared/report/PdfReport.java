package vn.thidua.shared.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A report as PDF (OpenPDF): A4 landscape, the campaign name and the date at the top of every page, "Trang
 * X/Y" at the bottom, DejaVu Sans embedded. Tables are added to the document every {@value #FLUSH_ROWS}
 * rows (OpenPDF's large-element support), so finished pages go to the output stream while rows arrive.
 *
 * <p>Nothing is left alone at the top of the last page: a heading with too little room below it starts
 * the next page, and the last row of a table is held back until the next element is known, so that the
 * signature block goes onto the next page together with that row (and the column headers) rather than
 * by itself.
 */
public final class PdfReport implements Report {

    static final int FLUSH_ROWS = 100;

    /**
     * A4 landscape as an 842 x 595 media box, rather than {@code PageSize.A4.rotate()}'s portrait box turned
     * by /Rotate 90: the same on paper, and text selection and extraction need no rotation.
     */
    static final Rectangle A4_LANDSCAPE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    /** Wrapped lines in a cell: Vietnamese stacks accents above and below, single spacing makes them touch. */
    private static final float LINE_SPACING = 1.25f;

    /** Room (pt) a heading needs below it on its page: itself, a caption, a table header and two rows. */
    private static final float KEEP_HEADING = 120;
    /** Room (pt) a line of text needs below it: itself, a table header and a row. */
    private static final float KEEP_LINE = 60;
    private static final float MARGIN_SIDE = 36;
    private static final float MARGIN_TOP = 64;
    private static final float MARGIN_BOTTOM = 48;
    private static final Color HEADER_FILL = new Color(0xDD, 0xDD, 0xDD);
    private static final Color GRID = new Color(0x99, 0x99, 0x99);
    /** Stands for the total page count while a footer is laid out; the total is known only at the end. */
    private static final String TOTAL_MARK = "\uE000";

    private final OutputStream out;
    private final ReportHeader header;
    private final ReportTexts.Wording texts;
    private final DecimalFormat decimals;
    private final Document document;
    private final PdfWriter writer;
    private final Font body = new Font(ReportFonts.REGULAR, 9);
    private final Font bold = new Font(ReportFonts.BOLD, 9);
    private boolean closed;
    /** The last row of the table just written, not added yet (see {@link #addTail}). */
    private Tail tail;
    /** The document was given up (a table's rows threw, or {@link #abort()}): it is never finished. */
    private boolean aborted;

    private PdfReport(OutputStream out, ReportHeader header, ReportTexts.Wording texts) {
        this.out = out;
        this.header = header;
        this.texts = texts;
        this.decimals = Cells.decimalFormat(header.locale());
        this.document = new Document(A4_LANDSCAPE, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        this.writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PageDecoration());
        document.addTitle(Cells.nfc(header.title()));
        document.addSubject(Cells.nfc(header.campaignName()));
        document.addCreator("Thi đua");
        document.open();
        Paragraph title = new Paragraph(Cells.nfc(header.title()), new Font(ReportFonts.BOLD, 14));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(8);
        document.add(title);
    }

    /** Opens a PDF report on {@code out}; the caller closes the report (which does not close {@code out}). */
    public static PdfReport open(OutputStream out, ReportHeader header, ReportTexts texts) {
        Objects.requireNonNull(out, "out");
        return new PdfReport(out, header, texts.forLocale(header.locale()));
    }

    @Override
    public void section(String sheetName, String title) {
        addTail(null);
        String heading = Cells.nfc(title == null || title.isBlank() ? sheetName : title);
        if (heading.isBlank()) {
            return;
        }
        Paragraph paragraph = new Paragraph(heading, new Font(ReportFonts.BOLD, 12));
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(6);
        // a heading at the foot of a page, with its table on the next, reads as belonging to nothing: it
        // needs room for itself, a caption line and a table's header with a row or two
        if (writer.getVerticalPosition(false) - document.bottom() < KEEP_HEADING) {
            document.newPage();
        }
        document.add(paragraph);
    }

    @Override
    public void paragraph(String text) {
        addTail(null);
        Paragraph paragraph = new Paragraph(Cells.nfc(text), body);
        paragraph.setSpacingAfter(4);
        // a line at the foot of a page is usually the caption of what follows (a table): keep it with it
        if (writer.getVerticalPosition(false) - document.bottom() < KEEP_LINE) {
            document.newPage();
        }
        document.add(paragraph);
    }

    @Override
    public void facts(List<Fact> facts) {
        addTail(null);
        if (facts.isEmpty()) {
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingAfter(6);
        for (Fact fact : facts) {
            table.addCell(plain(Cells.nfc(fact.label()), bold, Element.ALIGN_LEFT));
            table.addCell(plain(Cells.nfc(fact.value()), body, Element.ALIGN_LEFT));
        }
        document.add(table);
    }

    @Override
    public void table(List<Column> columns, Consumer<RowSink> rows) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
        addTail(null);
        int count = columns.size();
        PdfPTable table = headed(columns);
        table.setComplete(false);
        int[] pending = {0};
        boolean[] written = {false};
        Object[][] held = {null};
        try {
            rows.accept(cells -> {
                if (cells.length > count) {
                    throw new IllegalArgumentException("A row has " + cells.length + " cells for " + count + " columns");
                }
                if (held[0] != null) {
                    addRow(table, columns, held[0]);
                    if (++pending[0] == FLUSH_ROWS) {
                        addPart(table); // writes the rows so far and drops them from the table
                        written[0] = true;
                        pending[0] = 0;
                    }
                }
                held[0] = cells;
            });
        } catch (RuntimeException | Error e) {
            aborted = true; // half a table must not end as a complete document
            throw e;
        }
        table.setComplete(true);
        if (held[0] == null) {
            table.setSpacingAfter(8);
            addPart(table);
            return;
        }
        if (pending[0] > 0) {
            addPart(table);
            written[0] = true;
        }
        tail = new Tail(columns, held[0], written[0]);
    }

    /** A table of these columns with its header row, as wide as the page. */
    private PdfPTable headed(List<Column> columns) {
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).width();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        for (Column column : columns) {
            PdfPCell cell = gridCell(Cells.nfc(column.label()), bold, Element.ALIGN_CENTER);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        return table;
    }

    private void addRow(PdfPTable table, List<Column> columns, Object[] cells) {
        for (int c = 0; c < columns.size(); c++) {
            Object value = c < cells.length ? cells[c] : null;
            table.addCell(gridCell(Cells.text(value, decimals, header.locale()), body, alignment(columns.get(c).align())));
        }
    }

    /** The last row of a table, held back; {@code continued}: rows of its table are on the page already. */
    private record Tail(List<Column> columns, Object[] cells, boolean continued) {
    }

    /**
     * Adds the held last row of the table before, followed by {@code closing} (the signature block) in
     * the same piece: when the two do not fit in what is left of the page, both start the next page,
     * under the column headers.
     */
    private void addTail(PdfPTable closing) {
        if (tail == null) {
            return;
        }
        Tail last = tail;
        tail = null;
        PdfPTable table = headed(last.columns());
        addRow(table, last.columns(), last.cells());
        if (last.continued()) {
            table.setSkipFirstHeader(true);
            table.setSpacingBefore(0);
        }
        if (closing != null) {
            PdfPCell cell = new PdfPCell(closing);
            cell.setColspan(last.columns().size());
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingTop(closing.spacingBefore());
            table.addCell(cell);
            table.setTotalWidth(document.right() - document.left());
            table.setLockedWidth(true);
            float height = table.calculateHeights(true) - (last.continued() ? table.getHeaderHeight() : 0);
            if (height > writer.getVerticalPosition(false) - document.bottom()) {
                document.newPage();
                table.setSkipFirstHeader(false);
            }
        }
        table.setSpacingAfter(8);
        addPart(table);
    }

    /**
     * Adds the rows of a table received so far. A continued table skips its header row on the page where it
     * goes on; but when the previous part filled its page to the foot, OpenPDF has already begun the next
     * page, and the header must be repeated there.
     */
    private void addPart(PdfPTable table) {
        if (table.isSkipFirstHeader() && table.size() > table.getHeaderRows()
                && writer.getVerticalPosition(false) >= document.top() - 0.5f) {
            table.setSkipFirstHeader(false);
        }
        document.add(table);
        table.setSpacingBefore(0); // the parts of one table follow each other without a gap
    }

    @Override
    public void signatures() {
        PdfPTable block = new PdfPTable(2);
        block.setWidthPercentage(100);
        block.setSpacingBefore(18);
        block.setKeepTogether(true);
        block.addCell(plain("", body, Element.ALIGN_CENTER));
        block.addCell(plain(Cells.nfc(texts.dateLine(header.date())), body, Element.ALIGN_CENTER));
        block.addCell(plain(Cells.nfc(texts.preparedBy()), new Font(ReportFonts.BOLD, 10), Element.ALIGN_CENTER));
        block.addCell(plain(Cells.nfc(texts.chairman()), new Font(ReportFonts.BOLD, 10), Element.ALIGN_CENTER));
        block.addCell(plain(Cells.nfc(texts.signatureHint()), body, Element.ALIGN_CENTER));
        block.addCell(plain(Cells.nfc(texts.signatureHint()), body, Element.ALIGN_CENTER));
        for (int c = 0; c < 2; c++) {
            PdfPCell space = plain("", body, Element.ALIGN_CENTER);
            space.setFixedHeight(72); // room to sign and write the name
            block.addCell(space);
        }
        if (tail != null) {
            addTail(block);
            return;
        }
        document.add(block);
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
            addTail(null);
            document.close();
            out.flush();
        } catch (ExceptionConverter e) {
            if (e.getException() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPCell plain(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(2);
        cell.setLeading(0, LINE_SPACING);
        return cell;
    }

    private static PdfPCell gridCell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorderWidth(0.5f);
        cell.setBorderColor(GRID);
        cell.setPadding(3);
        cell.setLeading(0, LINE_SPACING);
        return cell;
    }

    private static int alignment(Column.Align align) {
        return switch (align) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
        };
    }

    /** Header (campaign left, date right, a rule) and footer (page X of Y) on every page. */
    private final class PageDecoration extends PdfPageEventHelper {

        private static final float SIZE = 9;
        private PdfTemplate total;

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(80, SIZE + 4);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            BaseFont font = ReportFonts.REGULAR;
            float left = document.left();
            float right = document.right();
            float top = document.getPageSize().getHeight() - 36;

            String date = Cells.nfc(texts.dateStamp(header.date()));
            float dateWidth = font.getWidthPoint(date, SIZE);
            String campaign = fit(Cells.nfc(header.campaignName()), font, right - left - dateWidth - 24);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(campaign, body), left, top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(date, body), right, top, 0);
            canvas.saveState();
            canvas.setLineWidth(0.5f);
            canvas.moveTo(left, top - 6);
            canvas.lineTo(right, top - 6);
            canvas.stroke();
            canvas.restoreState();

            String page = texts.page(String.valueOf(writer.getPageNumber()), TOTAL_MARK);
            int mark = page.indexOf(TOTAL_MARK);
            String before = page.substring(0, mark);
            float beforeWidth = font.getWidthPoint(before, SIZE);
            // the total is not known yet: centre as if it had as many digits as this page's number
            float guess = font.getWidthPoint(String.valueOf(writer.getPageNumber()) + page.substring(mark + 1), SIZE);
            float x = (left + right) / 2 - (beforeWidth + guess) / 2;
            float y = document.bottom() - 24;
            canvas.beginText();
            canvas.setFontAndSize(font, SIZE);
            canvas.setTextMatrix(x, y);
            canvas.showText(before);
            canvas.endText();
            canvas.addTemplate(total, x + beforeWidth, y - 3);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            String page = texts.page("1", TOTAL_MARK);
            String after = page.substring(page.indexOf(TOTAL_MARK) + 1);
            total.beginText();
            total.setFontAndSize(ReportFonts.REGULAR, SIZE);
            total.setTextMatrix(0, 3);
            total.showText((writer.getPageNumber() - 1) + after);
            total.endText();
        }

        private String fit(String text, BaseFont font, float width) {
            if (font.getWidthPoint(text, SIZE) <= width) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && font.getWidthPoint(cut + "…", SIZE) > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut.strip() + "…";
        }
    }
}
