package vn.thidua.award.record;

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
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An uploaded title-award file as rows, numbered as the file numbers them (header = its own row).
 * XLSX when the content is a ZIP (first sheet), else UTF-8 CSV with commas or semicolons; the type
 * is decided by the content, never the name. Header: the first non-empty row.
 */
final class AwardImportReader {

    static final int MAX_ROWS = 20_000;
    static final String FILE = "file";

    record ImportRow(int row, Map<AwardImportColumn, String> cells) {
        String get(AwardImportColumn column) {
            return cells.get(column);
        }
    }

    List<ImportRow> read(byte[] content) {
        List<List<String>> raw = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        if (content.length == 0) {
            throw new InvalidRowsException("import.failed", List.of(new RowProblem(1, FILE, "import.error.empty")));
        }
        if (content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            readXlsx(content, raw, numbers);
        } else {
            readCsv(utf8(content), raw, numbers);
        }
        int header = -1;
        for (int i = 0; i < raw.size(); i++) {
            if (!raw.get(i).stream().allMatch(AwardImportReader::blank)) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            throw new InvalidRowsException("import.failed", List.of(new RowProblem(1, FILE, "import.error.empty")));
        }
        List<String> names = raw.get(header);
        AwardImportColumn[] columns = new AwardImportColumn[names.size()];
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!blank(names.get(i))) {
                columns[i] = AwardImportColumn.byHeader(names.get(i)).orElse(null);
            }
        }
        for (AwardImportColumn required : List.of(AwardImportColumn.SUBJECT_TYPE, AwardImportColumn.SUBJECT_CODE,
                AwardImportColumn.TITLE_CODE, AwardImportColumn.YEAR)) {
            if (Stream.of(columns).noneMatch(c -> c == required)) {
                problems.add(new RowProblem(numbers.get(header), required.header(), "import.error.column.missing",
                        required.header()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRowsException("import.failed", problems);
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = header + 1; i < raw.size(); i++) {
            List<String> cells = raw.get(i);
            if (cells.stream().allMatch(AwardImportReader::blank)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new InvalidRowsException("import.failed",
                        List.of(new RowProblem(numbers.get(i), FILE, "import.error.tooManyRows", MAX_ROWS)));
            }
            Map<AwardImportColumn, String> values = new EnumMap<>(AwardImportColumn.class);
            for (int c = 0; c < cells.size() && c < columns.length; c++) {
                if (columns[c] != null && !blank(cells.get(c))) {
                    values.put(columns[c], cells.get(c).strip());
                }
            }
            rows.add(new ImportRow(numbers.get(i), values));
        }
        if (rows.isEmpty()) {
            throw new InvalidRowsException("import.failed",
                    List.of(new RowProblem(numbers.get(header), FILE, "import.error.headerOnly")));
        }
        return rows;
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    throw new UnsupportedFileTypeException("import.error.type.notText");
                }
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnsupportedFileTypeException("import.error.type.notUtf8");
        }
    }

    private static void readCsv(String text, List<List<String>> raw, List<Integer> numbers) {
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        long last = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                last = record.getRecordNumber();
                raw.add(record.toList());
                numbers.add((int) last);
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidRowsException("import.failed",
                    List.of(new RowProblem((int) last + 1, FILE, "import.error.csvSyntax")));
        }
    }

    private static void readXlsx(byte[] content, List<List<String>> raw, List<Integer> numbers) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Optional<Sheet> first = workbook.getSheets().findFirst();
            if (first.isEmpty()) {
                return;
            }
            try (Stream<Row> rows = first.get().openStream()) {
                rows.forEach(row -> {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    raw.add(cells);
                    numbers.add(row.getRowNum());
                });
            }
        } catch (IOException | RuntimeException e) {
            throw new UnsupportedFileTypeException("import.error.type.notSpreadsheet");
        }
    }

    /** Numbers as typed (2020, not 2020.0); a date cell is a number of days, read as such by the importer. */
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

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
