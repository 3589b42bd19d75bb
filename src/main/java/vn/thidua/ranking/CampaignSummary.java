package vn.thidua.ranking;

import vn.thidua.campaign.Campaign;
import vn.thidua.organisation.SubjectType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The counts the board reads about a campaign (sơ kết / tổng kết): for individuals and for units,
 * how many take part, their pledges and evaluations by status, the ranked ones by classification,
 * and, per unit, the progress of its people. Status {@value #NONE} counts subjects with no pledge or
 * no evaluation yet. Live until the campaign closes, from the snapshot afterwards.
 */
public record CampaignSummary(Campaign campaign, boolean frozen, Map<SubjectType, Counts> counts,
                              List<UnitProgress> units) {

    public static final String NONE = "NONE";

    public Counts individuals() {
        return counts.get(SubjectType.INDIVIDUAL);
    }

    public Counts collectives() {
        return counts.get(SubjectType.COLLECTIVE);
    }

    /** One subject type: participants, pledges and evaluations by status, ranked ones by classification. */
    public record Counts(long participants, Map<String, Long> pledges, Map<String, Long> evaluations,
                         Map<String, Long> classifications) {

        public long ranked() {
            return classifications.values().stream().mapToLong(Long::longValue).sum();
        }

        public long notRanked() {
            return participants - ranked();
        }

        public long finalised() {
            return evaluations.getOrDefault("FINALISED", 0L);
        }

        /** Registered: a pledge submitted or approved (a draft or a returned pledge is not registered). */
        public long registered() {
            return pledges.getOrDefault("SUBMITTED", 0L) + pledges.getOrDefault("APPROVED", 0L);
        }

        /** Pledges begun but not sent yet. */
        public long drafts() {
            return pledges.getOrDefault("DRAFT", 0L);
        }
    }

    /** The progress of one unit's own people (not those of its sub-units). */
    public record UnitProgress(Long unitId, String code, String name, long people, long noPledge, long draft,
                               long submitted, long approved, long returned, long notAssessed, long selfAssessed,
                               long reviewed, long finalised, BigDecimal averageTotal) {

        /** Registered: a pledge submitted or approved (drafts and returned pledges are not). */
        public long registered() {
            return submitted + approved;
        }

        public long ranked() {
            return reviewed + finalised;
        }

        public long notScored() {
            return people - ranked();
        }

        /**
         * Whether enough of the unit's people are scored for its average to say something: at least
         * {@code minCoverage} (0..1) of them. A unit with 1 of 4 people scored is not compared by average.
         */
        public boolean covered(BigDecimal minCoverage) {
            return people > 0 && BigDecimal.valueOf(ranked()).compareTo(minCoverage.multiply(BigDecimal.valueOf(people))) >= 0;
        }

        /** People still without a submitted or approved pledge. */
        public long pledgesMissing() {
            return noPledge + draft + returned;
        }

        /** People without a submitted or approved pledge once the registration deadline has passed; else 0. */
        public long latePledges(Campaign campaign, LocalDate today) {
            boolean over = campaign.getRegistrationDeadline() != null && today.isAfter(campaign.getRegistrationDeadline());
            return over ? pledgesMissing() : 0;
        }

        /** People not scored once the campaign's end date has passed; else 0. */
        public long lateScoring(Campaign campaign, LocalDate today) {
            return today.isAfter(campaign.getEndDate()) ? notScored() : 0;
        }

        /** Late by the campaign's dates: pledges or scores missing after their date. */
        public boolean overdue(Campaign campaign, LocalDate today) {
            return latePledges(campaign, today) > 0 || lateScoring(campaign, today) > 0;
        }

        static BigDecimal average(BigDecimal value) {
            return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
        }
    }
}
