package jp.kenpokpi.app.interchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.FiscalYearLocks;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeColumn;
import jp.kenpokpi.interchange.InterchangeRow;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.submission.SubmissionKind;
import org.springframework.stereotype.Component;

/**
 * The rows a user may import: a branch editor only their own branch's, nobody a locked year's nor the data of a
 * report that is submitted or approved (BranchAccess's freeze: a target belongs to the plan, a result to the report
 * SubmissionKind.ofResult names). A row outside the user's rights is a problem of the file like any other, naming
 * its line and column, and stops the whole import. Serves the KPI file and the business plan file alike. The lock
 * and the freeze are the import services' own check (every channel: the page, the command line); the branch rights
 * are the signed-in user's, checked where there is one.
 */
@Component
public class ImportPermissions {

    private final FiscalYearLocks locks;
    private final BranchAccess access;
    private final CatalogueRepository catalogue;

    ImportPermissions(FiscalYearLocks locks, BranchAccess access, CatalogueRepository catalogue) {
        this.locks = locks;
        this.access = access;
        this.catalogue = catalogue;
    }

    /**
     * Where a row of an imported file is, and whose data it changes.
     *
     * @param reports the reports whose data the row changes, each with the column that says so (a row of a report
     *     that is submitted or approved is refused there)
     */
    public record PlacedRow(String file, int line, OrgCode org, FiscalYear year, Map<SubmissionKind, String> reports) {

        /** A row whose data belongs to no report that freezes it (a budget's). */
        public PlacedRow(String file, int line, OrgCode org, FiscalYear year) {
            this(file, line, org, year, Map.of());
        }

        /** A KPI row: its target belongs to the plan, its result to the report SubmissionKind.ofResult names. */
        static PlacedRow of(InterchangeRow r) {
            Map<SubmissionKind, String> reports = new LinkedHashMap<>();
            if (r.target().isPresent()) reports.put(SubmissionKind.PLAN, InterchangeColumn.TARGET.header());
            if (r.carriesResult()) {
                SubmissionKind.ofResult(r.year(), r.asOf())
                        .ifPresent(report -> reports.put(
                                report,
                                (r.asOf().isPresent() ? InterchangeColumn.AS_OF : InterchangeColumn.FISCAL_YEAR)
                                        .header()));
            }
            return new PlacedRow(r.file(), r.line(), r.org(), r.year(), reports);
        }
    }

    /** The rows of another branch than a branch editor's own, and those of a headquarters' indicator. */
    public List<ImportProblem> problems(UserAccount user, List<InterchangeRow> rows) {
        List<ImportProblem> problems = new ArrayList<>(
                problemsAt(user, rows.stream().map(PlacedRow::of).toList()));
        KpiCatalogue kpis = catalogue.load();
        for (InterchangeRow row : rows) {
            BranchAccess.indicatorRefusal(user, kpis, row.definition())
                    .ifPresent(why -> problems.add(
                            ImportProblem.at(row.file(), row.line(), InterchangeColumn.KPI_CODE.header(), why)));
        }
        return problems;
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

    /**
     * The rows of a year headquarters has locked, and those of a report that is submitted or approved: nobody, on no
     * channel, changes them. Each branch's year and report is read once however many rows name it.
     */
    public List<ImportProblem> lockedAt(List<PlacedRow> rows) {
        Map<String, Boolean> locked = new HashMap<>();
        Map<String, Optional<String>> frozen = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (PlacedRow row : rows) {
            String year = row.org() + "/" + row.year();
            if (locked.computeIfAbsent(year, k -> locks.isLocked(row.org(), row.year()))) {
                problems.add(ImportProblem.at(
                        row.file(),
                        row.line(),
                        InterchangeColumn.FISCAL_YEAR.header(),
                        row.year().japanese() + "は本部が確定（ロック）したため取り込めません（支部「" + row.org() + "」）"));
                continue;
            }
            row.reports()
                    .forEach((report, column) -> frozen.computeIfAbsent(
                                    year + "/" + report, k -> access.frozenBecause(row.org(), row.year(), report))
                            .ifPresent(why -> problems.add(
                                    ImportProblem.at(row.file(), row.line(), column, why + "。この行は取り込めません"))));
        }
        return problems;
    }
}
