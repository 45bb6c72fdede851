package jp.kenpokpi.app.api;

import static jp.kenpokpi.app.DemoUsers.as;
import static jp.kenpokpi.app.api.ApiJson.json;
import static jp.kenpokpi.app.api.ApiJson.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.TemporaryDatabase;
import jp.kenpokpi.app.apitoken.TestTokens;
import jp.kenpokpi.app.cli.CommandLineIT;
import jp.kenpokpi.app.incentive.IncentiveService;
import jp.kenpokpi.incentive.RateChange;
import jp.kenpokpi.incentive.WhatIfOutcome;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /api/v1/incentive on the sample data: every results year's ranking of the 47 branches with the shares adding up to
 * the fund, the same rows as the command line's {@code incentive --format json} (ranking, branch sheet, what-if), a
 * what-if as IncentiveService scores it, problems for a year, branch or what-if that names nothing, a read token.
 */
@SampleDataTest
class ApiIncentiveIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    IncentiveService service;

    @Test
    void everyResultsYearOfTheSampleData2020To2025Ranks47BranchesAndTheSharesAddUpToTheFund() throws Exception {
        List<Integer> years = json(mvc, "/api/v1/incentive", "etsuran", 200).read("$[*].resultsYear");
        // the sample data: FY2020 (no prior year: every rise 欠測) to FY2025; FY2019 and before hold no results
        assertThat(years).containsExactly(2020, 2021, 2022, 2023, 2024, 2025);
        assertThat(years).allMatch(y -> y >= 2018);
        for (int year : years) {
            DocumentContext ranking = json(mvc, "/api/v1/incentive/" + year, "etsuran", 200);
            List<Map<String, Object>> rows = ranking.read("$.branches");
            assertThat(rows).as("FY%d", year).hasSize(47);
            assertThat(rows).extracting(r -> r.get("branch_code")).doesNotHaveDuplicates();
            long shares = rows.stream()
                    .mapToLong(r -> ((Number) r.get("share_yen")).longValue())
                    .sum();
            long fund = ranking.read("$.fundYen", Long.class);
            assertThat(shares).as("FY%d shares", year).isEqualTo(fund).isPositive();
            assertThat(ranking.read("$.sharesYen", Long.class)).isEqualTo(fund);
            int line = ranking.read("$.rewardLine", Integer.class);
            assertThat(line).isEqualTo(year <= 2021 ? 23 : 15);
            assertThat(rows.stream().filter(r -> Boolean.TRUE.equals(r.get("rewarded"))))
                    .as("FY%d rewarded (ties at the line all rewarded)", year)
                    .hasSizeGreaterThanOrEqualTo(line);
            assertThat(ranking.read("$.ratesYear", Integer.class)).isEqualTo(year + 2);
            assertThat(ranking.read("$.premiumBasesNote", String.class)).contains("総報酬額は架空です");
            assertThat(ranking.read("$.parameters", List.class))
                    .anyMatch(p -> p.toString().contains("（仮定）"));
            assertThat(ranking.read("$.inputNotes", List.class)).isNotEmpty();
        }
        // FY2023 results: 0.01% of the FY2025 rates, on the 架空 premium bases
        DocumentContext fy2023 = json(mvc, "/api/v1/incentive/2023", "etsuran", 200);
        assertThat(fy2023.read("$.fundYen", Long.class)).isEqualTo(10_594_920_000L);
        assertThat(fy2023.read("$.fundRatePercent", String.class)).isEqualTo("0.01");
        assertThat(fy2023.read("$.resultsYearLabel", String.class)).isEqualTo("令和5年度（2023年度）");
    }

    @Test
    void theRankingTheBranchSheetAndTheWhatIfAreTheCommandLinesJsonRows() throws Exception {
        List<Map<String, Object>> api =
                json(mvc, "/api/v1/incentive/2023", "etsuran", 200).read("$.branches");
        List<Map<String, Object>> cli = commandLine("incentive", "--year", "2023", "--format", "json");
        assertThat(api).hasSize(47);
        assertThat(api).isEqualTo(cli);
        assertThat(new ArrayList<>(api.get(0).keySet()))
                .isEqualTo(new ArrayList<>(cli.get(0).keySet()));

        DocumentContext sheet = withWhatIf("09", "2:+1.0", 200);
        List<Map<String, Object>> subItems = sheet.read("$.subItems");
        assertThat(subItems).hasSize(11);
        assertThat(subItems)
                .isEqualTo(commandLine("incentive", "--year", "2023", "--branch", "09", "--format", "json"));
        Map<String, Object> whatIf = sheet.read("$.whatIf");
        assertThat(List.of(whatIf))
                .isEqualTo(commandLine(
                        "incentive", "--year", "2023", "--branch", "09", "--what-if", "2:+1.0", "--format", "json"));
    }

    @Test
    void aBranchSheetHasItsSubItemsTheGapToTheRewardLineAndItsDenominators() throws Exception {
        DocumentContext sheet = json(mvc, "/api/v1/incentive/2023/branches/09", "etsuran", 200);
        assertThat(sheet.read("$.branchName", String.class)).isEqualTo("栃木支部");
        assertThat(sheet.read("$.branches", Integer.class)).isEqualTo(47);
        assertThat(sheet.read("$.rewardLine", Integer.class)).isEqualTo(15);
        assertThat(sheet.read("$.whatIf", Object.class)).isNull();
        // ① from 栃木's report: 199,728 ÷ 277,799 = 71.90%
        assertThat(sheet.read("$.subItems[0].value", String.class)).isEqualTo("71.90");
        assertThat(sheet.read("$.denominators[?(@.indicator == 1)].denominator", List.class))
                .containsExactly(277_799);
        assertThat(sheet.read("$.denominators[?(@.indicator == 1)].count", List.class))
                .containsExactly(199_728);
        assertThat(sheet.read("$.denominators[?(@.indicator == 1)].denominatorName", List.class))
                .containsExactly("対象者数");
        assertThat(sheet.read("$.indicators[*].indicator", List.class)).containsExactly(1, 2, 3, 4, 5);
        // the indicators' gaps add up to the gap in the total (to rounding at one decimal)
        List<Object> gaps = sheet.read("$.indicators[*].gapToRewardLine");
        BigDecimal sum = gaps.stream().map(g -> new BigDecimal(g.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = new BigDecimal(sheet.read("$.totalGapToRewardLine", String.class));
        assertThat(sum.subtract(total).abs()).isLessThanOrEqualTo(new BigDecimal("0.3"));
        assertThat(sheet.read("$.lineBranchCode", String.class))
                .isEqualTo(json(mvc, "/api/v1/incentive/2023", "etsuran", 200)
                        .read("$.branches[14].branch_code", String.class));
    }

    @Test
    void aWhatIfChangesTheBranchsTotalAsTheServiceScoresIt() throws Exception {
        // the first branch not rewarded, raising ② by 5 points
        String code = json(mvc, "/api/v1/incentive/2023", "etsuran", 200).read("$.branches[15].branch_code");
        DocumentContext sheet = withWhatIf(code, "2:+5.0", 200);
        WhatIfOutcome expected = service.whatIf(
                service.score(FiscalYear.of(2023)), OrgCode.read(code).orElseThrow(), RateChange.parse("2:+5.0"));

        assertThat(sheet.read("$.whatIf.total_after", String.class))
                .isEqualTo(expected.after()
                        .total()
                        .setScale(1, RoundingMode.HALF_UP)
                        .toPlainString());
        assertThat(sheet.read("$.whatIf.total_before", String.class)).isEqualTo(sheet.read("$.total", String.class));
        assertThat(new BigDecimal(sheet.read("$.whatIf.total_after", String.class)))
                .isGreaterThan(new BigDecimal(sheet.read("$.whatIf.total_before", String.class)));
        assertThat(sheet.read("$.whatIf.rank_after", Integer.class))
                .isEqualTo(expected.after().rank().getAsInt())
                .isLessThan(sheet.read("$.whatIf.rank_before", Integer.class));
        assertThat(sheet.read("$.whatIf.rewarded_before", Boolean.class)).isFalse();
        assertThat(sheet.read("$.whatIf.what_if_ja", String.class)).isEqualTo("②を5.0ポイント上げると");
        assertThat(sheet.read("$.whatIf.additional_count", Long.class))
                .isEqualTo(expected.additionalCount().getAsLong())
                .isPositive();
        // the sub-items and the ranking are the year as it is: the what-if changes nothing stored
        assertThat(sheet.read("$.subItems", List.class))
                .isEqualTo(json(mvc, "/api/v1/incentive/2023/branches/" + code, "etsuran", 200)
                        .read("$.subItems", List.class));

        // a + left unencoded in the address arrives as a space: read as the + it was
        assertThat(withWhatIf(code, "2: 5.0", 200).read("$.whatIf", Map.class))
                .isEqualTo(sheet.read("$.whatIf", Map.class));
    }

    @Test
    void aYearBranchOrWhatIfThatNamesNothingIsAProblemInJapanese() throws Exception {
        assertThat(problem(mvc, "/api/v1/incentive/2017", 404).read("$.detail", String.class))
                .contains("インセンティブ制度は平成30年度（2018年度）実績からです");
        assertThat(problem(mvc, "/api/v1/incentive/2019", 404).read("$.detail", String.class))
                .contains("令和元年度（2019年度）の実績")
                .contains("どの支部にもありません");
        assertThat(problem(mvc, "/api/v1/incentive/abc", 404).read("$.detail", String.class))
                .contains("年度「abc」");
        assertThat(problem(mvc, "/api/v1/incentive/2023/branches/99", 404).read("$.detail", String.class))
                .contains("支部コード「99」はありません");
        assertThat(problem(mvc, "/api/v1/incentive/2023/branches/00", 404).read("$.detail", String.class))
                .contains("協会（00）はインセンティブ制度の順位にありません");

        DocumentContext unreadable = withWhatIf("09", "9:+1", 400);
        assertThat(unreadable.read("$.parameter", String.class)).isEqualTo("whatIf");
        assertThat(unreadable.read("$.detail", String.class)).contains("whatIf「9:+1」を読めません");

        DocumentContext nothingToRaise = withWhatIf("09", "3:+1.0", 400);
        assertThat(nothingToRaise.read("$.parameter", String.class)).isEqualTo("whatIf");
        assertThat(nothingToRaise.read("$.detail", String.class)).contains("栃木支部の③を1.0ポイント上げるとは計算できません");
    }

    @Test
    void aReadTokenReadsTheRankingAndNoSignInIsRefusedAsAProblem() throws Exception {
        String token = TestTokens.make(mvc, "etsuran", "READ");
        MockHttpServletResponse withToken = mvc.perform(
                        get("/api/v1/incentive/2023/branches/09").header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        assertThat(withToken.getStatus()).isEqualTo(200);
        assertThat(JsonPath.parse(withToken.getContentAsString(StandardCharsets.UTF_8))
                        .read("$.subItems.length()", Integer.class))
                .isEqualTo(11);

        MockHttpServletResponse signedOut =
                mvc.perform(get("/api/v1/incentive/2023")).andReturn().getResponse();
        assertThat(signedOut.getStatus()).isEqualTo(401);
        assertThat(signedOut.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDescribesTheIncentiveEndpointsAndTheirRows() throws Exception {
        DocumentContext document = json(mvc, "/v3/api-docs", "etsuran", 200);
        Map<String, Object> paths = document.read("$.paths");
        assertThat(paths)
                .containsKeys(
                        "/api/v1/incentive", "/api/v1/incentive/{year}", "/api/v1/incentive/{year}/branches/{branch}");
        assertThat(document.read(
                        "$.paths['/api/v1/incentive/{year}/branches/{branch}'].get.parameters[*].name", List.class))
                .contains("year", "branch", "whatIf");
        Map<String, Object> row = document.read("$.components.schemas.RankingRow.properties");
        assertThat(row).containsKeys("results_year", "rank", "branch_code", "share_yen", "reduction_percent");
        assertThat(document.read("$.components.schemas.RankingRow.properties.share_yen.description", String.class))
                .contains("配分額");
        assertThat(document.read("$.components.schemas.WhatIfRow.properties", Map.class))
                .containsKeys("total_before", "total_after", "overtaken_by");
    }

    /** A branch's FY2023 sheet with a what-if (the parameter as the server reads it, decoded), its problem if any. */
    private DocumentContext withWhatIf(String branch, String whatIf, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/incentive/2023/branches/" + branch)
                        .param("whatIf", whatIf)
                        .with(as("etsuran")))
                .andReturn()
                .getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo(status < 400 ? "application/json" : "application/problem+json");
        DocumentContext json = JsonPath.parse(body);
        if (status >= 400) {
            assertThat(json.read("$.title", String.class)).isEqualTo("パラメータが正しくありません");
        }
        return json;
    }

    /**
     * The command line's JSON rows, run in this JVM on a sample database of its own (the sample data are the same in
     * every copy).
     */
    private static List<Map<String, Object>> commandLine(String... args) {
        boolean postgresql =
                !System.getProperty(TemporaryDatabase.POSTGRESQL, "").isBlank();
        if (postgresql) System.setProperty("spring.datasource.username", TemporaryDatabase.user());
        try {
            String[] withDb = new String[args.length + 2];
            withDb[0] = args[0];
            withDb[1] = "--db";
            withDb[2] = database();
            System.arraycopy(args, 1, withDb, 3, args.length - 1);
            CommandLineIT.Run run = CommandLineIT.run(withDb);
            assertThat(run.status()).as(run.err()).isZero();
            return JsonPath.parse(run.out()).read("$");
        } finally {
            if (postgresql) System.clearProperty("spring.datasource.username");
        }
    }

    private static String db;

    private static String database() {
        if (db == null) db = TemporaryDatabase.sampleDataDb("incentive-api");
        return db;
    }
}
