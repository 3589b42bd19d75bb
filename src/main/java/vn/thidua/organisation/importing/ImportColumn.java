package vn.thidua.organisation.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns of an organisation import file (API.md), named in the header row in any order and case. */
public enum ImportColumn {
    UNIT_CODE("unitCode"),
    UNIT_NAME("unitName"),
    PARENT_UNIT_CODE("parentUnitCode"),
    INDIVIDUAL_CODE("individualCode"),
    FULL_NAME("fullName"),
    POSITION("position"),
    EMAIL("email");

    private final String header;

    ImportColumn(String header) {
        this.header = header;
    }

    /** The name in the header row and in error reports. */
    public String header() {
        return header;
    }

    static Optional<ImportColumn> byHeader(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** "unitCode, unitName, ..." for messages. */
    public static String allHeaders() {
        return Arrays.stream(values()).map(ImportColumn::header).collect(Collectors.joining(", "));
    }
}
