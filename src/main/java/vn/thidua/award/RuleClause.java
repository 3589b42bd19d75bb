package vn.thidua.award;

import java.util.Map;

/** One clause of a rule version: its code within the version, its kind, its parameters and its legal source. */
public record RuleClause(String code, ClauseKind kind, Map<String, Object> params, LegalSource source) {
}
