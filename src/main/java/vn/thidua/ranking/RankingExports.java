package vn.thidua.ranking;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.SubjectType;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.ranking.RankingService.Visibility;
import vn.thidua.shared.report.Column;
import vn.thidua.shared.report.Fact;
import vn.thidua.shared.report.Report;
import vn.thidua.shared.report.ReportHeader;
import vn.thidua.shared.report.ReportTexts;
import vn.thidua.shared.web.Messages;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The rankings and the campaign summary as XLSX or PDF (Bảng xếp hạng, Báo cáo sơ kết / tổng kết):
 * rows stream from the database cursor into the file, so memory does not grow with the number of
 * rows. Who may read what is decided by {@link RankingService} and {@link SummaryService}, exactly as
 * for the pages and the API.
 */
@Component
public class RankingExports {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int SUMMARY_TOP = 10;
    private static final int SUMMARY_LIST = 200;

    private final RankingService rankings;
    private final SummaryService summaries;
    private final ReportTexts texts;
    private final Messages messages;
    private final UnitRepository units;

    RankingExports(RankingService rankings, SummaryService summaries, ReportTexts texts, Messages messages,
                   UnitRepository units) {
        this.units = units;
        this.rankings = rankings;
        this.summaries = summaries;
        this.texts = texts;
        this.messages = messages;
    }

    /** A name for the file, e.g. {@code xep-hang-ca-nhan-VPCP-2020-50N.pdf}. */
    public String fileName(String kind, Campaign campaign, ExportFormat format) {
        return kind + "-" + campaign.getCode() + "." + format.extension();
    }

    public void individuals(Long campaignId, RankingFilter filter, ExportFormat format, OutputStream out) {
        Visibility visibility = rankings.visibility(campaignId);
        try (Report report = format.open(out, header(visibility.campaign(), "ranking.export.individuals.title"), texts)) {
            report.section(messages.get("ranking.export.individuals.sheet"),
                    messages.get("ranking.export.individuals.title"));
            report.paragraph(state(visibility));
            describeFilter(report, filter);
            report.table(individualColumns(), sink -> rankings.each(campaignId, SubjectType.INDIVIDUAL, filter,
                    row -> sink.row(row.rank(), row.unitRank(), row.code(), row.name(), row.unitName(), row.total(),
                            classification(row), finalFlag(row))));
            report.signatures();
        }
    }

    public void units(Long campaignId, RankingFilter filter, ExportFormat format, OutputStream out) {
        Visibility visibility = rankings.visibility(campaignId);
        try (Report report = format.open(out, header(visibility.campaign(), "ranking.export.units.title"), texts)) {
            report.section(messages.get("ranking.export.units.sheet"), messages.get("ranking.export.units.title"));
            report.paragraph(state(visibility));
            describeFilter(report, filter);
            report.table(unitColumns(), sink -> rankings.each(campaignId, SubjectType.COLLECTIVE, filter,
                    row -> unitRow(sink, row)));
            report.signatures();
        }
    }

    /**
     * Báo cáo sơ kết (running) / tổng kết (closed): the campaign's facts, participation, results by
     * classification, the top of the individual ranking, the unit ranking, each unit's progress and
     * who was not final or not scored.
     */
    public void summary(Long campaignId, ExportFormat format, OutputStream out) {
        CampaignSummary summary = summaries.summary(campaignId);
        Campaign campaign = summary.campaign();
        String titleKey = summary.frozen() || campaign.getStatus() == vn.thidua.campaign.CampaignStatus.CLOSED
                ? "ranking.summary.title.final" : "ranking.summary.title.interim";
        try (Report report = format.open(out, header(campaign, titleKey), texts)) {
            report.section(messages.get("ranking.summary.sheet.facts"), messages.get(titleKey));
            report.facts(facts(campaign));
            report.paragraph(messages.get(summary.frozen() ? "ranking.state.frozen" : "ranking.state.live",
                    DATE.format(today())));

            report.section(messages.get("ranking.summary.sheet.results"), messages.get("ranking.summary.participation"));
            report.table(List.of(Column.left(messages.get("ranking.summary.subject"), 3),
                    Column.right(messages.get("ranking.summary.participants"), 1.5f),
                    Column.right(messages.get("ranking.summary.pledged"), 1.5f),
                    Column.right(messages.get("ranking.summary.approved"), 1.5f),
                    Column.right(messages.get("ranking.summary.ranked"), 1.5f),
                    Column.right(messages.get("ranking.summary.finalised"), 1.5f),
                    Column.right(messages.get("ranking.summary.notRanked"), 1.5f)), sink -> {
                for (SubjectType type : SubjectType.values()) {
                    CampaignSummary.Counts c = summary.counts().get(type);
                    sink.row(messages.get("ranking.subject." + type.name()), c.participants(),
                            c.participants() - c.pledges().get(CampaignSummary.NONE), c.pledges().get("APPROVED"),
                            c.ranked(), c.finalised(), c.notRanked());
                }
            });
            report.paragraph(messages.get("ranking.summary.byClassification"));
            List<Column> classColumns = new ArrayList<>();
            classColumns.add(Column.left(messages.get("ranking.column.classification"), 3));
            for (SubjectType type : SubjectType.values()) {
                classColumns.add(Column.right(messages.get("ranking.subject." + type.name()), 1.5f));
                classColumns.add(Column.right("%", 1));
            }
            report.table(classColumns, sink -> {
                for (vn.thidua.evaluation.Classification c : vn.thidua.evaluation.Classification.values()) {
                    List<Object> cells = new ArrayList<>();
                    cells.add(messages.get("evaluation.classification." + c.name()));
                    for (SubjectType type : SubjectType.values()) {
                        CampaignSummary.Counts counts = summary.counts().get(type);
                        long n = counts.classifications().get(c.name());
                        cells.add(n);
                        cells.add(percent(n, counts.ranked()));
                    }
                    sink.row(cells.toArray());
                }
            });

            report.section(messages.get("ranking.summary.sheet.top"), messages.get("ranking.summary.top", SUMMARY_TOP));
            report.table(individualColumns(), sink -> rankings.individuals(campaignId, RankingFilter.ALL, 0, SUMMARY_TOP)
                    .rows().forEach(row -> sink.row(row.rank(), row.unitRank(), row.code(), row.name(), row.unitName(),
                            row.total(), classification(row), finalFlag(row))));
            report.paragraph(messages.get("ranking.export.units.title"));
            report.table(unitColumns(), sink -> rankings.each(campaignId, SubjectType.COLLECTIVE, RankingFilter.ALL,
                    row -> unitRow(sink, row)));

            report.section(messages.get("ranking.summary.sheet.units"), messages.get("ranking.summary.unitResults"));
            report.table(List.of(Column.left(messages.get("ranking.column.unit"), 4),
                    Column.right(messages.get("ranking.summary.people"), 1.2f),
                    Column.right(messages.get("ranking.summary.pledged"), 1.2f),
                    Column.right(messages.get("ranking.summary.approved"), 1.2f),
                    Column.right(messages.get("ranking.summary.ranked"), 1.2f),
                    Column.right(messages.get("ranking.summary.finalised"), 1.2f),
                    Column.right(messages.get("ranking.summary.notRanked"), 1.2f),
                    Column.right(messages.get("ranking.summary.average"), 1.5f)), sink -> {
                for (CampaignSummary.UnitProgress unit : summary.units()) {
                    sink.row(unit.name(), unit.people(), unit.registered(), unit.approved(), unit.ranked(),
                            unit.finalised(), unit.notScored(), unit.averageTotal());
                }
            });

            report.section(messages.get("ranking.summary.sheet.pending"), messages.get("ranking.summary.notFinal"));
            List<Column> pendingColumns = List.of(Column.left(messages.get("ranking.column.code"), 1.5f),
                    Column.left(messages.get("ranking.column.fullName"), 3),
                    Column.left(messages.get("ranking.column.unit"), 4),
                    Column.left(messages.get("ranking.column.status"), 2.5f));
            report.table(pendingColumns, sink -> summaries.notFinal(campaignId, SubjectType.INDIVIDUAL, SUMMARY_LIST)
                    .forEach(row -> sink.row(row.code(), row.name(), row.unitName(), status(row))));
            report.paragraph(messages.get("ranking.summary.notScored"));
            report.table(pendingColumns, sink -> summaries.notScored(campaignId, SubjectType.INDIVIDUAL, SUMMARY_LIST)
                    .forEach(row -> sink.row(row.code(), row.name(), row.unitName(), status(row))));
            report.signatures();
        }
    }

    private List<Fact> facts(Campaign campaign) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(messages.get("ranking.fact.code"), campaign.getCode()));
        facts.add(new Fact(messages.get("ranking.fact.name"), campaign.getName()));
        facts.add(new Fact(messages.get("ranking.fact.theme"), campaign.getTheme()));
        facts.add(new Fact(messages.get("ranking.fact.kind"), messages.get("campaign.kind." + campaign.getKind().name())));
        facts.add(new Fact(messages.get("ranking.fact.period"),
                DATE.format(campaign.getStartDate()) + " – " + DATE.format(campaign.getEndDate())));
        if (campaign.getDecisionNumber() != null) {
            facts.add(new Fact(messages.get("ranking.fact.decision"), campaign.getDecisionNumber()
                    + (campaign.getDecisionDate() == null ? "" : " (" + DATE.format(campaign.getDecisionDate()) + ")")));
        }
        facts.add(new Fact(messages.get("ranking.fact.status"),
                messages.get("campaign.status." + campaign.getStatus().name())));
        return facts;
    }

    private List<Column> individualColumns() {
        return List.of(Column.center(messages.get("ranking.column.rank"), 0.8f),
                Column.center(messages.get("ranking.column.unitRank"), 1.1f),
                Column.left(messages.get("ranking.column.code"), 1.4f),
                Column.left(messages.get("ranking.column.fullName"), 3),
                Column.left(messages.get("ranking.column.unit"), 4),
                Column.right(messages.get("ranking.column.total"), 1.2f),
                Column.left(messages.get("ranking.column.classification"), 3),
                Column.center(messages.get("ranking.column.final"), 1.2f));
    }

    private List<Column> unitColumns() {
        return List.of(Column.center(messages.get("ranking.column.rank"), 0.8f),
                Column.left(messages.get("ranking.column.code"), 1.4f),
                Column.left(messages.get("ranking.column.unitName"), 4.5f),
                Column.right(messages.get("ranking.column.total"), 1.2f),
                Column.left(messages.get("ranking.column.classification"), 3),
                Column.center(messages.get("ranking.column.final"), 1.2f),
                Column.right(messages.get("ranking.column.members"), 1.1f),
                Column.right(messages.get("ranking.column.membersScored"), 1.1f));
    }

    private void unitRow(vn.thidua.shared.report.RowSink sink, RankedSubject row) {
        sink.row(row.rank(), row.code(), row.name(), row.total(), classification(row), finalFlag(row), row.members(),
                row.membersScored());
    }

    private void describeFilter(Report report, RankingFilter filter) {
        if (filter.classification() != null) {
            report.paragraph(messages.get("ranking.export.filter.classification",
                    messages.get("evaluation.classification." + filter.classification().name())));
        }
        if (filter.unitId() != null) {
            report.paragraph(messages.get("ranking.export.filter.unit", units.findById(filter.unitId())
                    .map(vn.thidua.organisation.Unit::getName).orElse(String.valueOf(filter.unitId()))));
        }
    }

    private String state(Visibility visibility) {
        String state = messages.get(visibility.frozen() ? "ranking.state.frozen" : "ranking.state.live",
                DATE.format(today()));
        return visibility.restricted() ? state + " " + messages.get("ranking.state.restricted") : state;
    }

    private String classification(RankedSubject row) {
        return messages.get("evaluation.classification." + row.classification().name());
    }

    private String finalFlag(RankedSubject row) {
        return messages.get(row.isFinal() ? "ranking.final.yes" : "ranking.final.no");
    }

    private String status(RankedSubject row) {
        return row.evaluationStatus() == null ? messages.get("ranking.status.none")
                : messages.get("evaluation.status." + row.evaluationStatus().name());
    }

    private static java.math.BigDecimal percent(long n, long of) {
        return of == 0 ? null : java.math.BigDecimal.valueOf(n * 100.0 / of).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private ReportHeader header(Campaign campaign, String titleKey) {
        return new ReportHeader(messages.get(titleKey), campaign.getName(), today(), LocaleContextHolder.getLocale());
    }

    private static LocalDate today() {
        return LocalDate.now(OFFICE_ZONE);
    }
}
