package vn.thidua.evaluation.web;

import vn.thidua.evaluation.EvaluationTrail;
import vn.thidua.shared.Messages;
import vn.thidua.shared.OfficeTime;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An evaluation's audit trail as people read it: office time, who, what, old → new, why. */
record EvaluationHistory(LocalDateTime at, String actor, String action, String oldValue, String newValue,
                         String reason) {


    /** @param actorNames who acted, by username ({@link vn.thidua.audit.ActorNames}); others by their username */
    static List<EvaluationHistory> of(List<EvaluationTrail.Entry> entries, Map<String, String> actorNames,
                                      Messages messages, Locale locale) {
        return entries.stream().map(e -> {
            String oldValue = value(e.action(), e.oldValue(), messages, locale);
            String newValue = value(e.action(), e.newValue(), messages, locale);
            return new EvaluationHistory(LocalDateTime.ofInstant(e.at(), OfficeTime.ZONE),
                    actorNames.getOrDefault(e.actor(), e.actor()),
                    messages.get("evaluation.history.action." + e.action()), oldValue,
                    withoutRepeatedCriterion(oldValue, newValue), e.reason());
        }).toList();
    }

    /** "C3: 12,00 → C3: 14,50" reads as "C3: 12,00 → 14,50". */
    private static String withoutRepeatedCriterion(String oldValue, String newValue) {
        if (oldValue == null || newValue == null) {
            return newValue;
        }
        int colon = oldValue.indexOf(": ");
        return colon > 0 && newValue.startsWith(oldValue.substring(0, colon + 2))
                ? newValue.substring(colon + 2) : newValue;
    }

    /** Statuses in words, points with the reader's decimal mark ("C3: 12,50"). */
    private static String value(String action, String value, Messages messages, Locale locale) {
        if (value == null) {
            return null;
        }
        if (action.equals("SUBMITTED") || action.equals("FINALISED") || action.equals("REOPENED")
                || action.equals("STATUS_CHANGED")) {
            return messages.get("evaluation.status." + value);
        }
        if (action.endsWith("_SCORED") && "vi".equals(locale.getLanguage())) {
            int colon = value.indexOf(": ");
            if (colon > 0) {
                String rest = value.substring(colon + 2);
                int bar = rest.indexOf(" | ");
                String points = bar < 0 ? rest : rest.substring(0, bar);
                return value.substring(0, colon + 2) + points.replace('.', ',') + (bar < 0 ? "" : rest.substring(bar));
            }
        }
        return value;
    }
}
