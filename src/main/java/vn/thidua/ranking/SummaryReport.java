package vn.thidua.ranking;

import org.springframework.stereotype.Component;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.evaluation.Classification;
import vn.thidua.organisation.SubjectType;
import vn.thidua.shared.Messages;
import vn.thidua.shared.report.Column;
import vn.thidua.shared.report.Fact;
import vn.thidua.shared.report.Report;
import vn.thidua.shared.report.ReportTexts;
import vn.thidua.shared.report.Share;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Báo cáo sơ kết (while the campaign runs) / tổng kết (once closed), as XLSX or PDF: the campaign's
 * facts, participation, results by classification, the top of the individual ranking, the unit
 * ranking, each unit's progress, and who is not final or not scored. Readable by those who may read
 * the summary ({@link SummaryService}).
 */
@Component
public class SummaryReport {

    static final int TOP = 10;
    static final int PENDING_LISTED = 200;

    private final SummaryService summaries;
    private final RankingColumns columns;
    private final ReportTexts texts;
    private final Messages messages;

    SummaryReport(SummaryService summaries, RankingColumns columns, ReportTexts texts, Messages messages) {
        this.summaries = summaries;
        this.columns = columns;
        this.texts = texts;
        this.messages = messages;
    }

    /** The title: sơ kết while running, tổng kết once closed. */
    public static String titleKey(Campaign campaign) {
        return campaign.getStatus() == CampaignStatus.CLOSED
                ? "ranking.summary.title.final" : "ranking.summary.title.interim";
    }

    public void write(Long campaignId, ExportFormat format, OutputStream out) {
        SummaryService.SummaryContents contents = summaries.contents(campaignId, TOP, PENDING_LISTED);
        CampaignSummary summary = contents.summary();
        Campaign campaign = summary.campaign();
        Report.write(format.open(out, columns.header(campaign, titleKey(campaign)), texts), report -> {
            report.section(messages.get("ranking.summary.sheet.facts"), messages.get("ranking.report.facts"));
            report.facts(facts(campaign));
            report.paragraph(columns.state(summary.frozen()));

            report.section(messages.get("ranking.summary.sheet.results"), messages.get("ranking.report.participation"));
            participation(report, summary);
            report.paragraph(messages.get("ranking.report.registered.help"));
            report.paragraph(messages.get("ranking.report.results"));
            classifications(report, summary);

            report.section(messages.get("ranking.summary.sheet.top"), messages.get("ranking.report.top", TOP));
            Map<String, String> titleNames = columns.titleNames();
            report.table(columns.individuals(),
                    sink -> contents.top().forEach(row -> columns.individual(sink, row, titleNames)));
            report.paragraph(messages.get("ranking.report.unitRanking"));
            report.table(columns.units(), sink -> contents.units().forEach(row -> columns.unit(sink, row)));

            report.section(messages.get("ranking.summary.sheet.units"), messages.get("ranking.report.unitResults"));
            unitResults(report, summary);

            report.section(messages.get("ranking.summary.sheet.pending"), messages.get("ranking.report.open"));
            report.paragraph(messages.get("ranking.report.notFinalPeople"));
            report.table(columns.pending(), sink -> contents.notFinalPeople().forEach(row -> columns.pending(sink, row)));
            report.paragraph(messages.get("ranking.report.notScoredPeople"));
            report.table(columns.pending(), sink -> contents.notScoredPeople().forEach(row -> columns.pending(sink, row)));
            report.signatures();
        });
    }

    private void participation(Report report, CampaignSummary summary) {
        report.table(List.of(Column.left(messages.get("ranking.summary.subject"), 3),
                Column.right(messages.get("ranking.summary.participants"), 1.5f),
                Column.right(messages.get("ranking.summary.pledged"), 1.5f),
                Column.right(messages.get("ranking.summary.approved"), 1.5f),
                Column.right(messages.get("ranking.summary.drafts"), 1.5f),
                Column.right(messages.get("ranking.summary.ranked"), 1.5f),
                Column.right(messages.get("ranking.summary.finalised"), 1.5f),
                Column.right(messages.get("ranking.summary.notRanked"), 1.5f)), sink -> {
            for (SubjectType type : SubjectType.values()) {
                CampaignSummary.Counts c = summary.counts().get(type);
                sink.row(messages.get("ranking.subject." + type.name()), c.participants(), c.registered(),
                        c.pledges().get("APPROVED"), c.drafts(), c.ranked(), c.finalised(), c.notRanked());
            }
        });
    }

    private void classifications(Report report, CampaignSummary summary) {
        List<Column> header = new ArrayList<>();
        header.add(Column.left(messages.get("ranking.column.classification"), 3));
        for (SubjectType type : SubjectType.values()) {
            header.add(Column.right(messages.get("ranking.subject." + type.name()), 1.5f));
            header.add(Column.right("%", 1));
        }
        report.table(header, sink -> {
            for (Classification classification : Classification.values()) {
                List<Object> cells = new ArrayList<>();
                cells.add(messages.get("evaluation.classification." + classification.name()));
                for (SubjectType type : SubjectType.values()) {
                    CampaignSummary.Counts counts = summary.counts().get(type);
                    long n = counts.classifications().get(classification.name());
                    cells.add(n);
                    cells.add(counts.ranked() == 0 ? null : new Share(n, counts.ranked()));
                }
                sink.row(cells.toArray());
            }
        });
    }

    private void unitResults(Report report, CampaignSummary summary) {
        report.table(List.of(Column.left(messages.get("ranking.column.unit"), 4),
                Column.right(messages.get("ranking.summary.people"), 1.2f),
                Column.right(messages.get("ranking.summary.pledged"), 1.2f),
                Column.right(messages.get("ranking.summary.approved"), 1.2f),
                Column.right(messages.get("ranking.summary.drafts"), 1.2f),
                Column.right(messages.get("ranking.summary.ranked"), 1.2f),
                Column.right(messages.get("ranking.summary.finalised"), 1.2f),
                Column.right(messages.get("ranking.summary.notRanked"), 1.2f),
                Column.right(messages.get("ranking.summary.average"), 1.5f)), sink -> {
            for (CampaignSummary.UnitProgress unit : summary.units()) {
                sink.row(unit.name(), unit.people(), unit.registered(), unit.approved(), unit.draft(), unit.ranked(),
                        unit.finalised(), unit.notScored(), unit.averageTotal());
            }
        });
    }

    private List<Fact> facts(Campaign campaign) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(messages.get("ranking.fact.code"), campaign.getCode()));
        facts.add(new Fact(messages.get("ranking.fact.name"), campaign.getName()));
        facts.add(new Fact(messages.get("ranking.fact.theme"), campaign.getTheme()));
        facts.add(new Fact(messages.get("ranking.fact.kind"), messages.get("campaign.kind." + campaign.getKind().name())));
        facts.add(new Fact(messages.get("ranking.fact.period"), RankingColumns.DATE.format(campaign.getStartDate())
                + " – " + RankingColumns.DATE.format(campaign.getEndDate())));
        if (campaign.getDecisionNumber() != null) {
            facts.add(new Fact(messages.get("ranking.fact.decision"), campaign.getDecisionNumber()
                    + (campaign.getDecisionDate() == null ? ""
                    : " (" + RankingColumns.DATE.format(campaign.getDecisionDate()) + ")")));
        }
        facts.add(new Fact(messages.get("ranking.fact.status"),
                messages.get("campaign.status." + campaign.getStatus().name())));
        return facts;
    }
}
