package jp.kenpokpi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.performance.PerformanceYear;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredResults;
import org.junit.jupiter.api.Test;

/**
 * The 支部業績評価 report tables on 47 branches where branch n scores n% on 生活習慣病予防健診実施率 (栃木 09 架空) and
 * 一者応札の割合 (栃木 without a value): the branch sheet's row and words, and the table of all branches.
 */
class PerformanceReportTest {

    private static final FiscalYear FY2023 = FiscalYear.of(2023);
    private static final PerformanceYear YEAR =
            PerformanceYear.of(ReferenceCatalogue.get(), new KpiDataSet(List.of(), results()), FY2023);

    @Test
    void theBranchSheetHasARowPerKpiAndItsStrengthsAndWeaknessesInWords() {
        ReportTable sheet = PerformanceReport.branch(YEAR, OrgCode.of("45"));

        assertThat(sheet.title()).isEqualTo("支部業績評価 令和5年度（2023年度） 宮崎支部");
        List<ReportCell> lifestyle = sheet.rows().get(0);
        // 45%: rank 3 of 47, 偏差値 65.5, median 24.0%, +21.0 points; Q3 35.5%, +9.5 points; rank and 偏差値 rest on
        // 栃木's 架空 value, 45% itself does not
        assertThat(lifestyle)
                .extracting(ReportCell::text)
                .containsExactly(
                        "生活習慣病予防健診実施率", "45.0%", "3位/47", "65.5", "24.0%", "+21.0ポイント", "35.5%", "+9.5ポイント", "上位25%");
        assertThat(lifestyle.get(1).synthetic()).isFalse();
        assertThat(lifestyle.get(2).synthetic()).isTrue();
        // lower is better: 45% is the 44th of 46 (1–47 without 9), below Q3 → a weakness
        assertThat(sheet.footer())
                .contains("強み: 生活習慣病予防健診実施率（全国3位、偏差値65.5、上位25%の水準を9.5ポイント上回る）")
                .anyMatch(l -> l.startsWith("弱み: 一般競争入札に占める一者応札案件の割合（実績のある46支部中44位、")
                        && l.endsWith("下位25%の水準以下、中央値を20.5ポイント上回る。低いほど良い指標）"))
                .contains(PerformanceReport.SYNTHETIC_NOTE);
    }

    @Test
    void theTableOfAllBranchesHas47RowsAndLabelsAKpiWithA架空ValueInItsHeading() {
        ReportTable all = PerformanceReport.allBranches(YEAR);

        assertThat(all.rows()).hasSize(47);
        assertThat(all.header().get(0))
                .extracting(ReportTable.HeaderCell::text)
                .containsExactly("支部", "強み", "弱み", "平均偏差値（架空）", "生活習慣病予防健診実施率（架空）", "一般競争入札に占める一者応札案件の割合");
        List<ReportCell> tochigi = all.rows().get(8);
        assertThat(tochigi).extracting(ReportCell::text).startsWith("栃木").endsWith("—");
    }

    private static List<StoredResult> results() {
        List<StoredResult> results = new ArrayList<>();
        for (int n = 1; n <= 47; n++) {
            results.add(StoredResults.yearEnd(OrgCode.of(n), FY2023, "LIFESTYLE_CHECKUP_RATE", 2021)
                    .value(StoredResults.percent(n + ".0"))
                    .synthetic(n == 9)
                    .build());
            if (n != 9) {
                results.add(StoredResults.yearEnd(OrgCode.of(n), FY2023, "SINGLE_BID_RATE", 2021)
                        .value(StoredResults.percent(n + ".0"))
                        .build());
            }
        }
        return results;
    }
}
