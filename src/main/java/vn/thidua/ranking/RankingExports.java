package vn.thidua.ranking;

import org.springframework.stereotype.Component;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.SubjectType;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.ranking.RankingService.Visibility;
import vn.thidua.shared.report.Report;
import vn.thidua.shared.report.ReportTexts;
import vn.thidua.shared.web.Messages;

import java.io.OutputStream;

/**
 * The rankings as XLSX or PDF (Bảng xếp hạng cá nhân / tập thể): rows stream from the database
 * cursor into the file, so memory does not grow with the number of rows. Who may read what is
 * decided by {@link RankingService}, exactly as for the pages and the API.
 */
@Component
public class RankingExports {

    private final RankingService rankings;
    private final RankingColumns columns;
    private final ReportTexts texts;
    private final Messages messages;
    private final UnitRepository units;

    RankingExports(RankingService rankings, RankingColumns columns, ReportTexts texts, Messages messages,
                   UnitRepository units) {
        this.rankings = rankings;
        this.columns = columns;
        this.texts = texts;
        this.messages = messages;
        this.units = units;
    }

    /** A name for the file, e.g. {@code xep-hang-ca-nhan-VPCP-2020-50N.pdf}. */
    public String fileName(String kind, Campaign campaign, ExportFormat format) {
        return kind + "-" + campaign.getCode() + "." + format.extension();
    }

    public void individuals(Long campaignId, RankingFilter filter, ExportFormat format, OutputStream out) {
        Visibility visibility = rankings.visibility(campaignId, filter);
        String title = "ranking.export.individuals.title";
        try (Report report = format.open(out, columns.header(visibility.campaign(), title), texts)) {
            report.section(messages.get("ranking.export.individuals.sheet"), messages.get(title));
            describe(report, visibility, filter);
            report.table(columns.individuals(), sink -> rankings.each(campaignId, SubjectType.INDIVIDUAL, filter,
                    row -> columns.individual(sink, row)));
            report.signatures();
        }
    }

    public void units(Long campaignId, RankingFilter filter, ExportFormat format, OutputStream out) {
        Visibility visibility = rankings.visibility(campaignId, filter);
        String title = "ranking.export.units.title";
        try (Report report = format.open(out, columns.header(visibility.campaign(), title), texts)) {
            report.section(messages.get("ranking.export.units.sheet"), messages.get(title));
            describe(report, visibility, filter);
            report.table(columns.units(), sink -> rankings.each(campaignId, SubjectType.COLLECTIVE, filter,
                    row -> columns.unit(sink, row)));
            report.signatures();
        }
    }

    /** Live or frozen, whose units, and the filters applied. */
    private void describe(Report report, Visibility visibility, RankingFilter filter) {
        String state = columns.state(visibility.frozen());
        report.paragraph(visibility.restricted() ? state + " " + messages.get("ranking.state.restricted") : state);
        if (filter.unitId() != null) {
            report.paragraph(messages.get("ranking.export.filter.unit", units.findById(filter.unitId())
                    .map(Unit::getName).orElse(String.valueOf(filter.unitId()))));
        }
        if (filter.classification() != null) {
            report.paragraph(messages.get("ranking.export.filter.classification",
                    messages.get("evaluation.classification." + filter.classification().name())));
        }
    }
}
