package vn.thidua.award.record.api;

import vn.thidua.award.Rating;
import vn.thidua.award.SubjectRecord;
import vn.thidua.organisation.SubjectType;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /individuals/{id}/record} and {@code /units/{id}/record}. */
record RecordResponse(SubjectType subjectType, Long subjectId, String code, String name, LocalDate employedSince,
                      List<YearResponse> years) {

    static final String DESCRIPTION = "`{subjectType, subjectId, code, name, employedSince, years: [{year, rating, "
            + "ratingSource: CAMPAIGN|MANUAL|IMPORT, ratingCampaign, titles: [codes], awards: [{id, titleCode, "
            + "titleName, decisionNumber, decisionDate, source}], initiatives: [{id, title, level, year, "
            + "decisionNumber, decisionDate, authorIds}], disciplines: [{id, form, from, to, reason}]}]}`, years "
            + "descending; a year is listed when it has any fact; rating null when not known";

    record YearResponse(int year, Rating rating, String ratingSource, String ratingCampaign, List<String> titles,
                        List<AwardResponse> awards, List<SubjectRecord.Initiative> initiatives,
                        List<SubjectRecord.Discipline> disciplines) {
    }

    record AwardResponse(Long id, String titleCode, String titleName, String decisionNumber, LocalDate decisionDate,
                         String source) {
    }

    static RecordResponse from(SubjectRecord record) {
        return new RecordResponse(record.subject().type(), record.subject().id(), record.subject().code(),
                record.subject().name(), record.employedSince(), record.years().stream().map(y -> new YearResponse(
                        y.year(), y.rating(), y.ratingSource(), y.ratingCampaign(),
                        y.titles().stream().map(SubjectRecord.Award::titleCode).toList(),
                        y.titles().stream().map(a -> new AwardResponse(a.id(), a.titleCode(), a.titleName(),
                                a.decisionNumber(), a.decisionDate(), a.source().name())).toList(),
                        y.initiatives(), y.disciplines())).toList());
    }
}
