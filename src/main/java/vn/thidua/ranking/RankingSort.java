package vn.thidua.ranking;

import vn.thidua.shared.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The orders a ranking may be listed in. A request names one of these keys ({@code name} or
 * {@code name,desc}); the SQL comes from here, never from the request, so a sort parameter cannot
 * inject anything.
 */
public enum RankingSort {
    RANK("rank", "s.position", "s.position desc"),
    UNIT_RANK("unitRank", "s.unit_rank, s.position", "s.unit_rank desc, s.position desc"),
    TOTAL("total", "s.total, s.name, s.subject_id", "s.position"),
    NAME("name", "s.name, s.subject_id", "s.name desc, s.subject_id desc"),
    CODE("code", "s.code", "s.code desc"),
    UNIT("unit", "s.unit_name, s.unit_id, s.position", "s.unit_name desc, s.unit_id desc, s.position");

    private final String key;
    private final String ascending;
    private final String descending;

    RankingSort(String key, String ascending, String descending) {
        this.key = key;
        this.ascending = ascending;
        this.descending = descending;
    }

    public String key() {
        return key;
    }

    /** An order and its direction, e.g. {@code total,desc}. */
    public record Order(RankingSort column, boolean descending) {

        public static final Order DEFAULT = new Order(RANK, false);

        String sql() {
            return descending ? column.descending : column.ascending;
        }

        /** The request's form of this order, e.g. {@code name,desc}. */
        public String param() {
            return column.key + (descending ? ",desc" : "");
        }

        /** Parses {@code key} or {@code key,asc|desc}; anything else is refused, naming the allowed keys. */
        public static Order parse(String value) {
            if (value == null || value.isBlank()) {
                return DEFAULT;
            }
            String[] parts = value.trim().split(",", -1);
            RankingSort column = Arrays.stream(values()).filter(s -> s.key.equals(parts[0].trim())).findFirst()
                    .orElse(null);
            boolean valid = column != null && parts.length <= 2;
            String direction = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
            if (!valid || !(direction.equals("asc") || direction.equals("desc"))) {
                throw new InvalidInputException("sort", "ranking.sort.invalid", allowed());
            }
            return new Order(column, direction.equals("desc"));
        }

        private static String allowed() {
            return Arrays.stream(values()).map(RankingSort::key).collect(Collectors.joining(", "));
        }
    }
}
