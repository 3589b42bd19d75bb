package vn.thidua.organisation.importing;

import java.util.EnumMap;
import java.util.Map;

/**
 * One data row as read from the file: its row number in the file (the header row may be below title rows) and the
 * text of each known column, trimmed; blank cells are absent.
 */
record ImportRow(int row, Map<ImportColumn, String> cells) {

    ImportRow {
        cells = cells.isEmpty() ? Map.of() : new EnumMap<>(cells);
    }

    String get(ImportColumn column) {
        return cells.get(column);
    }
}
