package vn.thidua.award.rules;

import vn.thidua.award.ClauseKind;
import vn.thidua.shared.InvalidInputException.FieldProblem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which parameters each clause kind takes, and their rules: every problem is named by its path, e.g.
 * {@code clauses[2].params.percent}, so an admin sees which clause and field to fix.
 */
public final class ClauseParams {

    public static final List<String> RATINGS = List.of("EXCELLENT", "GOOD", "PASS", "FAIL");
    public static final List<String> LEVELS = List.of("BASE", "MINISTRY", "NATIONAL");
    public static final List<String> COMPARISONS = List.of("MORE_THAN", "AT_LEAST");
    public static final List<String> DISCIPLINES = List.of("REPRIMAND", "WARNING", "DEMOTION", "DISMISSAL");
    public static final List<String> CAMPAIGN_KINDS = List.of("REGULAR", "THEMATIC");

    private static final Map<ClauseKind, Set<String>> NAMES = Map.ofEntries(
            Map.entry(ClauseKind.RATING_AT_LEAST, Set.of("atLeast", "years")),
            Map.entry(ClauseKind.CAMPAIGN_CLASSIFICATION_AT_LEAST, Set.of("atLeast", "campaignKind")),
            Map.entry(ClauseKind.TITLE_SAME_YEAR, Set.of("title")),
            Map.entry(ClauseKind.TITLE_CONSECUTIVE_YEARS, Set.of("title", "years")),
            Map.entry(ClauseKind.TITLE_TIMES_IN_YEARS, Set.of("title", "times", "years")),
            Map.entry(ClauseKind.TITLE_EVER, Set.of("title")),
            Map.entry(ClauseKind.INITIATIVES, Set.of("level", "count", "years")),
            Map.entry(ClauseKind.MEMBER_SHARE, Set.of("title", "rating", "comparison", "percent")),
            Map.entry(ClauseKind.NO_DISCIPLINE, Set.of("atLeast")),
            Map.entry(ClauseKind.EMPLOYED_MONTHS, Set.of("months")),
            Map.entry(ClauseKind.APPROVED_PLEDGE, Set.of("campaignKind")),
            Map.entry(ClauseKind.ANY_OF, Set.of("options")));

    /*
     * Sanity bounds of a parameter, not legal numbers (those are in the seeded rule data, V11): no rule
     * looks back over more than 50 years, counts more than 50 titles or initiatives, or asks for more
     * than 50 years' service (600 months).
     */
    private static final int MOST_YEARS = 50;
    private static final int MOST_TIMES = 50;
    private static final int MOST_MONTHS = 600;

    private ClauseParams() {
    }

    /** Adds a problem for each broken rule of {@code params} for {@code kind}; {@code path} is e.g. {@code clauses[0].params}. */
    public static void check(ClauseKind kind, Map<String, Object> params, String path, Predicate<String> knownTitle,
                             List<FieldProblem> problems, boolean nested) {
        Map<String, Object> p = params == null ? Map.of() : params;
        p.keySet().stream().filter(name -> !NAMES.get(kind).contains(name)).sorted().forEach(name ->
                problems.add(new FieldProblem(path + "." + name, "award.param.unknown", kind.name())));
        switch (kind) {
            case RATING_AT_LEAST -> {
                oneOf(p, "atLeast", RATINGS, true, path, problems);
                integer(p, "years", 1, MOST_YEARS, false, path, problems);
            }
            case CAMPAIGN_CLASSIFICATION_AT_LEAST -> {
                oneOf(p, "atLeast", RATINGS, true, path, problems);
                oneOf(p, "campaignKind", CAMPAIGN_KINDS, false, path, problems);
            }
            case TITLE_SAME_YEAR, TITLE_EVER -> title(p, "title", true, path, knownTitle, problems);
            case TITLE_CONSECUTIVE_YEARS -> {
                title(p, "title", true, path, knownTitle, problems);
                integer(p, "years", 1, MOST_YEARS, true, path, problems);
            }
            case TITLE_TIMES_IN_YEARS -> {
                title(p, "title", true, path, knownTitle, problems);
                boolean times = integer(p, "times", 1, MOST_TIMES, true, path, problems);
                boolean years = integer(p, "years", 1, MOST_YEARS, true, path, problems);
                if (times && years && ((Number) p.get("times")).intValue() > ((Number) p.get("years")).intValue()) {
                    problems.add(new FieldProblem(path + ".times", "award.param.timesAboveYears", p.get("years")));
                }
            }
            case INITIATIVES -> {
                oneOf(p, "level", LEVELS, true, path, problems);
                integer(p, "count", 1, MOST_TIMES, true, path, problems);
                integer(p, "years", 1, MOST_YEARS, true, path, problems);
            }
            case MEMBER_SHARE -> memberShare(p, path, knownTitle, problems);
            case NO_DISCIPLINE -> oneOf(p, "atLeast", DISCIPLINES, true, path, problems);
            case EMPLOYED_MONTHS -> integer(p, "months", 1, MOST_MONTHS, true, path, problems);
            case APPROVED_PLEDGE -> oneOf(p, "campaignKind", CAMPAIGN_KINDS, false, path, problems);
            case ANY_OF -> anyOf(p, path, knownTitle, problems, nested);
        }
    }

    private static void memberShare(Map<String, Object> p, String path, Predicate<String> knownTitle,
                                    List<FieldProblem> problems) {
        boolean hasTitle = p.get("title") != null;
        boolean hasRating = p.get("rating") != null;
        if (hasTitle == hasRating) {
            problems.add(new FieldProblem(path + ".title", "award.param.titleOrRating"));
        } else if (hasTitle) {
            title(p, "title", true, path, knownTitle, problems);
        } else {
            oneOf(p, "rating", RATINGS, true, path, problems);
        }
        boolean comparison = oneOf(p, "comparison", COMPARISONS, true, path, problems);
        Object percent = p.get("percent");
        if (percent == null) {
            problems.add(new FieldProblem(path + ".percent", "award.param.required"));
        } else if (!(percent instanceof Number n)) {
            problems.add(new FieldProblem(path + ".percent", "award.param.number"));
        } else if (comparison) {
            BigDecimal value = new BigDecimal(n.toString());
            boolean moreThan = "MORE_THAN".equals(p.get("comparison"));
            boolean ok = moreThan ? value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) < 0
                    : value.signum() > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
            if (!ok) {
                problems.add(new FieldProblem(path + ".percent",
                        moreThan ? "award.param.percent.moreThan" : "award.param.percent.atLeast"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void anyOf(Map<String, Object> p, String path, Predicate<String> knownTitle,
                              List<FieldProblem> problems, boolean nested) {
        String field = path + ".options";
        if (nested) {
            problems.add(new FieldProblem(field, "award.param.nested"));
            return;
        }
        if (!(p.get("options") instanceof List<?> options) || options.size() < 2
                || options.stream().anyMatch(o -> !(o instanceof List<?> l) || l.isEmpty())) {
            problems.add(new FieldProblem(field, "award.param.options"));
            return;
        }
        for (int i = 0; i < options.size(); i++) {
            List<?> clauses = (List<?>) options.get(i);
            for (int j = 0; j < clauses.size(); j++) {
                String at = field + "[" + i + "][" + j + "]";
                if (!(clauses.get(j) instanceof Map<?, ?> clause)) {
                    problems.add(new FieldProblem(at, "award.param.options"));
                    continue;
                }
                ClauseKind kind = kindOf(clause.get("kind"));
                if (kind == null) {
                    problems.add(new FieldProblem(at + ".kind", "award.param.oneOf", names(ClauseKind.values())));
                    continue;
                }
                Object params = clause.get("params");
                check(kind, params instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of(), at + ".params",
                        knownTitle, problems, true);
            }
        }
    }

    public static ClauseKind kindOf(Object value) {
        if (value instanceof String s) {
            for (ClauseKind k : ClauseKind.values()) {
                if (k.name().equals(s)) {
                    return k;
                }
            }
        }
        return null;
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", java.util.Arrays.stream(values).map(Enum::name).toList());
    }

    private static boolean oneOf(Map<String, Object> p, String name, List<String> allowed, boolean required,
                                 String path, List<FieldProblem> problems) {
        Object value = p.get(name);
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(path + "." + name, "award.param.required"));
            }
            return false;
        }
        if (!allowed.contains(value)) {
            problems.add(new FieldProblem(path + "." + name, "award.param.oneOf", String.join(", ", allowed)));
            return false;
        }
        return true;
    }

    private static boolean integer(Map<String, Object> p, String name, int min, int max, boolean required,
                                   String path, List<FieldProblem> problems) {
        Object value = p.get(name);
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(path + "." + name, "award.param.required"));
            }
            return false;
        }
        boolean whole = value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0;
        if (!whole || ((Number) value).longValue() < min || ((Number) value).longValue() > max) {
            problems.add(new FieldProblem(path + "." + name, "award.param.integer", min, max));
            return false;
        }
        return true;
    }

    private static void title(Map<String, Object> p, String name, boolean required, String path,
                              Predicate<String> knownTitle, List<FieldProblem> problems) {
        Object value = p.get(name);
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(path + "." + name, "award.param.required"));
            }
        } else if (!(value instanceof String code) || !knownTitle.test(code)) {
            problems.add(new FieldProblem(path + "." + name, "award.param.title", String.valueOf(value)));
        }
    }
}
