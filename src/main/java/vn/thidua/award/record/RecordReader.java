package vn.thidua.award.record;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.award.AwardSource;
import vn.thidua.award.DisciplineForm;
import vn.thidua.award.InitiativeLevel;
import vn.thidua.award.Rating;
import vn.thidua.award.SubjectRecord;
import vn.thidua.award.record.CampaignYearRatings.CampaignRating;
import vn.thidua.organisation.Subject;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.OfficeTime;

import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads one subject's facts in a few statements (one per kind of fact) and lays them out by year. A
 * discipline shows in every year it runs in (to this year while it has no end).
 */
final class RecordReader {

    private final JdbcClient jdbc;
    private final CampaignYearRatings campaignRatings;

    RecordReader(JdbcClient jdbc, CampaignYearRatings campaignRatings) {
        this.jdbc = jdbc;
        this.campaignRatings = campaignRatings;
    }

    private record Entered(int year, Rating rating, String source) {
    }

    private record AwardRow(int year, SubjectRecord.Award award) {
    }


    SubjectRecord read(Subject subject) {
        SubjectType type = subject.type();
        Long id = subject.id();
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());

        Map<Integer, CampaignRating> fromCampaigns = campaignRatings.of(type, id);
        Map<Integer, Entered> entered = new HashMap<>();
        jdbc.sql("select year, rating, source from year_rating where subject_type = :type and subject_id = :id")
                .param("type", type.name()).param("id", id)
                .query((rs, n) -> new Entered(rs.getInt(1), Rating.valueOf(rs.getString(2)), rs.getString(3)))
                .list().forEach(e -> entered.put(e.year(), e));

        List<AwardRow> awards = jdbc.sql("""
                        select a.year, a.id, a.title_code, t.name, t.name_en, a.decision_number, a.decision_date, a.source
                        from title_award a join title t on t.code = a.title_code
                        where a.subject_type = :type and a.subject_id = :id order by a.year desc, t.position, a.title_code""")
                .param("type", type.name()).param("id", id)
                .query((rs, n) -> new AwardRow(rs.getInt(1), new SubjectRecord.Award(rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        AwardSource.valueOf(rs.getString(8)))))
                .list();

        List<SubjectRecord.Initiative> initiatives = List.of();
        List<SubjectRecord.Discipline> disciplines = List.of();
        LocalDate employedSince = null;
        if (type == SubjectType.INDIVIDUAL) {
            initiatives = jdbc.sql("""
                            select i.id, i.title, i.level, i.year, i.decision_number, i.decision_date,
                                   array(select a.individual_id from initiative_author a
                                         where a.initiative_id = i.id order by a.individual_id)
                            from initiative i
                            where exists (select 1 from initiative_author a
                                          where a.initiative_id = i.id and a.individual_id = :id)
                            order by i.year desc, i.id""")
                    .param("id", id)
                    .query((rs, n) -> new SubjectRecord.Initiative(rs.getLong(1), rs.getString(2),
                            InitiativeLevel.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5),
                            rs.getObject(6, LocalDate.class), ids(rs.getArray(7))))
                    .list();
            disciplines = jdbc.sql("""
                            select id, form, from_date, to_date, reason from discipline
                            where individual_id = :id order by from_date desc, id""")
                    .param("id", id)
                    .query((rs, n) -> new SubjectRecord.Discipline(rs.getLong(1), DisciplineForm.valueOf(rs.getString(2)),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5)))
                    .list();
            employedSince = jdbc.sql("select employed_since from individual where id = :id").param("id", id)
                    .query((rs, n) -> rs.getObject(1, LocalDate.class)).optional().orElse(null);
        }

        years.addAll(fromCampaigns.keySet());
        years.addAll(entered.keySet());
        awards.forEach(a -> years.add(a.year()));
        initiatives.forEach(i -> years.add(i.year()));
        int thisYear = OfficeTime.today().getYear();
        for (SubjectRecord.Discipline d : disciplines) {
            int last = d.to() == null ? Math.max(thisYear, d.from().getYear()) : d.to().getYear();
            for (int y = d.from().getYear(); y <= last; y++) {
                years.add(y);
            }
        }

        List<SubjectRecord.Year> result = new ArrayList<>();
        for (int year : years) {
            CampaignRating campaign = fromCampaigns.get(year);
            Entered manual = entered.get(year);
            Rating rating = campaign != null ? campaign.rating() : manual != null ? manual.rating() : null;
            String source = campaign != null ? "CAMPAIGN" : manual != null ? manual.source() : null;
            List<SubjectRecord.Discipline> running = disciplines.stream()
                    .filter(d -> d.from().getYear() <= year && (d.to() == null || d.to().getYear() >= year))
                    .toList();
            result.add(new SubjectRecord.Year(year, rating, source, campaign == null ? null : campaign.campaignCode(),
                    awards.stream().filter(a -> a.year() == year).map(AwardRow::award).toList(),
                    initiatives.stream().filter(i -> i.year() == year).toList(), running));
        }
        return new SubjectRecord(subject, employedSince, List.copyOf(result));
    }

    private static List<Long> ids(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).toList();
    }
}
