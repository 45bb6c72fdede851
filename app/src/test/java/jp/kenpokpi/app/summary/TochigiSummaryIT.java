package jp.kenpokpi.app.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.summary.SummaryRow;
import jp.kenpokpi.value.Digits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Tochigi FY2023 KPI summary table, reproduced from the database loaded with the sample data. Expected values
 * are typed from the report itself (shared/seeds/tochigi-fy2023-implementation-status.txt, 概要 table, lines
 * 1–330), not from our transcription, so a transcription error fails here too.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TochigiSummaryIT {

    @Autowired
    SummaryService summaries;

    private Map<String, SummaryRow> rowsByKpi() {
        return summaries.branchYear(OrgCode.of("09"), FiscalYear.of(2023), MarkPolicies.EXCEEDS).stream()
                .collect(Collectors.toMap(r -> r.definition().kpiCode(), Function.identity()));
    }

    /** 項番, KPI, R3実績, R4実績, R5目標, R5実績, 実施状況, 全国平均 (empty for －), R6目標 */
    @ParameterizedTest(name = "({0}) {1}: {6}")
    @CsvSource(delimiter = '|', textBlock = """
             1 | SS_ACHIEVEMENT              | 100%       | 100%       | 100%           | 100%       | ○ | 99.99%  | 100%
             2 | MAIL_APPLICATION_RATE       | 94.6%      | 93.9%      | 96.0%          | 93.9%      | △ | 95.6%   | 対前年度以上
             3 | JUDO_MULTI_FREQUENT_RATE    | 1.08%      | 0.95%      | 対前年度以下     | 0.94%      | ○ | 0.83%   | 削除
             4 | RECEIPT_REVIEW_RATE         | 0.370％    | 0.371%     | 対前年度以上     | 0.418%     | ○ | 0.423%  | ※基準変更 対前年度以上
             5 | REREVIEW_AMOUNT_PER_CASE    | 5,758円    | 5,684円    | 対前年度以上     | 6,535円    | ○ | 8,472円 | 対前年度以上
             6 | CARD_RECOVERY_RATE          | 86.78%     | 89.48%     | 対前年度以上     | 86.64%     | △ | 82.10%  | 対前年度以上
             7 | REFUND_CLAIM_RECOVERY_RATE  | 68.97%     | 67.68%     | 対前年度以上     | 62.60%     | △ | 53.29%  | ※基準変更 対前年度以上
             8 | DEPENDENT_CONFIRMATION_RATE | 91.05%     | 90.50%     | 94.0％以上      | 89.60%     | △ | 89.12%  | 削除
             9 | LIFESTYLE_CHECKUP_RATE      | 68.1%      | 71.9%      | 71.7%以上       | 72.2%      | ◎ | 57.7%   | ※算出方法変更 65.9%以上
            10 | EMPLOYER_CHECKUP_DATA_RATE  | 7.6%       | 9.4%       | 8.6%以上        | 8.9%       | ◎ | 7.1%    | 10.1%以上
            11 | DEPENDENT_CHECKUP_RATE      | 29.1%      | 30.9%      | 33.2%以上       | 30.7%      | △ | 28.3%   | 33.2%以上
            12 | INSURED_GUIDANCE_RATE       | 25.1%      | 25.0%      | 34.5％以上      | 28.7%      | △ | 19.8%   | 31.7％以上
            13 | DEPENDENT_GUIDANCE_RATE     | 18.8%      | 19.3%      | 18.9%以上       | 19.9%      | ◎ | 15.6%   | 26.1%以上
            14 | REFERRAL_VISIT_RATE         | 10.6%      | 12.6%      | 13.1%以上       | 13.1%      | ○ | 9.2%    | ※基準変更 対前年度以上
            15 | HEALTH_DECLARATION_OFFICES  | 1,177事業所 | 1,325事業所 | 1,330事業所以上  | 1,529事業所 | ◎ |         | 1,640事業所以上
            16 | HEALTH_COMMISSIONER_COVERAGE | 66.8%     | 70.9%      | 72.0％以上      | 72.0%      | ○ | 52.6%   | ※基準変更 72.2%以上
            17 | GENERIC_DRUG_SHARE          | 80.7%      | 82.0%      | 対前年度以上     | 83.8%      | ○ | 82.0%   | 対前年度以上
            18 | OPINION_ADVOCACY            | 実施        | 実施        | 実施            | 実施        | ○ |         | 実施
            19 | SINGLE_BID_RATE             | 0.0%       | 0.0%       | 20%以下         | 0.0%       | ◎ |         | 15%以下
            """)
    void reproducesTheRowOfTheTochigiSummaryTable(
            int item,
            String kpi,
            String r3,
            String r4,
            String target,
            String actual,
            String mark,
            String national,
            String nextTarget) {
        SummaryRow row = rowsByKpi().get(kpi);
        assertThat(row).as("row (%d) %s", item, kpi).isNotNull();
        assertThat(same(row.priorYears().get(0).text().orElse("")))
                .as("令和3年度実績")
                .isEqualTo(same(r3));
        assertThat(same(row.priorYears().get(1).text().orElse("")))
                .as("令和4年度実績")
                .isEqualTo(same(r4));
        assertThat(same(row.targetText().orElse(""))).as("令和5年度目標").isEqualTo(same(target));
        assertThat(same(row.actualText().orElse(""))).as("令和5年度実績").isEqualTo(same(actual));
        assertThat(row.evaluation().mark().symbol())
                .as("computed mark; reason: %s", row.evaluation().outcome().reason())
                .isEqualTo(mark);
        assertThat(row.printedMark().map(m -> m.symbol()))
                .as("printed mark, read from 〇")
                .contains(mark);
        if (national != null) {
            assertThat(row.nationalValueText().map(TochigiSummaryIT::same))
                    .as("全国平均")
                    .contains(same(national));
            assertThat(row.national().published())
                    .as("全国平均 is the published one")
                    .isPresent();
        }
        assertThat(same(row.nextYearTarget())).as("令和6年度目標").isEqualTo(same(nextTarget));
    }

    @Test
    void theTableHoldsTheNineteenKpisOfTheReportAndEveryComputedMarkEqualsThePrintedOne() {
        List<SummaryRow> rows = summaries.branchYear(OrgCode.of("09"), FiscalYear.of(2023), MarkPolicies.EXCEEDS);
        assertThat(rows).hasSize(19);
        assertThat(rows).noneMatch(SummaryRow::printedMarkDiffers);
        assertThat(rows).noneMatch(SummaryRow::synthetic);
    }

    @Test
    void ranksMeanSomethingBecauseAllFortySevenBranchesHaveALifestyleCheckupResult() {
        SummaryRow row = rowsByKpi().get("LIFESTYLE_CHECKUP_RATE");
        assertThat(row.rankedBranches()).isEqualTo(47);
        assertThat(row.rank()).isPresent();
    }

    /** The report mixes full- and half-width digits and ％: compare the text a reader sees. */
    private static String same(String s) {
        return Digits.withoutSpaces(Digits.toHalfWidth(s));
    }
}
