package jp.kenpokpi.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.submission.Actor;
import jp.kenpokpi.submission.ApprovalRoute;
import jp.kenpokpi.submission.Submission;
import jp.kenpokpi.submission.SubmissionKind;
import jp.kenpokpi.submission.SubmissionState;
import org.junit.jupiter.api.Test;

/**
 * The sample cycle's steps follow the transition table (who, from which state, with which comment) and leave the
 * states the README describes; that each 提出 is of a complete report is the application's check (SampleCycleIT).
 */
class SampleCycleTest {

    private record Report(String branch, int year, SubmissionKind kind) {}

    private static Map<Report, Submission> play() {
        Map<Report, Submission> reports = new LinkedHashMap<>();
        for (SampleCycle.Step step : SampleCycle.steps()) {
            Report key = new Report(step.branch().value(), step.year().value(), step.kind());
            Submission current = reports.getOrDefault(key, Submission.start(step.branch(), step.year(), step.kind()));
            Actor actor = step.byHeadquarters()
                    ? Actor.headquarters("sample-data")
                    : Actor.branchEditor("sample-data", step.branch());
            Submission.Decision decision =
                    current.apply(step.action(), actor, ApprovalRoute.DIRECT, step.comment(), List.of(), step.at());
            assertThat(decision).as(step.toString()).isInstanceOf(Submission.Accepted.class);
            reports.put(key, ((Submission.Accepted) decision).next());
        }
        return reports;
    }

    @Test
    void everyStepIsOneTheTransitionTableAllowsAndTheReportsEndInTheDescribedStates() {
        Map<Report, Submission> reports = play();

        assertThat(reports).hasSize(8);
        assertThat(reports.get(new Report("09", 2023, SubmissionKind.PLAN)).state())
                .isEqualTo(SubmissionState.APPROVED);
        assertThat(reports.get(new Report("09", 2025, SubmissionKind.FIRST_HALF))
                        .state())
                .isEqualTo(SubmissionState.RETURNED);
        for (var branch : SampleCycle.FY2025_FIRST_HALF_SUBMITTED) {
            assertThat(reports.get(new Report(branch.value(), 2025, SubmissionKind.FIRST_HALF))
                            .state())
                    .isEqualTo(SubmissionState.SUBMITTED);
        }
    }

    @Test
    void noYearEndReportIsSteppedSoTheSampleLocksNoYear() {
        assertThat(SampleCycle.steps()).noneMatch(s -> s.kind() == SubmissionKind.YEAR_END);
    }

    @Test
    void everyTextTheSampleWritesSaysItIsSynthetic() {
        assertThat(SampleCycle.steps())
                .flatExtracting(s -> s.comment().stream().toList())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).startsWith("【架空のサンプル】"));
    }

    @Test
    void eachStepIsLaterThanTheOneBeforeItOnTheSameReport() {
        Map<Report, java.time.Instant> last = new LinkedHashMap<>();
        for (SampleCycle.Step step : SampleCycle.steps()) {
            Report key = new Report(step.branch().value(), step.year().value(), step.kind());
            if (last.containsKey(key)) assertThat(step.at()).isAfter(last.get(key));
            last.put(key, step.at());
        }
    }
}
