package jp.kenpokpi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanArea;
import jp.kenpokpi.plan.PlanKpi;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.PrintedResults;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.summary.BranchYearSummary;
import org.junit.jupiter.api.Test;

/**
 * Report R1 for Tochigi FY2023 without a database: the 19 rows of the report's 概要 table (typed from
 * shared/seeds/tochigi-fy2023-implementation-status.txt lines 1–330) go in as stored targets and results, and the
 * report model must hold them as printed, in the report's order, with the marks the report printed.
 */
class KpiSummaryReportTest {

    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final FiscalYear FY2023 = FiscalYear.of(2023);

    /** 項番 | KPI | R3実績 | R4実績 | R5目標 | R5実績 | 実施状況 | 全国平均 (－ for none) | R6目標 | 備考 */
    private static final String TABLE = """
             1 | SS_ACHIEVEMENT               | 100%        | 100%        | 100%            | 100%        | ○ | 99.99%  | 100%              |
             2 | MAIL_APPLICATION_RATE        | 94.6%       | 93.9%       | 96.0%           | 93.9%       | △ | 95.6%   | 対前年度以上        |
             3 | JUDO_MULTI_FREQUENT_RATE     | 1.08%       | 0.95%       | 対前年度以下      | 0.94%       | ○ | 0.83%   | 削除               |
             4 | RECEIPT_REVIEW_RATE          | 0.370%      | 0.371%      | 対前年度以上      | 0.418%      | ○ | 0.423%  | ※基準変更 対前年度以上 |
             5 | REREVIEW_AMOUNT_PER_CASE     | 5,758円     | 5,684円     | 対前年度以上      | 6,535円     | ○ | 8,472円 | 対前年度以上        |
             6 | CARD_RECOVERY_RATE           | 86.78%      | 89.48%      | 対前年度以上      | 86.64%      | △ | 82.10%  | 対前年度以上        |
             7 | REFUND_CLAIM_RECOVERY_RATE   | 68.97%      | 67.68%      | 対前年度以上      | 62.60%      | △ | 53.29%  | ※基準変更 対前年度以上 |
             8 | DEPENDENT_CONFIRMATION_RATE  | 91.05%      | 90.50%      | 94.0%以上       | 89.60%      | △ | 89.12%  | 削除               |
             9 | LIFESTYLE_CHECKUP_RATE       | 68.1%       | 71.9%       | 71.7%以上        | 72.2%       | ◎ | 57.7%   | ※算出方法変更 65.9%以上 |
            10 | EMPLOYER_CHECKUP_DATA_RATE   | 7.6%        | 9.4%        | 8.6%以上         | 8.9%        | ◎ | 7.1%    | 10.1%以上          |
            11 | DEPENDENT_CHECKUP_RATE       | 29.1%       | 30.9%       | 33.2%以上        | 30.7%       | △ | 28.3%   | 33.2%以上          |
            12 | INSURED_GUIDANCE_RATE        | 25.1%       | 25.0%       | 34.5%以上       | 28.7%       | △ | 19.8%   | 31.7%以上         |
            13 | DEPENDENT_GUIDANCE_RATE      | 18.8%       | 19.3%       | 18.9%以上        | 19.9%       | ◎ | 15.6%   | 26.1%以上          |
            14 | REFERRAL_VISIT_RATE          | 10.6%       | 12.6%       | 13.1%以上        | 13.1%       | ○ | 9.2%    | ※基準変更 対前年度以上 |
            15 | HEALTH_DECLARATION_OFFICES   | 1,177事業所  | 1,325事業所  | 1,330事業所以上    | 1,529事業所  | ◎ | －      | 1,640事業所以上     |
            16 | HEALTH_COMMISSIONER_COVERAGE | 66.8%       | 70.9%       | 72.0%以上       | 72.0%       | ○ | 52.6%   | ※基準変更 72.2%以上  |
            17 | GENERIC_DRUG_SHARE           | 80.7%       | 82.0%       | 対前年度以上      | 83.8%       | ○ | 82.0%   | 対前年度以上        |
            18 | OPINION_ADVOCACY             | 実施         | 実施         | 実施             | 実施         | ○ | －      | 実施               |
            19 | SINGLE_BID_RATE              | 0.0%        | 0.0%        | 20%以下          | 0.0%        | ◎ | －      | 15%以下            | 一般競争入札案件11件
            """;

    private record Printed(
            int item,
            String kpi,
            String r3,
            String r4,
            String target,
            String actual,
            String mark,
            String national,
            String nextTarget,
            String note) {}

    private static List<Printed> table() {
        return TABLE.lines()
                .map(l -> l.split("\\|", -1))
                .map(f -> new Printed(
                        Integer.parseInt(f[0].strip()),
                        f[1].strip(),
                        f[2].strip(),
                        f[3].strip(),
                        f[4].strip(),
                        f[5].strip(),
                        f[6].strip(),
                        f[7].strip(),
                        f[8].strip(),
                        f[9].strip()))
                .toList();
    }

    private ReportTable report() {
        List<StoredTarget> targets = new ArrayList<>();
        List<StoredResult> results = new ArrayList<>();
        List<PlanKpi> kpis = new ArrayList<>();
        for (Printed p : table()) {
            targets.add(
                    new StoredTarget(TOCHIGI, FY2023, p.kpi(), p.target(), Optional.empty(), Optional.empty(), false));
            targets.add(new StoredTarget(
                    TOCHIGI, FY2023.next(), p.kpi(), p.nextTarget(), Optional.empty(), Optional.empty(), false));
            results.add(result(FY2023.plus(-2), p.kpi(), p.r3(), "－", ""));
            results.add(result(FY2023.previous(), p.kpi(), p.r4(), "－", ""));
            results.add(result(FY2023, p.kpi(), p.actual(), p.national(), p.note()));
            kpis.add(new PlanKpi(p.kpi(), p.item(), Optional.empty()));
        }
        // The plan only orders the rows here: one measure holding all 19 KPIs is enough for that.
        BusinessPlan plan = new BusinessPlan(
                TOCHIGI,
                FY2023,
                List.of(new Measure(
                        1,
                        PlanArea.CORE,
                        "",
                        "全KPI",
                        "",
                        "",
                        "",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "",
                        List.of(),
                        kpis)),
                Optional.empty());
        var rows = new BranchYearSummary(
                        ReferenceCatalogue.get(), new KpiDataSet(targets, results), MarkPolicies.EXCEEDS)
                .rows(TOCHIGI, FY2023);
        return KpiSummaryReport.of(rows, Organisations.all().get(TOCHIGI), FY2023, Optional.of(plan));
    }

    @Test
    void theReportHoldsTheNineteenRowsOfTheTochigiTableValueForValueInItsOrder() {
        ReportTable r1 = report();
        List<String> printed = table().stream()
                .map(p -> String.join(
                        " | ",
                        "（" + p.item() + "）",
                        p.r3(),
                        p.r4(),
                        p.target(),
                        p.actual(),
                        p.mark(),
                        p.national(),
                        p.nextTarget(),
                        p.note()))
                .toList();
        List<String> reported = r1.rows().stream()
                .map(r -> String.join(
                        " | ",
                        cell(r1, r, KpiSummaryReport.ITEM),
                        cell(r1, r, KpiSummaryReport.PRIOR2),
                        cell(r1, r, KpiSummaryReport.PRIOR1),
                        cell(r1, r, KpiSummaryReport.TARGET),
                        cell(r1, r, KpiSummaryReport.ACTUAL),
                        cell(r1, r, KpiSummaryReport.MARK),
                        cell(r1, r, KpiSummaryReport.NATIONAL),
                        cell(r1, r, KpiSummaryReport.NEXT_TARGET),
                        cell(r1, r, KpiSummaryReport.NOTE)))
                .toList();
        // One formatting (issue 8, point 9): 94.0％以上 reads 94.0%以上 as everywhere else; 0.370% keeps its three decimals.
        assertThat(reported).containsExactlyElementsOf(printed);
    }

    @Test
    void theRowsAreGroupedUnderTheReportsThreeAreaHeadingsWithTheMarkLegendBelow() {
        ReportTable r1 = report();
        assertThat(r1.title()).isEqualTo("令和5年度 栃木支部事業計画実施状況（概要）");
        assertThat(r1.groups())
                .extracting(g -> g.heading() + " " + g.rows().size())
                .containsExactly("１．基盤的保険者機能関係 8", "２．戦略的保険者機能関係 10", "３．組織・運営体制関係 1");
        assertThat(r1.footer()).containsExactly("◎計画を上回る実施状況", "○計画どおりの実施状況", "△計画を下回る実施状況");
        assertThat(r1.rows()).allSatisfy(r -> assertThat(r).noneMatch(ReportCell::synthetic));
    }

    @Test
    void resultsThatReadAsNumbersAreNumbersInTheirUnitWithThePrintedDecimals() {
        ReportTable r1 = report();
        int actual = r1.columnIndex(KpiSummaryReport.ACTUAL), prior2 = r1.columnIndex(KpiSummaryReport.PRIOR2);
        assertThat(r1.rows().get(3).get(prior2))
                .isEqualTo(new ReportCell.Number(new BigDecimal("0.370"), jp.kenpokpi.value.Unit.PERCENT, 3, false));
        assertThat(r1.rows().get(4).get(actual))
                .isEqualTo(new ReportCell.Number(new BigDecimal("6535"), jp.kenpokpi.value.Unit.YEN, 0, false));
        assertThat(r1.rows().get(17).get(actual)).isEqualTo(new ReportCell.Text("実施", false));
    }

    private static String cell(ReportTable table, List<ReportCell> row, String key) {
        return row.get(table.columnIndex(key)).text();
    }

    private static StoredResult result(FiscalYear year, String kpi, String actual, String national, String note) {
        return PrintedResults.printed(TOCHIGI, year, kpi, actual, national, note, false);
    }
}
