package vn.thidua.award;

import vn.thidua.organisation.Subject;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's or unit's record (hồ sơ thi đua): every year with a fact, latest first. {@code employedSince}
 * is null for a unit and for a person whose start date is not known.
 */
public record SubjectRecord(Subject subject, LocalDate employedSince, List<Year> years) {

    /**
     * One year: its rating and where it comes from ({@code CAMPAIGN}: the classification of the year's
     * closed regular campaign; {@code MANUAL}/{@code IMPORT}: entered), titles, initiatives, disciplines.
     */
    public record Year(int year, Rating rating, String ratingSource, String ratingCampaign, List<Award> titles,
                       List<Initiative> initiatives, List<Discipline> disciplines) {
    }

    public record Award(Long id, String titleCode, String titleName, String titleNameEn, String decisionNumber,
                        LocalDate decisionDate, AwardSource source) {
    }

    public record Initiative(Long id, String title, InitiativeLevel level, int year, String decisionNumber,
                             LocalDate decisionDate, List<Long> authorIds) {
    }

    /** {@code to} null: not ended. */
    public record Discipline(Long id, DisciplineForm form, LocalDate from, LocalDate to, String reason) {
    }
}
