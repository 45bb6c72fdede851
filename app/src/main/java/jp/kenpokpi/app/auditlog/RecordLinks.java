package jp.kenpokpi.app.auditlog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSubject;

/**
 * The page that shows the record a change is about: a KPI's target or result on the KPI's page of the branch and
 * year, a measure on the plan, a budget line on the budget, a submission step on the submission page, a year's lock
 * on the branch's dashboard, a headquarters target rule on the target grid, a branch's proposal on the proposals, an
 * account on its page of account administration.
 */
final class RecordLinks {

    private RecordLinks() {}

    /** The page's address relative to the application, or empty where the change names no branch or year. */
    static Optional<String> of(ChangeLog.Change c) {
        // An account's row is keyed by its login name (account/AccountAdministration).
        if (c.table().equals("app_user")) {
            return Optional.of("/admin/users/" + URLEncoder.encode(c.rowKey(), StandardCharsets.UTF_8));
        }
        ChangeSubject s = c.subject();
        if (s.fiscalYear().isEmpty()) return Optional.empty();
        int year = s.fiscalYear().get();
        if (c.table().equals("target_setting")) return Optional.of("/targets?year=" + year);
        if (s.branch().isEmpty()) return Optional.empty();
        String branchYear = "branch=" + s.branch().get() + "&year=" + year;
        return switch (c.table()) {
            case "kpi_target", "kpi_result" ->
                s.kpiCode().map(k -> "/kpi/" + URLEncoder.encode(k, StandardCharsets.UTF_8) + "?" + branchYear);
            case "plan_measure" -> Optional.of("/plan?" + branchYear);
            case "budget_category", "budget_item" -> Optional.of("/budget?" + branchYear);
            case "submission" -> Optional.of("/submissions?" + branchYear);
            case "fiscal_year_lock" -> Optional.of("/dashboard?" + branchYear);
            case "target_proposal" -> Optional.of("/targets/proposals?" + branchYear);
            default -> Optional.empty();
        };
    }
}
