package jp.kenpokpi.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.interchange.InterchangeReader;
import jp.kenpokpi.interchange.InterchangeRow;
import jp.kenpokpi.interchange.SampleData;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.PlanCsv;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.submission.MissingItem.What;
import org.junit.jupiter.api.Test;

/**
 * The real Tochigi FY2023 year as the sample data holds it (sample-data/tochigi-fy2023.csv and -plan.csv, from the
 * branch's 事業計画実施状況): its 19 KPIs all have results and 実施状況, but the six it missed (△) have no narrative
 * and its 18 measures no self-evaluation (the report printed none), so it could not be submitted as it stands.
 */
class TochigiFy2023CompletenessTest {

    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final FiscalYear FY2023 = FiscalYear.of(2023);

    private static final List<InterchangeRow> ROWS = new InterchangeReader(ReferenceCatalogue.get())
            .read(List.of(SampleData.file("tochigi-fy2023.csv")))
            .rows();
    private static final KpiDataSet DATA = new KpiDataSet(
            ROWS.stream().flatMap(r -> r.storedTarget().stream()).toList(),
            ROWS.stream()
                    .filter(InterchangeRow::hasResult)
                    .map(InterchangeRow::storedResult)
                    .toList());
    private static final BusinessPlan PLAN = new PlanCsv(ReferenceCatalogue.get())
            .read(List.of(SampleData.file("tochigi-fy2023-plan.csv")))
            .plans()
            .get(0);

    private static List<MissingItem> missing(SubmissionKind kind, Set<String> branchSetTargets) {
        return kind.missing(BranchYearData.of(
                ReferenceCatalogue.get(),
                DATA,
                MarkPolicies.EXCEEDS,
                TOCHIGI,
                FY2023,
                Optional.of(PLAN),
                branchSetTargets));
    }

    @Test
    void the_sample_data_is_tochigis_fy2023_plan() {
        assertThat(PLAN.organisation()).isEqualTo(TOCHIGI);
        assertThat(PLAN.year()).isEqualTo(FY2023);
        assertThat(PLAN.measures()).hasSize(18);
        assertThat(PLAN.kpiItems()).hasSize(19);
    }

    @Test
    void the_year_end_report_lacks_the_six_narratives_of_the_missed_targets_and_the_eighteen_self_evaluations() {
        List<MissingItem> missing = missing(SubmissionKind.YEAR_END, Set.of());

        assertThat(missing.stream().filter(m -> m.what() == What.NARRATIVE))
                .extracting(m -> m.messageJa().substring(0, m.messageJa().indexOf(':')))
                .containsExactly(
                        "（2）現金給付等の申請に係る郵送化率",
                        "（6）日本年金機構回収分も含めた資格喪失後1か月以内の保険証回収率",
                        "（7）返納金債権（資格喪失後受診に係るものに限る。）の回収率",
                        "（8）被扶養者資格の確認対象事業所からの確認書の提出率",
                        "（11）被扶養者の特定健診実施率",
                        "（12）被保険者の特定保健指導の実施率");
        assertThat(missing.stream().filter(m -> m.what() == What.SELF_EVALUATION))
                .hasSize(18);
        assertThat(missing).extracting(MissingItem::what).containsOnly(What.NARRATIVE, What.SELF_EVALUATION);
        assertThat(missing).hasSize(24);
    }

    @Test
    void the_plan_report_is_complete_where_headquarters_set_every_target_and_lacks_the_reasoning_of_a_branch_set_one() {
        assertThat(missing(SubmissionKind.PLAN, Set.of())).isEmpty();

        assertThat(missing(SubmissionKind.PLAN, Set.of("GENERIC_DRUG_SHARE")))
                .extracting(MissingItem::what, MissingItem::kpiCode)
                .containsExactly(tuple(What.TARGET_REASONING, Optional.of("GENERIC_DRUG_SHARE")));
    }

    @Test
    void the_first_half_report_lacks_every_kpi_as_the_sample_data_holds_no_interim_result_of_tochigi() {
        assertThat(missing(SubmissionKind.FIRST_HALF, Set.of()))
                .hasSize(19)
                .extracting(MissingItem::what)
                .containsOnly(What.INTERIM_RESULT);
    }
}
