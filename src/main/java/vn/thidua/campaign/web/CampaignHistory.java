package vn.thidua.campaign.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.audit.AuditEvent;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CriterionService;
import vn.thidua.shared.Messages;
import vn.thidua.shared.OfficeTime;
import vn.thidua.shared.web.DecimalFormatter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;

/**
 * A campaign's audit trail as people read it: when (office time), who, what, and each changed
 * field as "old → new" with labels, dates and statuses in the reader's language.
 */
final class CampaignHistory {

    /** Vietnam's time: the office's clock, whatever the server's zone. */

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int LONG_TEXT = 300;

    private CampaignHistory() {
    }

    record Row(LocalDateTime at, String actor, String action, String subject, List<Change> changes, String reason) {
    }

    record Change(String field, String oldValue, String newValue) {
    }

    /** @param criterionCodes codes of the campaign's current criteria by id (deleted ones come from the event) */
    /** @param actorNames who acted, by username ({@link vn.thidua.audit.ActorNames}); others by their username */
    static List<Row> of(List<AuditEvent> events, Map<Long, String> criterionCodes, Map<Long, String> unitNames,
                        Map<String, String> actorNames, Messages messages, Locale locale) {
        Labels labels = new Labels(unitNames, messages, locale);
        List<Row> rows = new ArrayList<>();
        for (AuditEvent event : events) {
            boolean criterion = CriterionService.AUDIT_ENTITY.equals(event.getEntity());
            String prefix = criterion ? "criterion" : "campaign";
            JsonNode before = read(event.getOldValue());
            JsonNode after = read(event.getNewValue());
            String subject = null;
            if (criterion) {
                subject = criterionCodes.get(event.getEntityId());
                if (subject == null) {
                    subject = text(after.path("code"), text(before.path("code"), null));
                }
            }
            List<Change> changes = new ArrayList<>();
            if (!"CREATED".equals(event.getAction()) && !"DELETED".equals(event.getAction())) {
                Iterator<Entry<String, JsonNode>> fields = after.properties().iterator();
                while (fields.hasNext()) {
                    Entry<String, JsonNode> field = fields.next();
                    String name = field.getKey();
                    changes.add(new Change(capitalised(messages.get(prefix + ".field." + name), locale),
                            labels.value(prefix, name, before.path(name)),
                            labels.value(prefix, name, field.getValue())));
                }
            }
            String entity = CampaignService.AUDIT_ENTITY.equals(event.getEntity()) || criterion
                    ? event.getEntity() : "OTHER";
            String action = messages.get("campaign.history.action." + entity + "." + event.getAction());
            if (action.startsWith("campaign.history.action.")) {
                action = event.getEntity() + " " + event.getAction();
            }
            rows.add(new Row(LocalDateTime.ofInstant(event.getAt(), OfficeTime.ZONE),
                    actorNames.getOrDefault(event.getActor(), event.getActor()), action, subject,
                    changes, event.getReason()));
        }
        return rows;
    }

    /** Field names are written to fit in sentences ("hạn đăng ký thi đua"); a list item starts upper-case. */
    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static JsonNode read(String json) {
        if (json == null || json.isBlank() || !json.strip().startsWith("{")) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(json);
        } catch (RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    private static String text(JsonNode node, String fallback) {
        return node == null || node.isMissingNode() || node.isNull() ? fallback : node.asString();
    }

    private record Labels(Map<Long, String> unitNames, Messages messages, Locale locale) {

        String value(String prefix, String field, JsonNode node) {
            if (node == null || node.isMissingNode() || node.isNull()) {
                return messages.get("common.none");
            }
            if (node.isArray()) {
                List<String> items = new ArrayList<>();
                node.forEach(item -> items.add("participatingUnitIds".equals(field)
                        ? unitNames.getOrDefault(item.asLong(), item.asString()) : item.asString()));
                if (items.isEmpty()) {
                    return messages.get("participatingUnitIds".equals(field) ? "campaign.units.all" : "common.none");
                }
                return String.join(", ", items);
            }
            if (node.isNumber()) {
                return new DecimalFormatter().print(new BigDecimal(node.asString()), locale);
            }
            String text = node.asString();
            if ("status".equals(field) || "kind".equals(field) || "appliesTo".equals(field)) {
                return messages.get(prefix + "." + field + "." + text);
            }
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                try {
                    return LocalDate.parse(text).format(DATE);
                } catch (DateTimeParseException e) {
                    return text;
                }
            }
            return text.length() > LONG_TEXT ? text.substring(0, LONG_TEXT) + "…" : text;
        }
    }
}
