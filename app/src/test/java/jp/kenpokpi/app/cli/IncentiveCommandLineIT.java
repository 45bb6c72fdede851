package jp.kenpokpi.app.cli;

import static jp.kenpokpi.app.cli.CommandLineIT.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.app.TemporaryDatabase;
import jp.kenpokpi.app.cli.CommandLineIT.Run;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code incentive} on the sample database (H2, or PostgreSQL when the build names a server): the FY2023 ranking from
 * the stored results. The sample data hold FY2023 year-end results of every branch for the scheme's KPIs, 架空 but for
 * 栃木 (the real report, with numerators and denominators) and the six Tohoku branches (the Akita plan's reference
 * table: printed rates only, so ① and ②, which add numerators and denominators, are 欠測 for them). ③, a
 * headquarters' indicator computed from records (ComputeCommandLineIT scores it), is in no branch's sample data.
 */
class IncentiveCommandLineIT {

    private static final List<String> TOHOKU = List.of("02", "03", "04", "05", "06", "07");

    static String db;

    @BeforeAll
    static void sampleDatabase() {
        if (!System.getProperty(TemporaryDatabase.POSTGRESQL, "").isBlank()) {
            System.setProperty("spring.datasource.username", TemporaryDatabase.user());
        }
        db = TemporaryDatabase.sampleDataDb("incentive");
    }

    /** The user is the command line's for PostgreSQL only: later tests on H2 files would be refused with it. */
    @AfterAll
    static void forgetTheUser() {
        System.clearProperty("spring.datasource.username");
    }

    private static Run incentive(String... more) {
        String[] args = new String[5 + more.length];
        args[0] = "incentive";
        args[1] = "--db";
        args[2] = db;
        args[3] = "--year";
        args[4] = "2023";
        System.arraycopy(more, 0, args, 5, more.length);
        Run r = run(args);
        return r;
    }

    @Test
    void theCsvListsThe47BranchesRankedWithTiesSharingAndSharesAddingUpToTheFund() {
        Run r = incentive("--format", "csv");
        assertThat(r.status()).as(r.err()).isZero();
        List<Map<String, String>> rows = r.csv();

        assertThat(rows).hasSize(47);
        assertThat(rows).extracting(m -> m.get("branch_code")).doesNotHaveDuplicates();
        // ranks 1..47 by the total, best first; equal totals share the better rank and the next is skipped
        assertThat(rows.get(0).get("rank")).isEqualTo("1");
        for (int i = 1; i < rows.size(); i++) {
            BigDecimal total = new BigDecimal(rows.get(i).get("total_exact"));
            BigDecimal before = new BigDecimal(rows.get(i - 1).get("total_exact"));
            assertThat(total).isLessThanOrEqualTo(before);
            int expected = total.compareTo(before) == 0
                    ? Integer.parseInt(rows.get(i - 1).get("rank"))
                    : i + 1;
            assertThat(rows.get(i).get("rank")).isEqualTo(String.valueOf(expected));
        }
        // the top 15 (FY2022 results on) are rewarded, and their shares add up to the fund to the yen
        assertThat(rows.stream().filter(m -> m.get("rewarded").equals("true"))).hasSize(15);
        long shares =
                rows.stream().mapToLong(m -> Long.parseLong(m.get("share_yen"))).sum();
        long bases = rows.stream()
                .mapToLong(m -> Long.parseLong(m.get("premium_base_yen")))
                .sum();
        assertThat(shares).isEqualTo(bases / 10_000); // 0.01% of every branch's premium base (FY2025 rates)
        assertThat(rows).allSatisfy(m -> {
            assertThat(m.get("premium_base_synthetic")).isEqualTo("true");
            // ③ is in no branch's data: 50 for every branch, 欠測
            assertThat(m.get("score_3")).isEqualTo("50.0");
            assertThat(m.get("missing")).contains("③");
        });
    }

    /**
     * Every results year the sample data hold (FY2020–FY2025): 47 branches ranked, the upper 23 rewarded for FY2020
     * and FY2021 results and the upper 15 from FY2022's, their shares adding up to the fund, which is the phased-in
     * rate of the rates year two years on (0.007% for FY2022 rates, 0.01% from FY2023's) of the premium bases.
     */
    @Test
    void everyResultsYearTheDataHoldListsThe47BranchesWithSharesAddingUpToItsFund() {
        for (int year = 2020; year <= 2025; year++) {
            Run r = run("incentive", "--db", db, "--year", String.valueOf(year), "--format", "csv");
            assertThat(r.status()).as(year + ": " + r.err()).isZero();
            List<Map<String, String>> rows = r.csv();
            assertThat(rows).as(year + "").hasSize(47);
            int line = year <= 2021 ? 23 : 15;
            List<Map<String, String>> rewarded =
                    rows.stream().filter(m -> m.get("rewarded").equals("true")).toList();
            assertThat(rewarded).as(year + ": the rewarded").hasSizeGreaterThanOrEqualTo(line);
            assertThat(rewarded)
                    .allSatisfy(m -> assertThat(Integer.parseInt(m.get("rank"))).isLessThanOrEqualTo(line));
            long bases = rows.stream()
                    .mapToLong(m -> Long.parseLong(m.get("premium_base_yen")))
                    .sum();
            long fund = year == 2020 ? bases * 7 / 100_000 : bases / 10_000;
            assertThat(rows.stream()
                            .mapToLong(m -> Long.parseLong(m.get("share_yen")))
                            .sum())
                    .as(year + ": the shares add up to the fund")
                    .isEqualTo(fund);
            assertThat(rows.stream().filter(m -> !m.get("share_yen").equals("0")))
                    .as(year + ": only the rewarded have a share")
                    .hasSameSizeAs(rewarded);
        }
        Run none = run("incentive", "--db", db, "--year", "2026");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("どの支部にもありません");
    }

    @Test
    void theTohokuBranchesLackCheckUpsAndGuidanceAndTochigiIsRealTheOthers架空() {
        List<Map<String, String>> rows = incentive("--format", "csv").csv();
        for (Map<String, String> m : rows) {
            String code = m.get("branch_code");
            if (TOHOKU.contains(code)) {
                assertThat(m.get("missing")).as(code).isEqualTo("①②③");
            }
            // 栃木's FY2023 is the real report; its FY2022 printed rates only: ① ② lack their rises (欠測)
            if (code.equals("09")) {
                assertThat(m.get("missing")).isEqualTo("①②③");
                assertThat(m.get("synthetic")).isEqualTo("false");
            } else {
                assertThat(m.get("synthetic")).as(code).isEqualTo("true");
            }
        }
    }

    @Test
    void theTableShowsTheRankingTheFundTheParametersAndSaysThePremiumBasesAre架空() {
        Run r = incentive();
        assertThat(r.status()).as(r.err()).isZero();
        String out = r.out();

        assertThat(out).startsWith("インセンティブ制度 令和5年度（2023年度）実績の順位（令和7年度保険料率に反映）");
        assertThat(out.lines().filter(l -> l.matches("^\\d+位\\s+\\d\\d .*"))).hasSize(47);
        assertThat(out.lines().filter(l -> l.matches("^\\d+位.*○.*"))).hasSize(15);
        assertThat(out).contains("原資: 10,594,920,000円（令和7年度保険料率の0.01% × 全支部の総報酬額 105,949,200,000,000円）");
        assertThat(out).contains("配分額の合計: 10,594,920,000円（原資と一致）");
        assertThat(out).contains("総報酬額は架空です");
        assertThat(out).contains("①特定健診等の実施率の重み: 実施率 60%・実施率の対前年度上昇幅 20%・実施件数の対前年度上昇率 20%（仮定）");
        assertThat(out).contains("報酬: 合計点の上位15支部（公表）");
        assertThat(out).contains("③特定保健指導対象者の減少率: 令和5年度（2023年度）の値が保存されていないため全支部で欠測");
        assertThat(out).contains("① LIFESTYLE_CHECKUP_RATE: 令和5年度（2023年度）は2021年度版の定義、前年度も同じ定義（47支部）");
        assertThat(out).contains("架空");
    }

    @Test
    void theJsonParsesWithTheSameRowsAsTheCsv() throws Exception {
        Run r = incentive("--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode rows = JsonMapper.builder().build().readTree(r.out());

        assertThat(rows.size()).isEqualTo(47);
        List<Map<String, String>> csv = incentive("--format", "csv").csv();
        for (int i = 0; i < 47; i++) {
            assertThat(rows.get(i).get("branch_code").asString())
                    .isEqualTo(csv.get(i).get("branch_code"));
            assertThat(rows.get(i).get("share_yen").asLong())
                    .isEqualTo(Long.parseLong(csv.get(i).get("share_yen")));
            assertThat(rows.get(i).get("rewarded").isBoolean()).isTrue();
        }
    }

    @Test
    void aBranchSheetShowsItsSubItemsTheirDeviationScoresAndTheGapToTheRewardLine() {
        Run r = incentive("--branch", "09");
        assertThat(r.status()).as(r.err()).isZero();
        String out = r.out();

        assertThat(out).startsWith("栃木支部 インセンティブ制度 令和5年度（2023年度）実績（令和7年度保険料率に反映）");
        // ① from 栃木's report: (163,860 + 20,243 + 15,625) ÷ (226,946 + 50,853) = 199,728 ÷ 277,799 = 71.90%
        assertThat(out).containsPattern("①\\s+実施率\\s+71\\.90%");
        assertThat(out).containsPattern("①\\s+実施率の対前年度上昇幅\\s+欠測");
        assertThat(out).contains("分母: ① 対象者数 277,799（実施 199,728）");
        assertThat(out).containsPattern("④\\s+受診率\\s+13\\.10%");
        assertThat(out).containsPattern("報酬ライン: 全国15位 \\S+支部 合計 \\d+\\.\\d　差 -?\\d+\\.\\d点");
        assertThat(out).contains("総報酬額は架空です");

        List<Map<String, String>> rows =
                incentive("--branch", "09", "--format", "csv").csv();
        assertThat(rows).hasSize(11); // the eleven sub-items
        assertThat(rows.get(0).get("sub_item")).isEqualTo("1.level");
        assertThat(rows.get(0).get("value")).isEqualTo("71.90");
        assertThat(rows.stream().filter(m -> m.get("missing").equals("true")))
                .extracting(m -> m.get("sub_item"))
                .containsExactly("1.rise", "1.count_rise", "2.rise", "2.count_rise", "3.level");
    }

    @Test
    void aWhatIfScoresTheYearAgainAndSaysWhomTheBranchPassesAndWhatItMeansInPeople() {
        // the first branch not rewarded, raising ② by 5 points
        List<Map<String, String>> ranking = incentive("--format", "csv").csv();
        Map<String, String> sixteenth = ranking.get(15);
        String code = sixteenth.get("branch_code");

        List<Map<String, String>> outcome = incentive("--branch", code, "--what-if", "2:+5.0", "--format", "csv")
                .csv();
        assertThat(outcome).hasSize(1);
        Map<String, String> o = outcome.get(0);
        assertThat(o.get("rank_before")).isEqualTo(sixteenth.get("rank"));
        assertThat(new BigDecimal(o.get("total_after"))).isGreaterThan(new BigDecimal(o.get("total_before")));
        assertThat(Integer.parseInt(o.get("rank_after"))).isLessThan(Integer.parseInt(o.get("rank_before")));
        assertThat(o.get("overtaken")).isNotBlank();
        assertThat(o.get("rewarded_before")).isEqualTo("false");
        assertThat(Long.parseLong(o.get("additional_count"))).isPositive();

        Run table = incentive("--branch", code, "--what-if", "2:+5.0");
        assertThat(table.status()).as(table.err()).isZero();
        assertThat(table.out()).containsPattern("もしも: ②を5\\.0ポイント上げると（特定保健指導の実施件数 \\+[\\d,]+）");
        assertThat(table.out()).contains("追い抜く支部: ");
        assertThat(table.out()).containsPattern("合計 [\\d.]+ → [\\d.]+　全国16位 → 全国\\d+位");
    }

    @Test
    void badOptionsAreRefusedInJapanese() {
        Run unknownIndicator = incentive("--branch", "09", "--what-if", "9:+1");
        assertThat(unknownIndicator.status()).isEqualTo(2);
        assertThat(unknownIndicator.err()).contains("--what-if「9:+1」を読めません: 指標の番号（1〜5）とポイントを「2:+1.0」のように指定してください");

        Run noBranch = incentive("--what-if", "2:+1.0");
        assertThat(noBranch.status()).isEqualTo(2);
        assertThat(noBranch.err()).contains("--what-if には --branch が必要です");

        Run association = incentive("--branch", "00");
        assertThat(association.status()).isEqualTo(2);
        assertThat(association.err()).contains("--branch「00」は支部コードではありません");

        Run nothingToRaise = incentive("--branch", "09", "--what-if", "3:+1.0");
        assertThat(nothingToRaise.status()).isEqualTo(2);
        assertThat(nothingToRaise.err()).contains("栃木支部の③を1.0ポイント上げるとは計算できません");

        Run noData = run("incentive", "--db", db, "--year", "2019");
        assertThat(noData.status()).isEqualTo(2);
        assertThat(noData.err()).contains("令和元年度（2019年度）の実績").contains("どの支部にもありません");
    }
}
