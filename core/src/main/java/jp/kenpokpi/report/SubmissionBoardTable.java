package jp.kenpokpi.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.ReportTable.Group;
import jp.kenpokpi.report.ReportTable.HeaderCell;
import jp.kenpokpi.submission.BoardRow;
import jp.kenpokpi.submission.SubmissionEvent;
import jp.kenpokpi.submission.SubmissionKind;

/**
 * The 提出状況 board as its download: a branch per row and, for each report of the year, its state, how many items
 * it lacks, whether it is overdue and its last step (when, what, who), as the board shows them.
 */
public final class SubmissionBoardTable {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
    private static final List<String> PER_REPORT = List.of("状態", "未入力", "期限超過", "最終操作");

    private SubmissionBoardTable() {}

    /**
     * @param person how the board names who took a step (the sample data's user as サンプルデータ)
     * @param zone   the zone the board shows times in (Japan's)
     */
    public static ReportTable of(FiscalYear year, List<BoardRow> rows, UnaryOperator<String> person, ZoneId zone) {
        List<ReportTable.Column> columns = new ArrayList<>();
        columns.add(new ReportTable.Column("code", 4));
        columns.add(new ReportTable.Column("branch", 10));
        List<HeaderCell> top = new ArrayList<>(List.of(new HeaderCell("コード", 1, 2), new HeaderCell("支部", 1, 2)));
        List<HeaderCell> second = new ArrayList<>();
        for (SubmissionKind kind : SubmissionKind.values()) {
            top.add(new HeaderCell(kind.nameJa() + "（期限 " + kind.deadline(year) + "）", PER_REPORT.size(), 1));
            for (String what : PER_REPORT) {
                columns.add(new ReportTable.Column(kind.name() + "-" + what, what.equals("最終操作") ? 24 : 8));
                second.add(HeaderCell.of(what));
            }
        }
        List<List<ReportCell>> body = new ArrayList<>();
        for (BoardRow row : rows) {
            List<ReportCell> cells = new ArrayList<>();
            cells.add(text(row.branch().code().value()));
            cells.add(text(row.branch().nameJa()));
            for (BoardRow.BoardCell c : row.reports()) {
                cells.add(text(c.submission().state().nameJa()));
                cells.add(text(c.missing() > 0 ? c.missing() + "件" : ""));
                cells.add(text(c.overdue() ? "期限超過" : ""));
                cells.add(text(c.submission()
                        .history()
                        .latest()
                        .map(e -> last(e, person, zone))
                        .orElse("")));
            }
            body.add(cells);
        }
        return new ReportTable(
                year.label() + " 提出状況", columns, List.of(top, second), List.of(new Group("", body)), List.of());
    }

    private static String last(SubmissionEvent e, UnaryOperator<String> person, ZoneId zone) {
        return AT.format(e.at().atZone(zone)) + " " + e.action().nameJa() + "（"
                + person.apply(e.actor().name()) + "）";
    }

    private static ReportCell text(String s) {
        return new ReportCell.Text(s, false);
    }
}
