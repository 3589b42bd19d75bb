package vn.thidua.award.record;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The columns of a title-award import (API.md), by their English name or a Vietnamese one, compared
 * without diacritics, case, spaces or punctuation: "Mã danh hiệu", "MA DANH HIEU", "ma_danh_hieu".
 */
enum AwardImportColumn {
    SUBJECT_TYPE("subjectType", "Loại đối tượng", "Đối tượng"),
    SUBJECT_CODE("subjectCode", "Mã", "Mã đối tượng", "Mã cán bộ", "Mã đơn vị"),
    TITLE_CODE("titleCode", "Mã danh hiệu", "Danh hiệu"),
    YEAR("year", "Năm"),
    DECISION_NUMBER("decisionNumber", "Số quyết định", "Số QĐ"),
    DECISION_DATE("decisionDate", "Ngày quyết định", "Ngày QĐ");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    private final String header;
    private final String vietnamese;
    private final List<String> names;

    AwardImportColumn(String header, String vietnamese, String... synonyms) {
        this.header = header;
        this.vietnamese = vietnamese;
        this.names = Stream.concat(Stream.of(header, vietnamese), Arrays.stream(synonyms)).toList();
    }

    String header() {
        return header;
    }

    String vietnameseHeader() {
        return vietnamese;
    }

    /** No diacritics (đ → d), lower case, letters and digits only. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(plain).replaceAll("");
    }

    static Optional<AwardImportColumn> byHeader(String name) {
        String wanted = normalise(name);
        return Arrays.stream(values()).filter(c -> c.names.stream().map(AwardImportColumn::normalise)
                .anyMatch(wanted::equals)).findFirst();
    }
}
