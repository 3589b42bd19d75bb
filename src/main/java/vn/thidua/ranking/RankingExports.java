package vn.thidua.ranking;

import org.springframework.stereotype.Component;
import vn.thidua.campaign.Campaign;
import vn.thidua.organisation.SubjectType;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitRepository;
import vn.thidua.ranking.RankingService.Visibility;
import vn.thidua.shared.Messages;
import vn.thidua.shared.report.Report;
import vn.thidua.shared.report.ReportTexts;

import java.io.OutputStream;
import java.util.Map;

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
    public static String fileName(SubjectType type, Campaign campaign, ExportFormat format) {
        String kind = type == SubjectType.INDIVIDUAL ? "xep-hang-ca-nhan" : "xep-hang-tap-the";
        return kind + "-" + campaign.getCode() + "." + format.extension();
    }

    /** The ranking of individuals or of units, as the caller may read it, filtered and ordered. */
    public void ranking(Long campaignId, SubjectType type, RankingFilter filter, ExportFormat format,
                        OutputStream out) {
        Visibility visibility = rankings.visibility(campaignId, filter);
        boolean people = type == SubjectType.INDIVIDUAL;
        String kind = people ? "individuals" : "units";
        String title = "ranking.export." + kind + ".title";
        Map<String, String> titleNames = columns.titleNames();
        Report.write(format.open(out, columns.header(visibility.campaign(), title), texts), report -> {
            report.section(messages.get("ranking.export." + kind + ".sheet"), visibility.campaign().getName());
            describe(report, visibility, filter);
            report.table(people ? columns.individuals() : columns.units(), sink -> rankings.each(campaignId, type,
                    filter, row -> {
                        if (people) {
                            columns.individual(sink, row, titleNames);
                        } else {
                            columns.unit(sink, row);
                        }
                    }));
            report.signatures();
        });
    }

    /** Live or frozen, whose units, and the filters applied. */
    private void describe(Report report, Visibility visibility, RankingFilter filter) {
        String state = columns.state(visibility.frozen());
        report.paragraph(visibility.restricted() ? state + " " + messages.get("ranking.state.restricted") : state);
        if (filter.unitId() != null) {
            report.paragraph(messages.get("ranking.export.filter.unit", units.findById(filter.unitId())
                    .map(Unit::getName).orElse(String.valueOf(filter.unitId()))));
        }
        if (filter.q() != null) {
            report.paragraph(messages.get("ranking.export.filter.q", filter.q()));
        }
        if (filter.classification() != null) {
            report.paragraph(messages.get("ranking.export.filter.classification",
                    messages.get("evaluation.classification." + filter.classification().name())));
        }
    }
}
