package jp.kenpokpi.submission;

import java.util.List;
import jp.kenpokpi.organisation.Organisation;

/** A branch's row of the status board (提出状況): its reports of the year, in SubmissionKind order. */
public record BoardRow(Organisation branch, List<BoardCell> reports) {

    public BoardRow {
        reports = List.copyOf(reports);
    }

    /** One report on the board: its state (and last step), how many items it lacks and whether it is overdue. */
    public record BoardCell(Submission submission, int missing, boolean overdue) {}
}
