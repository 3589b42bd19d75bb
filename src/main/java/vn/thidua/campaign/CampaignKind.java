package vn.thidua.campaign;

/** Thường xuyên (e.g. yearly) or theo chuyên đề, theo đợt (a themed drive of a few weeks). */
public enum CampaignKind {
    REGULAR, THEMATIC
}
