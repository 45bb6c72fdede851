package jp.kenpokpi.app.security;

import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.submission.SubmissionKind;

/**
 * Whether a branch's report is with its manager or headquarters, or approved, so that the data it reports cannot
 * change. Answered by submission/ReportFreeze; declared here because the submission package depends on security,
 * the plan and the report packages, so {@link BranchAccess} (and the plan's editors) can ask it without a cycle.
 */
public interface FrozenReports {

    /** Why the report's data cannot change now (栃木支部の令和7年度 上期実施状況は提出済のため変更できません), or empty. */
    Optional<String> frozenBecause(OrgCode branch, FiscalYear year, SubmissionKind report);

    /** Throws with the Japanese reason (403) when the report's data cannot change now. */
    default void requireOpen(OrgCode branch, FiscalYear year, SubmissionKind report) {
        Optional<String> why = frozenBecause(branch, year, report);
        if (why.isPresent()) throw new AccessDeniedToBranchException(why.get());
    }
}
