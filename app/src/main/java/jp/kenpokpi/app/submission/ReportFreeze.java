package jp.kenpokpi.app.submission;

import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.security.FrozenReports;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.submission.Submission;
import jp.kenpokpi.submission.SubmissionKind;
import org.springframework.stereotype.Service;

/**
 * What a report's submission freezes: while a branch's report is with its manager or headquarters, or approved, the
 * data it reports (its targets for the plan, its results for the 上期 and the year end) cannot change, for anyone,
 * until headquarters returns or reopens it. The year lock (YearLocking) is the year-end approval's stronger form.
 */
@Service
public class ReportFreeze implements FrozenReports {

    private final SubmissionRepository submissions;

    ReportFreeze(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    /** Why the report's data cannot change now (栃木支部の令和7年度 事業計画・目標は提出済のため変更できません), or empty. */
    @Override
    public Optional<String> frozenBecause(OrgCode branch, FiscalYear year, SubmissionKind report) {
        if (branch.isAssociation()) return Optional.empty();
        return submissions.find(branch, year, report).lockedBecauseJa();
    }

    /** The same for every branch of the year at once (one query), for a page that shows them all. */
    public Map<OrgCode, String> frozenBranches(FiscalYear year, SubmissionKind report) {
        Map<OrgCode, String> frozen = new java.util.HashMap<>();
        submissions
                .findAll(year)
                .forEach((branch, reports) -> Optional.ofNullable(reports.get(report))
                        .flatMap(Submission::lockedBecauseJa)
                        .ifPresent(why -> frozen.put(branch, why)));
        return frozen;
    }
}
