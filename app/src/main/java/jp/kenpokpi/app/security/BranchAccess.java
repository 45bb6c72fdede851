package jp.kenpokpi.app.security;

import java.util.Optional;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.submission.SubmissionKind;
import org.springframework.stereotype.Service;

/**
 * Who may change what: headquarters everything, a branch editor only their own branch, a viewer nothing; no one a
 * fiscal year that headquarters has locked, and no one a result whose report is submitted or approved (its
 * submission freezes it until headquarters returns or reopens it). A headquarters' indicator (the incentive scheme's
 * ③) is headquarters' own figure about every branch: only headquarters changes it.
 */
@Service
public class BranchAccess {

    private final FiscalYearLocks locks;
    private final FrozenReports reports;

    public BranchAccess(FiscalYearLocks locks, FrozenReports reports) {
        this.locks = locks;
        this.reports = reports;
    }

    /** Why the user may not change a value of this KPI at all: a headquarters' indicator, for anyone but headquarters. */
    public static Optional<String> indicatorRefusal(
            UserAccount user, KpiCatalogue catalogue, KpiDefinition definition) {
        if (user.role().headquarters() || !catalogue.isHeadquartersIndicator(definition.kpiCode()))
            return Optional.empty();
        return Optional.of("「" + definition.nameJa() + "」（" + definition.kpiCode() + "）は本部の指標です。変更できるのは本部だけです");
    }

    /** Refuses (403) a change to a headquarters' indicator by anyone but headquarters. */
    public static void requireIndicatorChange(UserAccount user, KpiCatalogue catalogue, KpiDefinition definition) {
        indicatorRefusal(user, catalogue, definition).ifPresent(BranchAccess::refuse);
    }

    /** Whether the role and branch allow it at all, before any lock. */
    public static boolean mayChange(UserAccount user, OrgCode org) {
        return switch (user.role()) {
            case HQ_ADMIN, HQ_STAFF -> true;
            case BRANCH_MANAGER, BRANCH_EDITOR ->
                user.branch().map(b -> b.equals(org)).orElse(false);
            case VIEWER -> false;
        };
    }

    public boolean canChange(UserAccount user, OrgCode org, FiscalYear year) {
        return refusal(user, org, year).isEmpty();
    }

    /** Why the user may not change the branch's year (role and branch, then the year's lock), or empty. */
    public Optional<String> changeRefusal(UserAccount user, OrgCode org, FiscalYear year) {
        return refusal(user, org, year);
    }

    /** Throws with a Japanese message when the user may not change the branch's year. */
    public void requireChange(UserAccount user, OrgCode org, FiscalYear year) {
        refusal(user, org, year).ifPresent(BranchAccess::refuse);
    }

    /**
     * The one rule of a KPI's result (the year-end form, the month-end form, the links to them): why the user may
     * not change the result of the year (as of the month end, for a month-end result) now, or empty. The role and
     * branch first, then {@link #resultClosedBecause}.
     */
    public Optional<String> resultRefusal(UserAccount user, OrgCode org, FiscalYear year, Optional<AsOf> asOf) {
        return roleRefusal(user, org).or(() -> resultClosedBecause(org, year, asOf));
    }

    /** Throws with the Japanese reason of {@link #resultRefusal}; nothing is changed then. */
    public void requireResultChange(UserAccount user, OrgCode org, FiscalYear year, Optional<AsOf> asOf) {
        resultRefusal(user, org, year, asOf).ifPresent(BranchAccess::refuse);
    }

    /**
     * Why no one, whoever they are, may change the result now: the year's lock, else the report it belongs to
     * (SubmissionKind.ofResult) submitted or approved. What a page says above the values it offers no link to.
     */
    public Optional<String> resultClosedBecause(OrgCode org, FiscalYear year, Optional<AsOf> asOf) {
        return lockRefusal(org, year).or(() -> resultFrozenBecause(org, year, asOf));
    }

    /** Why no one may change the result now because its report is submitted or approved, or empty. */
    public Optional<String> resultFrozenBecause(OrgCode org, FiscalYear year, Optional<AsOf> asOf) {
        return SubmissionKind.ofResult(year, asOf).flatMap(report -> frozenBecause(org, year, report));
    }

    /** Why no one may change the data the report covers now (its submission), or empty. */
    public Optional<String> frozenBecause(OrgCode org, FiscalYear year, SubmissionKind report) {
        return reports.frozenBecause(org, year, report);
    }

    private Optional<String> refusal(UserAccount user, OrgCode org, FiscalYear year) {
        return roleRefusal(user, org).or(() -> lockRefusal(org, year));
    }

    private static Optional<String> roleRefusal(UserAccount user, OrgCode org) {
        if (mayChange(user, org)) return Optional.empty();
        return Optional.of(
                user.role() == Role.VIEWER
                        ? "閲覧者はデータを変更できません"
                        : "自支部以外のデータは変更できません（" + Organisations.all().get(org).nameJa() + "）");
    }

    private Optional<String> lockRefusal(OrgCode org, FiscalYear year) {
        return locks.isLocked(org, year) ? Optional.of(lockedJa(org, year)) : Optional.empty();
    }

    /** Why a locked year cannot change, as every page and refusal says it. */
    public static String lockedJa(OrgCode org, FiscalYear year) {
        return Organisations.all().get(org).nameJa() + "の" + year.japanese() + "は本部が確定（ロック）したため変更できません";
    }

    private static void refuse(String why) {
        throw new AccessDeniedToBranchException(why);
    }
}
