package jp.kenpokpi.app.plan;

import java.util.Collection;
import java.util.Optional;
import jp.kenpokpi.app.security.FrozenReports;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.PlanPart;
import org.springframework.stereotype.Service;

/**
 * Which half of a branch's plan may change now: the plan's side while its 事業計画・目標 report is open, the year-end
 * side while its 年度実績・自己評価 report is (PlanPart says which fields are which, ReportFreeze why a report is
 * frozen). Every web change of a plan asks here, inside its transaction.
 */
@Service
public class PlanFreeze {

    private final FrozenReports reports;

    PlanFreeze(FrozenReports reports) {
        this.reports = reports;
    }

    /** Why this half of the branch's plan cannot change now, or empty. */
    public Optional<String> frozenBecause(OrgCode branch, FiscalYear year, PlanPart part) {
        return reports.frozenBecause(branch, year, part.report());
    }

    /** Throws (403 with the reason) when a half the change touches is frozen. */
    public void requireOpen(OrgCode branch, FiscalYear year, Collection<PlanPart> touched) {
        for (PlanPart part : touched) reports.requireOpen(branch, year, part.report());
    }
}
