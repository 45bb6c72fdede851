package jp.kenpokpi.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.CatalogueCsv;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanAction;
import jp.kenpokpi.plan.PlanArea;
import jp.kenpokpi.plan.PlanCsv;
import jp.kenpokpi.plan.PlanKpi;
import org.junit.jupiter.api.Test;

/**
 * The two real business plans shipped as sample data read without a problem, and say what the seed reports say. The
 * expected facts are typed from the reports (shared/seeds), not from the CSV files.
 */
class SamplePlansTest {

    private static BusinessPlan read(String name) {
        try (InputStream in = SamplePlansTest.class.getResourceAsStream("/sample-data/" + name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            PlanCsv.Outcome outcome =
                    new PlanCsv(CatalogueCsv.reference()).read(List.of(new InterchangeFile(name, in.readAllBytes())));
            assertThat(outcome.problems()).extracting(ImportProblem::describeJa).isEmpty();
            assertThat(outcome.plans()).hasSize(1);
            return outcome.plans().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void tochigiFy2023HasTheMeasuresOfTheThreeAreasAndTheNineteenKpisOfTheSummaryTable() {
        BusinessPlan plan = read("tochigi-fy2023-plan.csv");

        assertThat(plan.organisation()).isEqualTo(OrgCode.of("09"));
        assertThat(plan.year()).isEqualTo(FiscalYear.of(2023));
        assertThat(plan.measures(PlanArea.CORE)).hasSize(9);
        assertThat(plan.measures(PlanArea.STRATEGIC)).hasSize(6);
        assertThat(plan.measures(PlanArea.ORGANISATION)).hasSize(3);
        assertThat(plan.measure(PlanArea.CORE, 9)).map(Measure::title).contains("業務改革の推進");
        assertThat(plan.measure(PlanArea.STRATEGIC, 6)).map(Measure::title).contains("調査研究の推進");
        assertThat(plan.measure(PlanArea.ORGANISATION, 3)).map(Measure::title).contains("その他の取組");

        assertThat(plan.kpiItems()).hasSize(19);
        assertThat(plan.kpiItems().values())
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
        assertThat(plan.kpiItems())
                .containsEntry("DEPENDENT_CONFIRMATION_RATE", 8)
                .containsEntry("SS_ACHIEVEMENT", 1)
                .containsEntry("SINGLE_BID_RATE", 19);
        assertThat(measureOf(plan, "DEPENDENT_CONFIRMATION_RATE"))
                .map(Measure::title)
                .contains("被扶養者資格の再確認の徹底");
        assertThat(measureOf(plan, "JUDO_MULTI_FREQUENT_RATE"))
                .map(Measure::title)
                .contains("現金給付の適正化の推進");
    }

    @Test
    void tochigiKeepsTheTagsTheirReasonsAndWhatWasDone() {
        BusinessPlan plan = read("tochigi-fy2023-plan.csv");

        Measure finance = plan.measure(PlanArea.CORE, 1).orElseThrow();
        assertThat(finance.title()).isEqualTo("健全な財政運営");
        assertThat(finance.important()).isTrue();
        assertThat(finance.difficult()).isTrue();
        assertThat(finance.importanceReason())
                .hasValueSatisfying(s -> assertThat(s).startsWith("協会けんぽは約 4,000 万人の加入者"));
        assertThat(finance.selfEvaluation()).isEmpty();

        Measure service = plan.measure(PlanArea.CORE, 2).orElseThrow();
        assertThat(service.title()).isEqualTo("サービス水準の向上");
        assertThat(service.important()).isFalse();
        assertThat(service.difficult()).isTrue();
        assertThat(service.kpis())
                .extracting(PlanKpi::kpiCode)
                .containsExactly("SS_ACHIEVEMENT", "MAIL_APPLICATION_RATE");
        PlanAction first = service.actions().get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.planText())
                .isEqualTo("業務マニュアルに則った業務の標準化・効率化・簡素化を徹底し、現金給付の申請受付から" + "支給までの標準期間（サービススタンダード：10日間）を遵守する。");
        assertThat(first.doneText())
                .isEqualTo("業務マニュアルに則った業務の標準化・効率化・簡素化を徹底し、現金給付の申請受付から" + "支給までの標準期間（サービススタンダード：10 日間）を遵守した。");
        assertThat(service.actions()).hasSize(5);
        // the done column of ② continues on the next page, after the plan column's ③–⑤
        assertThat(service.actions().get(1).doneText()).endsWith("改善ポイントについて周知した。");
    }

    @Test
    void akitaFy2025HasTheKpiListWithItsReasoning() {
        BusinessPlan plan = read("akita-fy2025-plan.csv");

        assertThat(plan.organisation()).isEqualTo(OrgCode.of("05"));
        assertThat(plan.year()).isEqualTo(FiscalYear.of(2025));
        assertThat(plan.kpiItems()).hasSize(19);
        assertThat(plan.kpiItems())
                .containsEntry("SS_ACHIEVEMENT", 1)
                .containsEntry("REFERRAL_VISIT_RATE", 12)
                .containsEntry("SINGLE_BID_RATE", 19);
        assertThat(reasoning(plan, "SS_ACHIEVEMENT"))
                .hasValueSatisfying(s -> assertThat(s).startsWith("①全支部が100％以上とし加入者への迅速な"));
        assertThat(reasoning(plan, "REFERRAL_VISIT_RATE"))
                .hasValueSatisfying(s -> assertThat(s).startsWith("受診勧奨対象者の約6割が新たに対象となる"));

        Measure finance = plan.measure(PlanArea.CORE, 1).orElseThrow();
        assertThat(finance.title()).isEqualTo("健全な財政運営");
        assertThat(finance.importanceReason())
                .hasValueSatisfying(s -> assertThat(s).startsWith("協会けんぽは約4,000万人の加入者、約260万事業所"));
        assertThat(plan.measures()).allSatisfy(m -> assertThat(m.doneText()).isEmpty());
    }

    /** The measure a KPI belongs to. */
    private static Optional<Measure> measureOf(BusinessPlan plan, String kpiCode) {
        return plan.measures().stream()
                .filter(m -> m.kpis().stream().anyMatch(k -> k.kpiCode().equals(kpiCode)))
                .findFirst();
    }

    private static Optional<String> reasoning(BusinessPlan plan, String kpiCode) {
        return plan.measures().stream()
                .flatMap(m -> m.kpis().stream())
                .filter(k -> k.kpiCode().equals(kpiCode))
                .findFirst()
                .flatMap(PlanKpi::targetReasoning);
    }
}
