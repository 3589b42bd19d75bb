package vn.thidua.ranking;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.Title;
import vn.thidua.campaign.TitleCatalogue;
import vn.thidua.shared.Messages;
import vn.thidua.shared.OfficeTime;
import vn.thidua.shared.report.Column;
import vn.thidua.shared.report.ReportHeader;
import vn.thidua.shared.report.RowSink;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The columns and cells of the ranking tables in every file, in the reader's language. */
@Component
class RankingColumns {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Messages messages;
    private final TitleCatalogue titles;

    RankingColumns(Messages messages, TitleCatalogue titles) {
        this.messages = messages;
        this.titles = titles;
    }

    /** The titles' names in the reader's language by code, read once for a file. */
    Map<String, String> titleNames() {
        Locale locale = LocaleContextHolder.getLocale();
        return titles.findAll().stream().collect(Collectors.toMap(Title::getCode, t -> t.displayName(locale)));
    }

    List<Column> individuals() {
        return List.of(Column.center(messages.get("ranking.column.rank"), 0.8f),
                Column.center(messages.get("ranking.column.unitRank"), 1.1f),
                Column.left(messages.get("ranking.column.code"), 1.3f),
                Column.left(messages.get("ranking.column.fullName"), 2.8f),
                Column.left(messages.get("ranking.column.unit"), 3.2f),
                Column.right(messages.get("ranking.column.total"), 1.1f),
                Column.left(messages.get("ranking.column.classification"), 3.4f),
                Column.left(messages.get("ranking.column.targetTitle"), 2.6f),
                Column.center(messages.get("ranking.column.final"), 1.2f));
    }

    void individual(RowSink sink, RankedSubject row, Map<String, String> titleNames) {
        sink.row(row.rank(), row.unitRank(), row.code(), row.name(), row.unitName(), row.total(), classification(row),
                title(row, titleNames), finalFlag(row));
    }

    private static String title(RankedSubject row, Map<String, String> titleNames) {
        return row.targetTitle() == null ? null : titleNames.getOrDefault(row.targetTitle(), row.targetTitle());
    }

    List<Column> units() {
        return List.of(Column.center(messages.get("ranking.column.rank"), 0.8f),
                Column.left(messages.get("ranking.column.code"), 1.4f),
                Column.left(messages.get("ranking.column.unitName"), 4.5f),
                Column.right(messages.get("ranking.column.total"), 1.2f),
                Column.left(messages.get("ranking.column.classification"), 3),
                Column.center(messages.get("ranking.column.final"), 1.2f),
                Column.right(messages.get("ranking.column.members"), 1.1f),
                Column.right(messages.get("ranking.column.membersScored"), 1.1f));
    }

    void unit(RowSink sink, RankedSubject row) {
        sink.row(row.rank(), row.code(), row.name(), row.total(), classification(row), finalFlag(row), row.members(),
                row.membersScored());
    }

    /** Who has not finished: code, name, unit and where their evaluation stands. */
    List<Column> pending() {
        return List.of(Column.left(messages.get("ranking.column.code"), 1.5f),
                Column.left(messages.get("ranking.column.fullName"), 3),
                Column.left(messages.get("ranking.column.unit"), 4),
                Column.left(messages.get("ranking.column.status"), 2.5f));
    }

    void pending(RowSink sink, RankedSubject row) {
        sink.row(row.code(), row.name(), row.unitName(), row.evaluationStatus() == null
                ? messages.get("ranking.status.none")
                : messages.get("evaluation.status." + row.evaluationStatus().name()));
    }

    /** "Interim result on …" or "Official result, frozen when the campaign closed". */
    String state(boolean frozen) {
        return messages.get(frozen ? "ranking.state.frozen" : "ranking.state.live", DATE.format(OfficeTime.today()));
    }

    ReportHeader header(Campaign campaign, String titleKey) {
        return new ReportHeader(messages.get(titleKey), campaign.getName(), OfficeTime.today(), LocaleContextHolder.getLocale());
    }

    private String classification(RankedSubject row) {
        return messages.get("evaluation.classification." + row.classification().name());
    }

    private String finalFlag(RankedSubject row) {
        return messages.get(row.isFinal() ? "ranking.final.yes" : "ranking.final.no");
    }
}
