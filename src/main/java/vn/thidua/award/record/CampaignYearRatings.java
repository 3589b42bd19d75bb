package vn.thidua.award.record;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.award.Rating;
import vn.thidua.organisation.SubjectType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The year rating a REGULAR campaign gives (DESIGN §5): its classification of the subject in the
 * frozen ranking of the campaign once it is CLOSED. The campaign's year is the year it ends in.
 * Classification and rating share their names (EXCELLENT, GOOD, PASS, FAIL).
 */
@Component
class CampaignYearRatings {

    record CampaignRating(int year, String campaignCode, String campaignName, Rating rating) {
    }

    private static final String SQL = """
            select extract(year from c.end_date)::int as year, c.code as campaign_code, c.name as campaign_name,
                   s.classification as rating
            from ranking_snapshot s join campaign c on c.id = s.campaign_id
            where c.kind = 'REGULAR' and c.status = 'CLOSED' and s.classification is not null
              and s.subject_type = :type and s.subject_id = :id %s
            order by c.end_date, c.id""";

    private final JdbcClient jdbc;

    CampaignYearRatings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CampaignRating> of(SubjectType type, Long subjectId, int year) {
        return Optional.ofNullable(bySubject(type, subjectId, year).get(year));
    }

    /** By year; when two regular campaigns end in one year, the later one counts. */
    Map<Integer, CampaignRating> of(SubjectType type, Long subjectId) {
        return bySubject(type, subjectId, null);
    }

    private Map<Integer, CampaignRating> bySubject(SubjectType type, Long subjectId, Integer year) {
        Map<Integer, CampaignRating> byYear = new LinkedHashMap<>();
        var statement = jdbc.sql(SQL.formatted(year == null ? "" : "and extract(year from c.end_date) = :year"))
                .param("type", type.name()).param("id", subjectId);
        if (year != null) {
            statement = statement.param("year", year);
        }
        statement.query(CampaignRating.class).list().forEach(r -> byYear.put(r.year(), r));
        return byYear;
    }
}
