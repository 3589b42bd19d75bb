package vn.thidua.demo;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.Criterion;
import vn.thidua.campaign.CriterionKind;
import vn.thidua.campaign.CriterionRepository;
import vn.thidua.evaluation.EvaluationSeeding;
import vn.thidua.evaluation.EvaluationSeeding.Seed;
import vn.thidua.evaluation.EvaluationStatus;
import vn.thidua.organisation.Individual;
import vn.thidua.organisation.IndividualRepository;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 50-day campaign being scored: moved to SCORING (through the service, audited as "demo"),
 * with realistic evaluations written as their authors would have: most people self-assessed and
 * submitted, many reviewed by the head above them (totals across every classification, a few
 * with bonus points), some finalised, some still open; a few units scored by the board.
 * Deterministic (fixed seed), so every demo looks the same.
 */
@Component
@Order(40)
class DemoEvaluations implements DemoStep {

    private static final String[] NOTES = {
            "Hoàn thành 100% hồ sơ được giao đúng hạn, xử lý trên môi trường mạng.",
            "Tham gia đầy đủ sinh hoạt chi bộ, học tập Nghị quyết Trung ương 4 khóa XII.",
            "Chủ trì dự thảo 03 văn bản trình Thủ tướng Chính phủ.",
            "Tham gia chuẩn bị văn kiện Đại hội Đảng bộ Văn phòng Chính phủ lần thứ XXVI.",
            "Tham gia hoạt động “về nguồn” tại Tuyên Quang."};

    private final CampaignRepository campaigns;
    private final CampaignService campaignService;
    private final CriterionRepository criteria;
    private final IndividualRepository individuals;
    private final UnitRepository units;
    private final EvaluationSeeding seeding;
    private final JdbcClient jdbc;

    DemoEvaluations(CampaignRepository campaigns, CampaignService campaignService, CriterionRepository criteria,
                    IndividualRepository individuals, UnitRepository units, EvaluationSeeding seeding, JdbcClient jdbc) {
        this.campaigns = campaigns;
        this.campaignService = campaignService;
        this.criteria = criteria;
        this.individuals = individuals;
        this.units = units;
        this.seeding = seeding;
        this.jdbc = jdbc;
    }

    @Override
    public boolean alreadyLoaded() {
        return campaigns.findByCode(DemoCampaign.CODE).map(c -> c.getStatus() != CampaignStatus.IN_PROGRESS)
                .orElse(true);
    }

    @Override
    public void load() {
        Campaign campaign = campaigns.findByCode(DemoCampaign.CODE).orElseThrow();
        campaignService.transition(campaign.getId(), CampaignStatus.SCORING, campaign.getVersion());
        List<Criterion> list = criteria.findByCampaignIdOrderByPositionAsc(campaign.getId());
        Map<Long, Unit> unitsById = units.findAll().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        Map<Long, String> usernames = new HashMap<>();
        jdbc.sql("select individual_id, username from account where individual_id is not null")
                .query((rs, n) -> usernames.put(rs.getLong(1), rs.getString(2))).list();
        Random random = new Random(2020);
        List<Individual> people = individuals.findAll().stream().filter(Individual::isActive)
                .sorted(Comparator.comparing(Individual::getCode)).toList();
        for (Individual person : people) {
            int roll = random.nextInt(100);
            String self = usernames.getOrDefault(person.getId(), person.getCode().toLowerCase());
            String reviewer = reviewer(person, unitsById, usernames);
            if (roll < 8) {
                continue; // not started
            }
            double level = level(random);
            Map<Criterion, BigDecimal> selfPoints = points(list, Math.min(1.0, level + 0.04), random, roll < 16 ? 4 : 99);
            Map<Criterion, String> notes = new HashMap<>();
            if (random.nextInt(3) == 0) {
                notes.put(list.get(random.nextInt(list.size() - 1)), NOTES[random.nextInt(NOTES.length)]);
            }
            if (roll < 16) {
                seeding.seed(campaign.getId(), new Seed(SubjectType.INDIVIDUAL, person.getId(), EvaluationStatus.OPEN,
                        selfPoints, notes, Map.of(), self, reviewer));
                continue;
            }
            if (roll < 34) {
                seeding.seed(campaign.getId(), new Seed(SubjectType.INDIVIDUAL, person.getId(),
                        EvaluationStatus.SUBMITTED, selfPoints, notes, Map.of(), self, reviewer));
                continue;
            }
            Map<Criterion, BigDecimal> review = points(list, level, random, roll < 40 ? 6 : 99);
            EvaluationStatus status = roll >= 75 ? EvaluationStatus.FINALISED : EvaluationStatus.REVIEWED;
            seeding.seed(campaign.getId(), new Seed(SubjectType.INDIVIDUAL, person.getId(), status, selfPoints, notes,
                    review, self, reviewer));
        }
        // a few units: self-assessed by their heads, scored by the board
        List<Unit> topUnits = unitsById.values().stream()
                .filter(u -> u.isActive() && u.getParentId() != null && u.getHeadIndividualId() != null)
                .sorted(Comparator.comparing(Unit::getCode)).limit(6).toList();
        for (int i = 0; i < topUnits.size(); i++) {
            Unit unit = topUnits.get(i);
            double level = 0.62 + 0.06 * i;
            String head = usernames.getOrDefault(unit.getHeadIndividualId(), "demo");
            Map<Criterion, BigDecimal> self = points(list, Math.min(1.0, level + 0.05), random, 99);
            Map<Criterion, BigDecimal> review = i < 4 ? points(list, level, random, 99) : Map.of();
            seeding.seed(campaign.getId(), new Seed(SubjectType.COLLECTIVE, unit.getId(),
                    review.isEmpty() ? EvaluationStatus.SUBMITTED : EvaluationStatus.REVIEWED, self, Map.of(), review,
                    head, "hoidong1"));
        }
    }

    /** Share of the maximum a person earns: spread so that every classification appears. */
    private static double level(Random random) {
        int band = random.nextInt(100);
        if (band < 30) {
            return 0.90 + random.nextDouble() * 0.08;   // EXCELLENT
        }
        if (band < 72) {
            return 0.71 + random.nextDouble() * 0.17;   // GOOD
        }
        if (band < 92) {
            return 0.51 + random.nextDouble() * 0.17;   // PASS
        }
        return 0.35 + random.nextDouble() * 0.13;       // FAIL
    }

    /** Points per criterion near {@code level} of its maximum, in halves; bonus for a few; the first {@code limit} only. */
    private static Map<Criterion, BigDecimal> points(List<Criterion> list, double level, Random random, int limit) {
        Map<Criterion, BigDecimal> points = new LinkedHashMap<>();
        for (Criterion criterion : list) {
            if (points.size() >= limit) {
                break;
            }
            double max = criterion.getMaxPoints().doubleValue();
            double value;
            if (criterion.getKind() == CriterionKind.BONUS) {
                value = random.nextInt(6) == 0 ? 1 + random.nextInt((int) max) : 0;
            } else {
                value = Math.max(0, Math.min(max, max * (level + (random.nextDouble() - 0.5) * 0.08)));
            }
            points.put(criterion, BigDecimal.valueOf(Math.round(value * 2) / 2.0).setScale(2, RoundingMode.HALF_UP));
        }
        return points;
    }

    /** The account of the head above the person (never themself), or a board member where none is. */
    private static String reviewer(Individual person, Map<Long, Unit> unitsById, Map<Long, String> usernames) {
        Unit unit = unitsById.get(person.getUnitId());
        while (unit != null) {
            if (unit.isActive() && unit.getHeadIndividualId() != null && !unit.getHeadIndividualId().equals(person.getId())) {
                return usernames.getOrDefault(unit.getHeadIndividualId(), "hoidong1");
            }
            unit = unit.getParentId() == null ? null : unitsById.get(unit.getParentId());
        }
        return "hoidong1";
    }
}
