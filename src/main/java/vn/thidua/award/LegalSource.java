package vn.thidua.award;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a clause comes from: the document and, where known, its article, clause and point, as they are
 * written in Vietnamese ("Điều 27", "khoản 1", "điểm c"); {@code text} quotes or summarises it.
 * {@code organisationRule}: the organisation's own rule, not the law's.
 */
public record LegalSource(String document, String article, String clause, String point, String text,
                          boolean organisationRule) {

    /** "Điều 27 khoản 1 điểm c Luật Thi đua, khen thưởng 06/2022/QH15": the legal citation, the same in every language. */
    public String citation() {
        return Stream.of(article, clause, point, document).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.joining(" "));
    }
}
