package jp.kenpokpi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanAction;
import jp.kenpokpi.plan.PlanArea;
import jp.kenpokpi.plan.PlanKpi;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.PrintedResults;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.summary.BranchYearSummary;
import jp.kenpokpi.summary.SummaryRow;
import org.junit.jupiter.api.Test;

/**
 * The narrative reports R2 (plan vs result), R3 (overview) and R6 (KPI list) and R1's 項番 order, on a part of the
 * Tochigi FY2023 plan: values and texts from the report's 概要 table and 事業実施状況 (items (1), (2), (8), (19)).
 */
class PlanReportsTest {

    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final FiscalYear FY2023 = FiscalYear.of(2023);
    private static final Organisation ORG = Organisations.all().get(TOCHIGI);

    private final List<StoredTarget> targets = new ArrayList<>();
    private final List<StoredResult> results = new ArrayList<>();

    private final Measure service = new Measure(
            2,
            PlanArea.CORE,
            "業務",
            "サービス水準の向上",
            "・現金給付の申請受付から支給までの標準期間（サービススタンダード：10日間）を遵守する。",
            "・お客様満足度向上のため「電話対応チェックシート」を毎月実施した。",
            "郵送化率が目標に届かない",
            Optional.empty(),
            Optional.of("現金給付の審査・支払いを適正かつ迅速に行うことは保険者の責務であり"),
            Optional.empty(),
            "",
            List.of(
                    new PlanAction(1, "業務マニュアルに則った業務の標準化・効率化・簡素化を徹底し", "…遵守した。", Optional.empty()),
                    new PlanAction(
                            2,
                            "加入者・事業主からのご意見や苦情等について、迅速かつ正確に支部内で情報共有し、更なるサービスの改善に結びつける。",
                            "",
                            Optional.of(Mark.AS_PLANNED))),
            List.of(
                    new PlanKpi("SS_ACHIEVEMENT", 1, Optional.of("サービススタンダードは100％を維持する")),
                    new PlanKpi("MAIL_APPLICATION_RATE", 2, Optional.empty())));
    private final Measure dependants = new Measure(
            7,
            PlanArea.CORE,
            "業務",
            "被扶養者資格の再確認の徹底",
            "・被扶養者資格の再確認を徹底する。",
            "",
            "",
            Optional.empty(),
            Optional.empty(),
            Optional.of(SelfEvaluation.C),
            "提出率が目標を下回った",
            List.of(),
            List.of(new PlanKpi("DEPENDENT_CONFIRMATION_RATE", 8, Optional.empty())));
    private final Measure finance = new Measure(
            1,
            PlanArea.CORE,
            "企画総務",
            "健全な財政運営",
            "・保険料率に関する議論を行う。",
            "",
            "",
            Optional.of("協会けんぽは約 4,000 万人の加入者"),
            Optional.of("協会けんぽの財政は"),
            Optional.empty(),
            "",
            List.of(),
            List.of());
    private final Measure other = new Measure(
            3,
            PlanArea.ORGANISATION,
            "企画総務",
            "その他の取組",
            "",
            "",
            "",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "",
            List.of(),
            List.of(new PlanKpi("SINGLE_BID_RATE", 19, Optional.empty())));
    private final BusinessPlan plan = new BusinessPlan(
            TOCHIGI, FY2023, List.of(other, dependants, service, finance), Optional.of("栃木支部 令和5年度事業計画実施状況"));

    PlanReportsTest() {
        printed("SS_ACHIEVEMENT", "100%", "100%", "100%");
        printed("MAIL_APPLICATION_RATE", "96.0%以上", "93.9%", "93.9%");
        printed("DEPENDENT_CONFIRMATION_RATE", "94.0％以上", "89.60%", "90.50%");
        printed("SINGLE_BID_RATE", "20%以下", "0.0%", "0.0%");
    }

    private List<SummaryRow> rows() {
        return new BranchYearSummary(ReferenceCatalogue.get(), new KpiDataSet(targets, results), MarkPolicies.EXCEEDS)
                .rows(TOCHIGI, FY2023).stream()
                        .filter(r -> r.target().isPresent())
                        .toList();
    }

    @Test
    void theSummaryTableFollowsThePlansItemNumbersNotTheCatalogue() {
        ReportTable r1 = KpiSummaryReport.of(rows(), ORG, FY2023, Optional.of(plan));
        int item = r1.columnIndex(KpiSummaryReport.ITEM), kpi = r1.columnIndex(KpiSummaryReport.KPI);
        assertThat(r1.rows())
                .extracting(r -> r.get(item).text() + r.get(kpi).text())
                .containsExactly(
                        "（1）サービススタンダードの達成状況", "（2）現金給付等の申請に係る郵送化率",
                        "（8）被扶養者資格の確認対象事業所からの確認書の提出率", "（19）一般競争入札に占める一者応札案件の割合");
        // Without a plan, the catalogue's order (the 提出率 comes fourth in the catalogue, before the 査定率).
        ReportTable unplanned = KpiSummaryReport.of(rows(), ORG, FY2023);
        assertThat(unplanned.rows()).extracting(r -> r.get(item).text()).containsExactly("（1）", "（2）", "（3）", "（4）");
    }

    @Test
    void kpisThePlanDoesNotNameFollowItsLastItem() {
        BusinessPlan partial = new BusinessPlan(TOCHIGI, FY2023, List.of(dependants), Optional.empty());
        List<PlanResults.ItemRow> numbered = PlanResults.inItemOrder(rows(), Optional.of(partial));
        assertThat(numbered)
                .extracting(r -> r.item() + " " + r.row().definition().kpiCode())
                .containsExactly(
                        "8 DEPENDENT_CONFIRMATION_RATE",
                        "9 SS_ACHIEVEMENT",
                        "10 MAIL_APPLICATION_RATE",
                        "11 SINGLE_BID_RATE");
    }

    @Test
    void planVersusResultSetsEachMeasuresPlanBesideWhatWasDoneWithItsKpisAndSelfEvaluation() {
        ReportTable r2 = PlanResultReport.of(new PlanResults(plan, rows()), ORG, FY2023);
        assertThat(r2.title()).isEqualTo("令和5年度 栃木支部事業計画の実施状況と自己評価");
        assertThat(r2.groups()).extracting(ReportTable.Group::heading).containsExactly("１．基盤的保険者機能関係", "２．組織・運営体制関係");
        List<ReportCell> serviceRow = r2.groups().get(0).rows().get(1);
        assertThat(cell(r2, serviceRow, PlanResultReport.MEASURE)).isEqualTo("２．サービス水準の向上\n（業務）");
        assertThat(cell(r2, serviceRow, PlanResultReport.PLAN)).isEqualTo("""
                ・現金給付の申請受付から支給までの標準期間（サービススタンダード：10日間）を遵守する。

                【困難度：高】
                現金給付の審査・支払いを適正かつ迅速に行うことは保険者の責務であり

                【具体的取組】
                ①業務マニュアルに則った業務の標準化・効率化・簡素化を徹底し
                ②加入者・事業主からのご意見や苦情等について、迅速かつ正確に支部内で情報共有し、更なるサービスの改善に結びつける。""");
        assertThat(cell(r2, serviceRow, PlanResultReport.DONE)).isEqualTo("""
                ・お客様満足度向上のため「電話対応チェックシート」を毎月実施した。

                【具体的取組】
                ①…遵守した。""");
        assertThat(cell(r2, serviceRow, PlanResultReport.PRIOR)).isEqualTo("（1）100%\n（2）93.9%");
        assertThat(cell(r2, serviceRow, PlanResultReport.ACTUAL)).isEqualTo("（1）100% ○\n（2）93.9% △");
        // No self-evaluation entered: suggested from (1) B (met exactly) and (2) B (2.2% short of 96.0%: roughly met).
        assertThat(cell(r2, serviceRow, PlanResultReport.SELF)).isEqualTo("B（提案）");
        assertThat(cell(r2, serviceRow, PlanResultReport.REASON)).isEqualTo("KPIの結果から: （1）B、（2）B");

        List<ReportCell> dependantsRow = r2.groups().get(0).rows().get(2);
        assertThat(cell(r2, dependantsRow, PlanResultReport.SELF)).isEqualTo("C");
        assertThat(cell(r2, dependantsRow, PlanResultReport.REASON)).isEqualTo("提出率が目標を下回った");
        assertThat(cell(r2, r2.groups().get(0).rows().get(0), PlanResultReport.PLAN))
                .contains("【重要度：高】\n協会けんぽは約 4,000 万人の加入者\n\n【困難度：高】\n協会けんぽの財政は");
        assertThat(r2.footer()).contains("S：計画を大幅に上回っている", "D：計画を大幅に下回っている");
    }

    @Test
    void theOverviewListsKpisAndMarkedActionsWithTheMeasuresIssuesOnItsFirstLine() {
        ReportTable r3 = PlanOverviewReport.of(new PlanResults(plan, rows()), ORG, FY2023);
        List<String> lines = r3.groups().get(0).rows().stream()
                .map(r -> String.join("|", r.stream().map(ReportCell::text).toList()))
                .toList();
        assertThat(lines)
                .containsExactly(
                        "１．健全な財政運営|（KPIなし）||||",
                        "２．サービス水準の向上|（1）サービススタンダードの達成状況|100%|100%|○|郵送化率が目標に届かない",
                        "|（2）現金給付等の申請に係る郵送化率|96.0%以上|93.9%|△|",
                        "|②加入者・事業主からのご意見や苦情等について、迅速かつ正確に支部内で情報共有し、更…|||○|",
                        "７．被扶養者資格の再確認の徹底|（8）被扶養者資格の確認対象事業所からの確認書の提出率|94.0%以上|89.60%|△|");
        assertThat(r3.footer()).containsExactly("◎計画を上回る実施状況", "○計画どおりの実施状況", "△計画を下回る実施状況", "×未実施");
    }

    @Test
    void theKpiListGivesEachKpisTargetAndTheReasoningBehindIt() {
        ReportTable r6 = KpiListReport.of(plan, rows(), ORG, FY2023);
        assertThat(r6.rows())
                .extracting(
                        r -> String.join("|", r.stream().map(ReportCell::text).toList()))
                .containsExactly(
                        "（1）|サービス水準の向上|サービススタンダードの達成状況|100%|サービススタンダードは100％を維持する",
                        "（2）|サービス水準の向上|現金給付等の申請に係る郵送化率|96.0%以上|",
                        "（8）|被扶養者資格の再確認の徹底|被扶養者資格の確認対象事業所からの確認書の提出率|94.0%以上|",
                        "（19）|その他の取組|一般競争入札に占める一者応札案件の割合|20%以下|");
    }

    private static String cell(ReportTable table, List<ReportCell> row, String key) {
        return row.get(table.columnIndex(key)).text();
    }

    private void printed(String kpi, String target, String actual, String priorActual) {
        targets.add(new StoredTarget(TOCHIGI, FY2023, kpi, target, Optional.empty(), Optional.empty(), false));
        results.add(stored(FY2023, kpi, actual));
        results.add(stored(FY2023.previous(), kpi, priorActual));
    }

    private static StoredResult stored(FiscalYear year, String kpi, String actual) {
        return PrintedResults.printed(TOCHIGI, year, kpi, actual, false);
    }
}
