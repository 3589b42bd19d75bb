package vn.thidua.award;

/**
 * What a clause of a title's rules asks for (DESIGN §5). Its numbers and codes are the clause's
 * {@code params}, never Java constants; {@link vn.thidua.award.rules.ClauseParams} says which each kind takes.
 */
public enum ClauseKind {
    /** The year rating is at least {@code atLeast}, in this year and the {@code years} − 1 before it (default 1). */
    RATING_AT_LEAST,
    /** The classification in the campaign itself (of {@code campaignKind}, optional) is at least {@code atLeast}. */
    CAMPAIGN_CLASSIFICATION_AT_LEAST,
    /** {@code title} awarded in the same year. */
    TITLE_SAME_YEAR,
    /** {@code title} awarded in this year and the {@code years} − 1 before it. */
    TITLE_CONSECUTIVE_YEARS,
    /** {@code title} awarded at least {@code times} times in the last {@code years} years. */
    TITLE_TIMES_IN_YEARS,
    /** {@code title} awarded in any earlier year. */
    TITLE_EVER,
    /** At least {@code count} initiatives or research works of level {@code level} or above in the last {@code years} years. */
    INITIATIVES,
    /** A collective's members: {@code title} awarded or {@code rating} at least, for MORE_THAN or AT_LEAST {@code percent}%. */
    MEMBER_SHARE,
    /** No discipline of form {@code atLeast} or heavier in the year. */
    NO_DISCIPLINE,
    /** Employed at least {@code months} months by the year's end. */
    EMPLOYED_MONTHS,
    /** An approved pledge in the year's campaign (of {@code campaignKind}, optional): an organisation rule. */
    APPROVED_PLEDGE,
    /** One of {@code options}, each a list of clauses ({@code kind}, {@code params}) that must all hold. */
    ANY_OF
}
