package vn.thidua.ranking;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.EvaluationFixtures;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.Unit;
import vn.thidua.security.Role;
import vn.thidua.support.Fixtures;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A campaign whose ranking was worked out by hand (criteria of {@link EvaluationFixtures#campaign}:
 * C1 STANDARD 60, C2 STANDARD 40, B1 BONUS 5, P1 PENALTY 10 for people; T1 STANDARD 100, B1, P1 for
 * units; default thresholds 90 / 70 / 50). Vụ X (head An) ⊃ Phòng X1 (head Lan); Vụ Y (head Ánh).
 * Review points C1/C2/B1/P1:
 *
 * <pre>
 * pos rank unit  name            C1     C2     B1    P1   total  class      unit rank
 *  1    1  X     Nguyễn Văn An   55     35     3     0    93.00 EXCELLENT  1  (finalised)
 *  2    2  X1    Ngô Thị Lan     50     37     3     0    90.00 EXCELLENT  1  (excellent threshold exactly)
 *  3    3  Y     Âu Thị Ánh      50     30     5     2    83.00 GOOD       1  (tie: Â before B in Vietnamese)
 *  4    3  X1    Bùi Văn Cường   48     32     5     2    83.00 GOOD       2
 *  5    5  Y     Kiều Văn Phong  41.50  27.75  2.75  2    70.00 GOOD       2  (good threshold exactly)
 *  6    6  Y     Đỗ Văn Khánh    45     20     -     -    65.00 PASS       3  (tie within Y: Đ before T)
 *  7    6  Y     Trần Thị Hoa    40     30     0     5    65.00 PASS       3
 *  8    8  Y     Mai Thị Oanh    30.50  22.25  0.75  3.50 50.00 PASS       5  (pass threshold exactly)
 *  9    9  X     Lê Văn Dũng     45     -      -     -    45.00 FAIL       2  (incomplete)
 * 10   10  Y     Vũ Văn Hải       5     0      0     10   -5.00 FAIL       6
 *  -    -  X     Phạm Văn Em     self-assessed only: not ranked
 *  -    -  X     Hoàng Thị Giang  no evaluation: not ranked
 * </pre>
 * Classes: EXCELLENT 2, GOOD 3, PASS 3, FAIL 2 (of 10 ranked: 20 %, 30 %, 30 %, 20 %). By name:
 * Âu Thị Ánh, Bùi Văn Cường, Đỗ Văn Khánh, Kiều Văn Phong, Lê Văn Dũng, Mai Thị Oanh, Ngô Thị Lan,
 * Nguyễn Văn An, Trần Thị Hoa, Vũ Văn Hải.
 * <p>Units (T1/B1/P1): X1 90 → 90.00 EXCELLENT rank 1; X 80+5 → 85.00 GOOD rank 2; Y 85 → 85.00 GOOD
 * rank 2 (X before Y by name). Members: X 6 (4 scored), X1 2 (2), Y 6 (6). Average total of a unit's
 * own people: X1 (90 + 83) / 2 = 86.50; X (93 + 45) / 2 = 69.00; Y (83 + 70 + 65 + 65 + 50 − 5) / 6 =
 * 328 / 6 = 54.67. Taking part: 12 people (X 4, X1 2, Y 6), 10 of them ranked.
 */
@Component
public class RankingFixtures {

    private final Fixtures fixtures;
    private final EvaluationFixtures evaluations;
    private final JdbcClient jdbc;

    RankingFixtures(Fixtures fixtures, EvaluationFixtures evaluations, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.evaluations = evaluations;
        this.jdbc = jdbc;
    }

    public record Ranked(Campaign campaign, Unit x, Unit x1, Unit y, Map<String, Individual> people, String board,
                  String admin, String headX, String headX1, String headY, String staffEm, String outsider) {

        public Individual person(String name) {
            return people.get(name);
        }
    }

    public Ranked ranked(CampaignStatus status) {
        Unit x = fixtures.unit("Vụ X " + Fixtures.unique(""));
        Unit x1 = fixtures.unit("Phòng X1 " + Fixtures.unique(""), x.getId());
        Unit y = fixtures.unit("Vụ Y " + Fixtures.unique(""));
        Map<String, Individual> people = new LinkedHashMap<>();
        for (String name : new String[] {"Nguyễn Văn An", "Lê Văn Dũng", "Phạm Văn Em", "Hoàng Thị Giang"}) {
            people.put(name, fixtures.individual(x.getId(), name));
        }
        for (String name : new String[] {"Ngô Thị Lan", "Bùi Văn Cường"}) {
            people.put(name, fixtures.individual(x1.getId(), name));
        }
        for (String name : new String[] {"Âu Thị Ánh", "Kiều Văn Phong", "Đỗ Văn Khánh", "Trần Thị Hoa", "Mai Thị Oanh",
                "Vũ Văn Hải"}) {
            people.put(name, fixtures.individual(y.getId(), name));
        }
        fixtures.head(x, people.get("Nguyễn Văn An"));
        fixtures.head(x1, people.get("Ngô Thị Lan"));
        fixtures.head(y, people.get("Âu Thị Ánh"));
        Unit elsewhere = fixtures.unit("Vụ Z " + Fixtures.unique(""));
        Individual outsider = fixtures.individual(elsewhere.getId(), "Đinh Văn Ngoài");
        fixtures.head(elsewhere, outsider);

        Campaign campaign = evaluations.campaign(CampaignStatus.SCORING, x.getId(), y.getId());
        Map<String, Long> c = evaluations.criteria(campaign);
        review(campaign, "INDIVIDUAL", people.get("Nguyễn Văn An").getId(), "FINALISED", c, "C1", "55", "C2", "35", "B1", "3", "P1", "0");
        review(campaign, "INDIVIDUAL", people.get("Ngô Thị Lan").getId(), "REVIEWED", c, "C1", "50", "C2", "37", "B1", "3", "P1", "0");
        review(campaign, "INDIVIDUAL", people.get("Âu Thị Ánh").getId(), "REVIEWED", c, "C1", "50", "C2", "30", "B1", "5", "P1", "2");
        review(campaign, "INDIVIDUAL", people.get("Bùi Văn Cường").getId(), "REVIEWED", c, "C1", "48", "C2", "32", "B1", "5", "P1", "2");
        review(campaign, "INDIVIDUAL", people.get("Kiều Văn Phong").getId(), "REVIEWED", c, "C1", "41.50", "C2", "27.75", "B1", "2.75", "P1", "2");
        review(campaign, "INDIVIDUAL", people.get("Đỗ Văn Khánh").getId(), "REVIEWED", c, "C1", "45", "C2", "20");
        review(campaign, "INDIVIDUAL", people.get("Trần Thị Hoa").getId(), "REVIEWED", c, "C1", "40", "C2", "30", "B1", "0", "P1", "5");
        review(campaign, "INDIVIDUAL", people.get("Mai Thị Oanh").getId(), "REVIEWED", c, "C1", "30.50", "C2", "22.25", "B1", "0.75", "P1", "3.50");
        review(campaign, "INDIVIDUAL", people.get("Lê Văn Dũng").getId(), "REVIEWED", c, "C1", "45");
        review(campaign, "INDIVIDUAL", people.get("Vũ Văn Hải").getId(), "REVIEWED", c, "C1", "5", "C2", "0", "B1", "0", "P1", "10");
        selfOnly(campaign, people.get("Phạm Văn Em").getId(), c.get("C1"));
        review(campaign, "COLLECTIVE", x1.getId(), "REVIEWED", c, "T1", "90");
        review(campaign, "COLLECTIVE", x.getId(), "FINALISED", c, "T1", "80", "B1", "5", "P1", "0");
        review(campaign, "COLLECTIVE", y.getId(), "REVIEWED", c, "T1", "85");
        if (status != CampaignStatus.SCORING) {
            campaign = evaluations.advance(campaign, status);
        }
        return new Ranked(campaign, x, x1, y, people, fixtures.board(), fixtures.admin(),
                fixtures.account(people.get("Nguyễn Văn An").getId(), Role.STAFF),
                fixtures.account(people.get("Ngô Thị Lan").getId(), Role.STAFF),
                fixtures.account(people.get("Âu Thị Ánh").getId(), Role.STAFF),
                fixtures.account(people.get("Phạm Văn Em").getId(), Role.STAFF),
                fixtures.account(outsider.getId(), Role.STAFF));
    }

    /** An evaluation in {@code status} with these review points (criterion code, points, …). */
    void review(Campaign campaign, String type, Long subjectId, String status, Map<String, Long> criteria,
                String... codesAndPoints) {
        Long evaluation = jdbc.sql("""
                        insert into evaluation (campaign_id, subject_type, subject_id, status, reviewed_at, finalised_at)
                        values (:campaign, :type, :subject, :status, now(),
                                case when :status = 'FINALISED' then now() end)
                        returning id""")
                .param("campaign", campaign.getId()).param("type", type).param("subject", subjectId)
                .param("status", status).query(Long.class).single();
        for (int i = 0; i < codesAndPoints.length; i += 2) {
            jdbc.sql("""
                            insert into evaluation_score (evaluation_id, criterion_id, max_points, review_points)
                            values (:evaluation, :criterion, 0, :points)""")
                    .param("evaluation", evaluation).param("criterion", criteria.get(codesAndPoints[i]))
                    .param("points", new BigDecimal(codesAndPoints[i + 1])).update();
        }
    }

    /**
     * Pledges on {@link #ranked} by hand, one of each status: An APPROVED (LDTT, sent 2020-07-15T18:30Z,
     * i.e. 16/07/2020 in Hà Nội), Lan SUBMITTED (CSTDCS, sent 2020-07-10T02:00Z: 10/07/2020), Phong APPROVED
     * (LDTT, 2020-07-19T10:00Z: 19/07/2020), Ánh DRAFT (LDTT), Cường RETURNED (LDTT, sent
     * 2020-07-12T03:00Z); unit X1 SUBMITTED (TTLDTT). Registered (submitted or approved): 3 of 12 people
     * (X An, X1 Lan, Y Phong), 1 of 3 units; drafts 1 (Ánh, Y); returned 1 (Cường, X1); no pledge 7
     * (X Dũng, Em, Giang; Y Khánh, Hoa, Oanh, Hải).
     */
    public void pledges(Ranked r) {
        pledge(r, "INDIVIDUAL", r.person("Nguyễn Văn An").getId(), "APPROVED", "LDTT", "2020-07-15T18:30:00Z");
        pledge(r, "INDIVIDUAL", r.person("Ngô Thị Lan").getId(), "SUBMITTED", "CSTDCS", "2020-07-10T02:00:00Z");
        pledge(r, "INDIVIDUAL", r.person("Kiều Văn Phong").getId(), "APPROVED", "LDTT", "2020-07-19T10:00:00Z");
        pledge(r, "INDIVIDUAL", r.person("Âu Thị Ánh").getId(), "DRAFT", "LDTT", null);
        pledge(r, "INDIVIDUAL", r.person("Bùi Văn Cường").getId(), "RETURNED", "LDTT", "2020-07-12T03:00:00Z");
        pledge(r, "COLLECTIVE", r.x1().getId(), "SUBMITTED", "TTLDTT", "2020-07-11T02:00:00Z");
    }

    private void pledge(Ranked r, String type, Long subjectId, String status, String title, String submittedAt) {
        jdbc.sql("""
                        insert into pledge (campaign_id, subject_type, subject_id, target_title, status, return_reason,
                                            submitted_at)
                        values (:campaign, :type, :subject, :title, :status,
                                case when :status = 'RETURNED' then 'Thiếu cam kết' end,
                                cast(:submitted as timestamptz))""")
                .param("campaign", r.campaign().getId()).param("type", type).param("subject", subjectId)
                .param("title", title).param("status", status).param("submitted", submittedAt).update();
    }

    private void selfOnly(Campaign campaign, Long subjectId, Long criterionId) {
        Long evaluation = jdbc.sql("""
                        insert into evaluation (campaign_id, subject_type, subject_id, status, submitted_at)
                        values (:campaign, 'INDIVIDUAL', :subject, 'SUBMITTED', now()) returning id""")
                .param("campaign", campaign.getId()).param("subject", subjectId).query(Long.class).single();
        jdbc.sql("""
                        insert into evaluation_score (evaluation_id, criterion_id, max_points, self_points)
                        values (:evaluation, :criterion, 0, 60)""")
                .param("evaluation", evaluation).param("criterion", criterionId).update();
    }
}
