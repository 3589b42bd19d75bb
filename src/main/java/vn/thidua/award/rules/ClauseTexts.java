package vn.thidua.award.rules;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.award.ClauseKind;
import vn.thidua.award.RuleClause;
import vn.thidua.campaign.Title;
import vn.thidua.campaign.TitleRepository;
import vn.thidua.shared.Messages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a clause requires, as a sentence in the reader's language ("Ít nhất 70% thành viên đạt Lao
 * động tiên tiến"), from its kind and parameters: the rules page and the API's {@code text}.
 */
@Component
public class ClauseTexts {

    private final Messages messages;
    private final TitleRepository titles;

    ClauseTexts(Messages messages, TitleRepository titles) {
        this.messages = messages;
        this.titles = titles;
    }

    public String text(RuleClause clause) {
        return text(clause.kind(), clause.params());
    }

    @SuppressWarnings("unchecked")
    public String text(ClauseKind kind, Map<String, Object> p) {
        return switch (kind) {
            case RATING_AT_LEAST -> years(p) > 1
                    ? messages.get("award.clause.RATING_AT_LEAST.years", rating(p.get("atLeast")), years(p))
                    : messages.get("award.clause.RATING_AT_LEAST", rating(p.get("atLeast")));
            case CAMPAIGN_CLASSIFICATION_AT_LEAST -> p.get("campaignKind") == null
                    ? messages.get("award.clause.CAMPAIGN_CLASSIFICATION_AT_LEAST", rating(p.get("atLeast")))
                    : messages.get("award.clause.CAMPAIGN_CLASSIFICATION_AT_LEAST.kind", rating(p.get("atLeast")),
                    messages.get("award.campaignKind." + p.get("campaignKind")));
            case TITLE_SAME_YEAR -> messages.get("award.clause.TITLE_SAME_YEAR", title(p));
            case TITLE_CONSECUTIVE_YEARS -> messages.get("award.clause.TITLE_CONSECUTIVE_YEARS", title(p), years(p));
            case TITLE_TIMES_IN_YEARS -> messages.get("award.clause.TITLE_TIMES_IN_YEARS", title(p),
                    number(p.get("times")), years(p));
            case TITLE_EVER -> messages.get("award.clause.TITLE_EVER", title(p));
            case INITIATIVES -> messages.get(years(p) > 1 ? "award.clause.INITIATIVES.years" : "award.clause.INITIATIVES",
                    number(p.get("count")), messages.get("award.level." + p.get("level")), years(p));
            case MEMBER_SHARE -> memberShare(p);
            case NO_DISCIPLINE -> messages.get("award.clause.NO_DISCIPLINE",
                    messages.get("award.discipline." + p.get("atLeast")));
            case EMPLOYED_MONTHS -> messages.get("award.clause.EMPLOYED_MONTHS", number(p.get("months")));
            case APPROVED_PLEDGE -> p.get("campaignKind") == null ? messages.get("award.clause.APPROVED_PLEDGE")
                    : messages.get("award.clause.APPROVED_PLEDGE.kind",
                    messages.get("award.campaignKind." + p.get("campaignKind")));
            case ANY_OF -> {
                List<List<Map<String, Object>>> options = (List<List<Map<String, Object>>>) p.get("options");
                String and = " " + messages.get("award.clause.and") + " ";
                String or = "; " + messages.get("award.clause.or") + " ";
                String joined = options.stream()
                        .map(option -> option.stream().map(c -> lowerFirst(text(ClauseKind.valueOf((String) c.get("kind")),
                                (Map<String, Object>) c.get("params")))).collect(Collectors.joining(and)))
                        .collect(Collectors.joining(or));
                yield messages.get("award.clause.ANY_OF", joined);
            }
        };
    }

    private String memberShare(Map<String, Object> p) {
        String what = p.get("title") != null ? messages.get("award.member.title", title(p))
                : messages.get("award.member.rating", rating(p.get("rating")));
        BigDecimal percent = new BigDecimal(String.valueOf(p.get("percent")));
        boolean moreThan = "MORE_THAN".equals(p.get("comparison"));
        if (moreThan && percent.signum() == 0) {
            return messages.get("award.clause.MEMBER_SHARE.any", what);
        }
        if (!moreThan && percent.compareTo(BigDecimal.valueOf(100)) == 0) {
            return messages.get("award.clause.MEMBER_SHARE.all", what);
        }
        return messages.get("award.clause.MEMBER_SHARE." + p.get("comparison"), number(percent), what);
    }

    private String rating(Object code) {
        String name = messages.get("evaluation.classification." + code);
        return "EXCELLENT".equals(code) ? name : messages.get("award.rating.orBetter", name);
    }

    private String title(Map<String, Object> p) {
        String code = String.valueOf(p.get("title"));
        return titles.findById(code).map(t -> t.displayName(LocaleContextHolder.getLocale())).orElse(code);
    }

    private static int years(Map<String, Object> p) {
        return p.get("years") instanceof Number n ? n.intValue() : 1;
    }

    private static String number(Object value) {
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(2);
        return value instanceof Number n ? format.format(new BigDecimal(n.toString())) : String.valueOf(value);
    }

    private String lowerFirst(String text) {
        // "Xếp loại …" inside a sentence; a title's name keeps its capitals because it is never first
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The names of the titles, for the pages' pickers. */
    public List<Title> catalogue() {
        return titles.findAllByOrderByPositionAsc();
    }
}
