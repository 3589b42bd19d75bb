package vn.thidua.organisation.importing;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of an organisation import file (API.md), named in the header row in any order. A
 * header is recognised by its English name (API.md) or by a Vietnamese name as offices write them
 * ("Mã đơn vị", "Họ và tên"…), compared after {@link #normalise}: "MÃ ĐƠN VỊ", "ma don vi" and
 * "Mã_đơn_vị" are all the unit code.
 */
public enum ImportColumn {
    UNIT_CODE("unitCode", "Mã đơn vị", "Mã ĐV", "Mã số đơn vị"),
    UNIT_NAME("unitName", "Tên đơn vị", "Đơn vị"),
    PARENT_UNIT_CODE("parentUnitCode", "Mã đơn vị cấp trên", "Mã đơn vị cha", "Đơn vị cấp trên", "Mã cấp trên"),
    INDIVIDUAL_CODE("individualCode", "Mã cán bộ", "Mã CB", "Mã số cán bộ", "Mã nhân viên", "Mã NV", "Mã cá nhân",
            "Mã công chức", "Mã viên chức"),
    FULL_NAME("fullName", "Họ và tên", "Họ tên", "Tên cán bộ", "Họ và tên cán bộ"),
    POSITION("position", "Chức vụ", "Chức danh"),
    EMAIL("email", "Email", "E-mail", "Thư điện tử", "Địa chỉ email", "Địa chỉ thư điện tử"),
    /** Optional: a mark ("x", "có", "1", "yes", "true") says the person heads the unit of the row. */
    IS_HEAD("isHead", "Trưởng đơn vị", "Là trưởng đơn vị", "Thủ trưởng", "Thủ trưởng đơn vị");

    private final String header;
    private final String vietnamese;
    private final List<String> names;

    ImportColumn(String header, String vietnamese, String... synonyms) {
        this.header = header;
        this.vietnamese = vietnamese;
        this.names = Stream.concat(Stream.of(header, vietnamese), Arrays.stream(synonyms))
                .map(ImportColumn::normalise).toList();
    }

    /** The name in API.md, used in error reports whatever the file calls the column. */
    public String header() {
        return header;
    }

    /** The name in the Vietnamese template. */
    public String vietnameseHeader() {
        return vietnamese;
    }

    /**
     * What is left of a header to compare: no diacritics (đ → d), lower case, and no spaces or
     * punctuation, so "Mã đơn vị", "MA DON VI", "ma_don_vi" and "madonvi" are the same.
     */
    static String normalise(String name) {
        String decomposed = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String plain = Patterns.MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return Patterns.NOT_LETTER_OR_DIGIT.matcher(plain).replaceAll("");
    }

    /** Apart, because enum constants are made before the enum's own static fields. */
    private static final class Patterns {
        static final Pattern MARKS = Pattern.compile("\\p{M}+");
        static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
    }

    static Optional<ImportColumn> byHeader(String name) {
        String wanted = normalise(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.names.contains(wanted)).findFirst();
    }

    /** "unitCode, unitName, ..." for messages. */
    public static String allHeaders() {
        return Arrays.stream(values()).map(ImportColumn::header).collect(Collectors.joining(", "));
    }
}
