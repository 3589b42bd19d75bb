package vn.thidua.organisation.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.thidua.shared.InvalidRowsException;
import vn.thidua.shared.InvalidRowsException.RowProblem;
import vn.thidua.shared.UnsupportedFileTypeException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads an uploaded file into rows. The type is decided by the content, never by the name: an
 * XLSX is a ZIP that the spreadsheet reader can open (its first sheet is read); anything else
 * must be UTF-8 text (a BOM is fine), read as CSV separated by commas or semicolons, whichever the
 * header line uses. Other content (PDF, images, .xls, other encodings) is refused as a wrong type.
 */
final class ImportFileReader {

    static final int MAX_ROWS = 50_000;

    /** The field of problems about the file as a whole rather than one column. */
    static final String FILE = "file";

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Map<String, byte[]> KNOWN_BINARIES = Map.of(
            "PDF", new byte[] {'%', 'P', 'D', 'F', '-'},
            "PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "GIF", new byte[] {'G', 'I', 'F', '8'},
            "ZIP", new byte[] {'P', 'K', 5, 6});
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private final int maxRows;

    ImportFileReader() {
        this(MAX_ROWS);
    }

    ImportFileReader(int maxRows) {
        this.maxRows = maxRows;
    }

    /**
     * The rows that have something in them, problems found while reading (cells outside the
     * columns), and the headers of the columns that were ignored (not import columns, e.g. "STT").
     */
    record ImportSheet(List<ImportRow> rows, List<RowProblem> problems, List<String> ignoredColumns) {
    }

    ImportSheet read(byte[] content) {
        if (content.length == 0) {
            throw new InvalidRowsException("import.failed", List.of(new RowProblem(1, FILE, "import.error.empty")));
        }
        if (startsWith(content, ZIP)) {
            return readXlsx(content);
        }
        if (startsWith(content, OLE2)) {
            throw new UnsupportedFileTypeException("import.error.type.xls");
        }
        KNOWN_BINARIES.forEach((kind, magic) -> {
            if (startsWith(content, magic)) {
                throw new UnsupportedFileTypeException("import.error.type.binary", kind);
            }
        });
        return readCsv(utf8Text(content));
    }

    // CSV -------------------------------------------------------------------------------------

    private static String utf8Text(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnsupportedFileTypeException("import.error.type.notUtf8");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw new UnsupportedFileTypeException("import.error.type.notText");
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private ImportSheet readCsv(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(false)
                .get();
        Table table = new Table(maxRows);
        long lastRecord = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lastRecord = record.getRecordNumber();
                table.accept((int) lastRecord, record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidRowsException("import.failed",
                    List.of(new RowProblem((int) lastRecord + 1, FILE, "import.error.csvSyntax")));
        }
        return table.finish();
    }

    /** Semicolons when the header line has more of them than commas (Excel in many European locales). */
    static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons > 0) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    // XLSX ------------------------------------------------------------------------------------

    private ImportSheet readXlsx(byte[] content) {
        Table table = new Table(maxRows);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Optional<Sheet> first = workbook.getSheets().findFirst();
            if (first.isPresent()) {
                try (Stream<Row> rows = first.get().openStream()) {
                    Iterator<Row> iterator = rows.iterator();
                    while (iterator.hasNext()) {
                        Row row = iterator.next();
                        List<String> cells = new ArrayList<>(row.getCellCount());
                        for (int i = 0; i < row.getCellCount(); i++) {
                            cells.add(text(row.getCell(i)));
                        }
                        table.accept(row.getRowNum(), cells);
                    }
                }
            }
        } catch (InvalidRowsException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnsupportedFileTypeException("import.error.type.notSpreadsheet");
        }
        return table.finish();
    }

    /** Numbers as typed (1 not 1.0); everything else as its text. */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER -> cell.getValue() instanceof BigDecimal number
                    ? number.stripTrailingZeros().toPlainString() : cell.getText();
            default -> cell.getText();
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    // Rows of either format -------------------------------------------------------------------

    /**
     * Cells by column index → import rows. The header is the first row that names the required
     * columns (title rows above it are skipped); when no row does, the first non-empty row is taken
     * as the header and its problems are reported. Columns whose header is not known are ignored and
     * listed; completely empty rows are skipped; text in a column without a header is a problem of
     * its row. Row numbers stay the file's own.
     */
    private static final class Table {

        private final int maxRows;
        private final List<ImportRow> rows = new ArrayList<>();
        private final List<RowProblem> problems = new ArrayList<>();
        private final List<String> ignored = new ArrayList<>();
        private ImportColumn[] columns;
        /** Where a known header is, for cells under an ignored column (skipped without a problem). */
        private boolean[] ignoredAt;
        private int headerRow;
        private int firstRow;
        private List<String> firstCells;

        Table(int maxRows) {
            this.maxRows = maxRows;
        }

        void accept(int rowNumber, List<String> cells) {
            if (cells.stream().allMatch(Table::blank)) {
                return;
            }
            if (columns == null) {
                if (firstCells == null) {
                    firstRow = rowNumber;
                    firstCells = cells;
                }
                if (namesRequiredColumns(cells)) {
                    header(rowNumber, cells);
                }
                return;
            }
            if (rows.size() == maxRows) {
                throw new InvalidRowsException("import.failed",
                        List.of(new RowProblem(rowNumber, FILE, "import.error.tooManyRows", maxRows)));
            }
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            for (int i = 0; i < cells.size(); i++) {
                String value = cells.get(i);
                if (blank(value)) {
                    continue;
                }
                if (i < columns.length && columns[i] != null) {
                    values.put(columns[i], value.strip());
                } else if (i >= ignoredAt.length || !ignoredAt[i]) {
                    problems.add(new RowProblem(rowNumber, columnLetter(i), "import.error.column.noHeader",
                            columnLetter(i) + rowNumber));
                }
            }
            rows.add(new ImportRow(rowNumber, values));
        }

        private static boolean namesRequiredColumns(List<String> cells) {
            boolean unitCode = false;
            boolean unitName = false;
            for (String cell : cells) {
                Optional<ImportColumn> column = blank(cell) ? Optional.empty() : ImportColumn.byHeader(cell);
                unitCode |= column.filter(c -> c == ImportColumn.UNIT_CODE).isPresent();
                unitName |= column.filter(c -> c == ImportColumn.UNIT_NAME).isPresent();
            }
            return unitCode && unitName;
        }

        private void header(int rowNumber, List<String> cells) {
            headerRow = rowNumber;
            columns = new ImportColumn[cells.size()];
            ignoredAt = new boolean[cells.size()];
            List<RowProblem> headerProblems = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                String name = cells.get(i);
                if (blank(name)) {
                    continue;
                }
                Optional<ImportColumn> column = ImportColumn.byHeader(name);
                if (column.isEmpty()) {
                    ignored.add(name.strip());
                    ignoredAt[i] = true;
                } else if (Arrays.asList(columns).contains(column.get())) {
                    headerProblems.add(new RowProblem(rowNumber, column.get().header(),
                            "import.error.column.duplicate", column.get().header()));
                } else {
                    columns[i] = column.get();
                }
            }
            List<ImportColumn> present = Arrays.stream(columns).filter(Objects::nonNull).toList();
            List<ImportColumn> required = new ArrayList<>(List.of(ImportColumn.UNIT_CODE, ImportColumn.UNIT_NAME));
            if (present.contains(ImportColumn.INDIVIDUAL_CODE) || present.contains(ImportColumn.IS_HEAD)) {
                required.add(ImportColumn.INDIVIDUAL_CODE);
            }
            if (present.contains(ImportColumn.INDIVIDUAL_CODE)) {
                required.add(ImportColumn.FULL_NAME);
            }
            for (ImportColumn column : required.stream().distinct().toList()) {
                if (!present.contains(column)) {
                    headerProblems.add(new RowProblem(rowNumber, column.header(), "import.error.column.missing",
                            column.header()));
                }
            }
            if (!headerProblems.isEmpty()) {
                throw new InvalidRowsException("import.failed", headerProblems);
            }
        }

        ImportSheet finish() {
            if (firstCells == null) {
                throw new InvalidRowsException("import.failed", List.of(new RowProblem(1, FILE, "import.error.empty")));
            }
            if (columns == null) {
                // no row names the required columns: the first one was meant to, say what it lacks
                header(firstRow, firstCells);
            }
            if (rows.isEmpty()) {
                throw new InvalidRowsException("import.failed",
                        List.of(new RowProblem(headerRow, FILE, "import.error.headerOnly")));
            }
            return new ImportSheet(List.copyOf(rows), List.copyOf(problems), List.copyOf(ignored));
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        /** 0 → A, 25 → Z, 26 → AA, as spreadsheets name columns. */
        static String columnLetter(int index) {
            StringBuilder letters = new StringBuilder();
            for (int i = index + 1; i > 0; i = (i - 1) / 26) {
                letters.insert(0, (char) ('A' + (i - 1) % 26));
            }
            return letters.toString();
        }
    }
}
