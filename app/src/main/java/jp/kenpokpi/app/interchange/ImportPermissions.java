package jp.kenpokpi.app.interchange;

import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.FiscalYearLocks;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeColumn;
import jp.kenpokpi.interchange.InterchangeRow;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * The rows a user may import: a branch editor only their own branch's, nobody a locked year's. A row outside the
 * user's rights is a problem of the file like any other, naming its line and column, and stops the whole import.
 * Serves the KPI file and the business plan file alike. The lock is the import services' own check (every channel:
 * the page, the command line); the branch rights are the signed-in user's, checked where there is one.
 */
@Component
public class ImportPermissions {

    private final FiscalYearLocks locks;

    ImportPermissions(FiscalYearLocks locks) {
        this.locks = locks;
    }

    /** Where a row of an imported file is, and whose data it changes. */
    public record PlacedRow(String file, int line, OrgCode org, FiscalYear year) {

        static PlacedRow of(InterchangeRow r) {
            return new PlacedRow(r.file(), r.line(), r.org(), r.year());
        }
    }

    public List<ImportProblem> problems(UserAccount user, List<InterchangeRow> rows) {
        return problemsAt(user, rows.stream().map(PlacedRow::of).toList());
    }

    /** The rows of another branch than a branch editor's own. */
    public List<ImportProblem> problemsAt(UserAccount user, List<PlacedRow> rows) {
        List<ImportProblem> problems = new ArrayList<>();
        for (PlacedRow row : rows) {
            if (!BranchAccess.mayChange(user, row.org())) {
                problems.add(ImportProblem.at(
                        row.file(),
                        row.line(),
                        InterchangeColumn.BRANCH_CODE.header(),
                        "支部「" + row.org() + "」の行は取り込めません（" + user.displayName() + "が変更できるのは"
                                + user.branch().map(b -> "支部「" + b + "」の行だけです）").orElse("ありません）")));
            }
        }
        return problems;
    }

    /** The rows of a year headquarters has locked: nobody, on no channel, changes them. */
    public List<ImportProblem> lockedAt(List<PlacedRow> rows) {
        List<ImportProblem> problems = new ArrayList<>();
        for (PlacedRow row : rows) {
            if (locks.isLocked(row.org(), row.year())) {
                problems.add(ImportProblem.at(
                        row.file(),
                        row.line(),
                        InterchangeColumn.FISCAL_YEAR.header(),
                        row.year().japanese() + "は本部が確定（ロック）したため取り込めません（支部「" + row.org() + "」）"));
            }
        }
        return problems;
    }
}
