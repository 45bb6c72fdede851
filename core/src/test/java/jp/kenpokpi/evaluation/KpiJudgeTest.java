package jp.kenpokpi.evaluation;

import static jp.kenpokpi.catalogue.ReferenceCatalogue.kpi;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.NationalValues;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.PriorYearResult;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredResults;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.summary.BranchYearSummary;
import jp.kenpokpi.summary.KpiDetail;
import jp.kenpokpi.summary.KpiDetail.TileColouring;
import jp.kenpokpi.summary.KpiDetails;
import jp.kenpokpi.summary.SummaryRow;
import jp.kenpokpi.target.Achievement;
import org.junit.jupiter.api.Test;

/**
 * One judgement: the dashboard's rows, the KPI page and the entry form judge a KPI with the same target, the same
 * result and the same prior year, because they all ask {@link KpiJudge}.
 */
class KpiJudgeTest {

    private static final Kpi LIFESTYLE = kpi("LIFESTYLE_CHECKUP_RATE");
    private static final KpiDefinition D =
            LIFESTYLE.definitionIn(FiscalYear.of(2023)).orElseThrow();
    private static final FiscalYear FY2022 = FiscalYear.of(2022);
    private static final FiscalYear FY2023 = FiscalYear.of(2023);
    private static final List<FiscalYear> YEARS =
            IntStream.rangeClosed(2021, 2023).mapToObj(FiscalYear::of).toList();

    private final List<StoredResult> results = new ArrayList<>();
    private final List<StoredTarget> targets = new ArrayList<>();

    @Test
    void the_association_without_its_own_prior_year_is_compared_with_its_national_value_on_every_page() {
        // The association recorded no FY2022 result: its prior year is the one computed from the branches, 70/100.
        ratio("13", 2022, 60, 80);
        ratio("31", 2022, 10, 20);
        ratio("13", 2023, 72, 100);
        target("00", 2023, "対前年度以上");

        KpiJudge judge = new KpiJudge(data(), new NationalValues(data()), MarkPolicies.EXCEEDS);
        assertThat(judge.priorYear(LIFESTYLE, OrgCode.ASSOCIATION, FY2023))
                .isInstanceOfSatisfying(
                        PriorYearResult.Known.class, k -> assertThat(k.value()).isEqualByComparingTo("70.0"));

        SummaryRow dashboard = new BranchYearSummary(ReferenceCatalogue.get(), data(), MarkPolicies.EXCEEDS)
                .rows(OrgCode.ASSOCIATION, FY2023).stream()
                        .filter(r -> r.definition().equals(D))
                        .findFirst()
                        .orElseThrow();
        assertThat(dashboard.evaluation().outcome().targetValue())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("70.0"));

        KpiDetail page = new KpiDetails(data(), MarkPolicies.EXCEEDS)
                .detail(LIFESTYLE, OrgCode.ASSOCIATION, FY2023, YEARS, TileColouring.RESULT);
        assertThat(page.targetLine())
                .as("the KPI page draws the prior year the dashboard judged against")
                .hasValueSatisfying(t -> {
                    assertThat(t.value()).isEqualByComparingTo("70.0");
                    assertThat(t.labelJa()).isEqualTo("前年度実績 70.0%（目標：対前年度以上）");
                });
    }

    @Test
    void the_association_without_its_own_result_is_judged_on_its_national_value() {
        ratio("13", 2023, 72, 100);
        ratio("31", 2023, 8, 20); // 80/120 = 66.7%
        target("00", 2023, "70.0%以上");

        KpiJudge judge = new KpiJudge(data(), new NationalValues(data()), MarkPolicies.EXCEEDS);
        KpiEvaluation evaluation = judge.evaluate(LIFESTYLE, D, OrgCode.ASSOCIATION, FY2023);

        assertThat(evaluation.result().number(D))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("66.7"));
        assertThat(evaluation.outcome().achievement()).isEqualTo(Achievement.MISSED);
        assertThat(evaluation.mark()).isEqualTo(Mark.BELOW_PLAN);
    }

    @Test
    void a_branch_is_judged_on_its_own_result_and_its_own_prior_year_only() {
        ratio("13", 2022, 60, 80);
        rate("09", 2023, "72.2");
        target("09", 2023, "対前年度以上");

        KpiJudge judge = new KpiJudge(data(), new NationalValues(data()), MarkPolicies.EXCEEDS);

        assertThat(judge.priorYear(LIFESTYLE, OrgCode.of("09"), FY2023)).isInstanceOf(PriorYearResult.Missing.class);
        assertThat(judge.evaluate(LIFESTYLE, D, OrgCode.of("09"), FY2023)
                        .outcome()
                        .achievement())
                .isEqualTo(Achievement.NOT_COMPARABLE);
        assertThat(judge.evaluate(LIFESTYLE, D, OrgCode.of("09"), FY2022, Result.none())
                        .outcome()
                        .achievement())
                .as("no target in FY2022")
                .isEqualTo(Achievement.NO_TARGET);
        assertThat(judge.associationStandIn(D, OrgCode.of("09"), FY2023)).isEmpty();
    }

    private KpiDataSet data() {
        return new KpiDataSet(targets, results);
    }

    private void ratio(String org, int year, int numerator, int denominator) {
        add(org, year, StoredResults.ratio(numerator, denominator));
    }

    private void rate(String org, int year, String value) {
        add(org, year, StoredResults.percent(value));
    }

    private void add(String org, int year, Result result) {
        results.add(StoredResults.yearEnd(org, FiscalYear.of(year), LIFESTYLE.code(), 2021)
                .value(result)
                .build());
    }

    private void target(String org, int year, String text) {
        targets.add(StoredResults.target(org, FiscalYear.of(year), LIFESTYLE.code(), text));
    }
}
