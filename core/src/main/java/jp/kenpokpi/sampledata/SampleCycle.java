package jp.kenpokpi.sampledata;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.period.JapanTime;
import jp.kenpokpi.submission.SubmissionAction;
import jp.kenpokpi.submission.SubmissionKind;

/**
 * The sample data's 提出・承認 history, so that the demo accounts find a cycle under way: the steps are taken after
 * the sample values and plans are loaded, each checked as the application checks a user's step (a 提出 only of a
 * report its completeness check finds nothing missing in).
 *
 * <ul>
 *   <li>FY2025 上期実施状況: six branches 提出済 (their 上期 results are 架空), Tochigi's 差戻し with headquarters'
 *       comment (架空, labelled so), every other report 入力中;</li>
 *   <li>Tochigi FY2023 事業計画・目標: 承認済. It is the one report of the real Tochigi FY2023 year that our check finds
 *       complete: the printed 年度実績・自己評価 gave no narrative for its six missed targets and no self-evaluation of
 *       its 18 measures, and the sample holds no 上期 result of it, so those two stay 入力中 rather than be completed
 *       with invented text (the real council approved the report as printed; docs/SAMPLE-DATA.md).</li>
 * </ul>
 */
public final class SampleCycle {

    /** Headquarters' return comment: synthetic, and says so where the branch reads it. */
    public static final String RETURN_COMMENT = "【架空のサンプル】上期実績が前年同期を下回った項目について、理由を備考に補ったうえで再提出してください。";

    /** The branches whose FY2025 上期実施状況 the sample has submitted (北海道, 秋田, 東京, 愛知, 大阪, 福岡). */
    public static final List<OrgCode> FY2025_FIRST_HALF_SUBMITTED = List.of(
            OrgCode.of("01"), OrgCode.of("05"), OrgCode.of("13"), OrgCode.of("23"), OrgCode.of("27"), OrgCode.of("40"));

    /** The branch whose FY2025 上期実施状況 headquarters returned: Tochigi, the demo branch, so its user has a step. */
    public static final OrgCode FY2025_FIRST_HALF_RETURNED = OrgCode.of("09");

    public static final FiscalYear FY2025 = FiscalYear.of(2025);
    public static final FiscalYear FY2023 = FiscalYear.of(2023);
    public static final OrgCode TOCHIGI = OrgCode.of("09");

    private SampleCycle() {}

    /**
     * One step of the sample history: which report, which step, when (Japan time), with which comment. Who takes it
     * follows from the step: a branch's editor submits, headquarters returns and approves.
     */
    public record Step(
            OrgCode branch,
            FiscalYear year,
            SubmissionKind kind,
            SubmissionAction action,
            Instant at,
            Optional<String> comment) {

        /** Whether headquarters takes the step (return, approve, reopen) rather than the branch. */
        public boolean byHeadquarters() {
            return action == SubmissionAction.RETURN
                    || action == SubmissionAction.APPROVE
                    || action == SubmissionAction.REOPEN;
        }
    }

    /** The steps in the order they are taken (oldest first). */
    public static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(step(TOCHIGI, FY2023, SubmissionKind.PLAN, SubmissionAction.SUBMIT, "2023-03-24T15:00"));
        steps.add(step(TOCHIGI, FY2023, SubmissionKind.PLAN, SubmissionAction.APPROVE, "2023-04-07T10:30"));
        int day = 20;
        for (OrgCode branch : FY2025_FIRST_HALF_SUBMITTED) {
            steps.add(step(
                    branch, FY2025, SubmissionKind.FIRST_HALF, SubmissionAction.SUBMIT, "2025-11-" + day++ + "T16:00"));
        }
        steps.add(step(
                FY2025_FIRST_HALF_RETURNED,
                FY2025,
                SubmissionKind.FIRST_HALF,
                SubmissionAction.SUBMIT,
                "2025-11-21T11:00"));
        steps.add(new Step(
                FY2025_FIRST_HALF_RETURNED,
                FY2025,
                SubmissionKind.FIRST_HALF,
                SubmissionAction.RETURN,
                at("2025-12-02T14:00"),
                Optional.of(RETURN_COMMENT)));
        return steps;
    }

    private static Step step(OrgCode branch, FiscalYear year, SubmissionKind kind, SubmissionAction action, String at) {
        return new Step(branch, year, kind, action, at(at), Optional.empty());
    }

    private static Instant at(String localJapanTime) {
        return LocalDateTime.parse(localJapanTime).atZone(JapanTime.ZONE).toInstant();
    }
}
