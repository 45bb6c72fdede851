package jp.kenpokpi.app.kpidetail;

import static jp.kenpokpi.app.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.interchange.InterchangeFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The KPI detail page, /kpi/{code}?branch=&year=, on the sample data, signed in. */
@SampleDataTest
class KpiDetailPageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    InterchangeImport importer;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode script(String html, String id) {
        String data = PageHtml.group(
                html, "<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>", "script block #" + id);
        assertThat(data).doesNotContain("<", ">");
        return json.readTree(data);
    }

    /** Tokyo's FY2023 生活習慣病予防健診実施率 as headquarters imports it (66.6%, 666/1000), with this note. */
    private void tokyosCheckupImportedByHonbuWithNote(String note) {
        String csv = "branch_code,fiscal_year,kpi_code,actual,numerator,denominator,note\n"
                + "13,2023,LIFESTYLE_CHECKUP_RATE,66.6%,666,1000,\"" + note + "\"\n";
        importer.importFiles(
                List.of(new InterchangeFile("tokyo.csv", csv.getBytes(StandardCharsets.UTF_8))), "honbu", "import");
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("section #" + id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void tochigisLifestyleCheckupPageShowsBothDefinitionsTheBrokenTrendThe47BranchesAndTheHistory() throws Exception {
        String html = DemoUsers.page(mvc, "/kpi/LIFESTYLE_CHECKUP_RATE?branch=09&year=2023", "tochigi");

        String definition = section(html, "kpi-definition");
        assertThat(definition)
                .contains(
                        "生活習慣病予防健診実施率",
                        "高いほど良い",
                        "小数点以下1桁",
                        "生活習慣病予防健診の実施者数（健診実施支部で計上）",
                        "40歳以上の被保険者数（実施対象者数）",
                        "令和2年度（2020年度）〜令和5年度（2023年度）",
                        "令和6年度（2024年度）〜",
                        "<th>表示中の年度</th>",
                        "自支部被保険者のうち生活習慣病予防健診を受診した者の数（加入支部で計上）",
                        "2024年度から算出方法変更（健診実施支部→加入支部）");
        assertThat(definition).containsPattern("<tr data-definition-fy=\"2021\" class=\"current-version\">");
        assertThat(definition).containsPattern("<tr data-definition-fy=\"2024\">");

        assertThat(html)
                .contains(
                        "<div id=\"trend-chart\"",
                        "<div id=\"ranking-chart\"",
                        "<script src=\"/assets/kpi-detail.js\"");
        // the template names no version; the WebJar locator adds it to the address it writes
        assertThat(html).containsPattern("<script src=\"/webjars/echarts/(5[.0-9]+/)?dist/echarts.min.js\"");

        JsonNode trend = script(html, "trend-data");
        List<String> years = strings(trend.get("years"));
        int y2023 = years.indexOf("R5（2023）");
        int y2024 = years.indexOf("R6（2024）");
        assertThat(y2023).isNotNegative();
        assertThat(y2024).isEqualTo(y2023 + 1);
        JsonNode before = series(trend, "organisation", 2021);
        JsonNode after = series(trend, "organisation", 2024);
        assertThat(before.get("data").get(y2023).asString()).isEqualTo("72.2");
        assertThat(before.get("data").get(y2024).isNull())
                .as("the old definition stops at FY2023")
                .isTrue();
        assertThat(after.get("data").get(y2023).isNull())
                .as("the new one starts at FY2024")
                .isTrue();
        assertThat(after.get("data").get(y2024).isNull()).isFalse();
        assertThat(after.get("synthetic").get(y2024).booleanValue()).isTrue();
        assertThat(series(trend, "association", 2021).get("data").get(y2023).asString())
                .as("published")
                .isEqualTo("57.7");
        // Issue 8 (15): the trend draws the target of each year, and its legend gives a version the versions table's
        // years.
        JsonNode target = series(trend, "target", 2021);
        assertThat(target.get("data").get(y2023).asString()).isEqualTo("71.7");
        assertThat(before.get("name").asString()).isEqualTo("栃木支部（令和2年度〜令和5年度の定義）");
        assertThat(trend.get("breaks").size()).isEqualTo(1);
        assertThat(trend.get("breaks").get(0).get("label").asString()).isEqualTo("2024年度 定義変更");
        assertThat(trend.get("breaks").get(0).get("axisLabel").asString()).isEqualTo("R6（2024）");

        JsonNode ranking = script(html, "ranking-data");
        assertThat(ranking.get("highlight").asString()).isEqualTo("09");
        JsonNode bars = ranking.get("branches");
        assertThat(bars.size()).isEqualTo(47);
        List<String> highlighted = new ArrayList<>();
        for (JsonNode bar : bars)
            if (bar.get("highlighted").booleanValue())
                highlighted.add(bar.get("code").asString());
        assertThat(highlighted).containsExactly("09");
        assertThat(bars.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(ranking.get("target").get("value").asString()).isEqualTo("71.7");
        assertThat(ranking.get("target").get("label").asString()).isEqualTo("栃木の目標 71.7%以上");
        assertThat(ranking.get("national").get("value").asString()).isEqualTo("57.7");

        String map = section(html, "map");
        assertThat(map).contains("id=\"tile-map\"");
        Matcher tiles = Pattern.compile("<a class=\"tile [^\"]*\"[^>]*data-branch=\"(\\d\\d)\"")
                .matcher(map);
        List<String> codes = new ArrayList<>();
        while (tiles.find()) codes.add(tiles.group(1));
        assertThat(codes).hasSize(47).doesNotHaveDuplicates();
        assertThat(map).containsPattern("class=\"tile tile-q1 tile-highlighted\"[^>]*data-branch=\"09\"");
        assertThat(map).contains("href=\"/kpi/LIFESTYLE_CHECKUP_RATE?branch=13&amp;year=2023&amp;colour=result\"");

        String fractions = section(html, "numerator-denominator");
        assertThat(fractions).contains("栃木支部", "163,860", "226,946", "協会全体（公表値）", "57.7%", "協会全体（支部の分子・分母の合計から算出）");

        String history = section(html, "value-history");
        // Issue 8 (13): the record and the changer in words, not 09/2023/final/… and sample-data.
        assertThat(history).contains("記録：栃木支部 令和5年度 年度末 生活習慣病予防健診実施率", "サンプルデータ", "登録", "72.2%");
        assertThat(history).doesNotContain("記録キー", ">sample-data<", ">09/2023/final/LIFESTYLE_CHECKUP_RATE/2021<");
    }

    /** Issue 8 (5): a note over several lines, as the change log stores it since V4, shows its line break. */
    @Test
    void aMultiLineNoteShowsItsLineBreakInTheHistoryNotABackslashN() throws Exception {
        tokyosCheckupImportedByHonbuWithNote("一行目\n二行目");

        String history = section(
                DemoUsers.page(mvc, "/kpi/LIFESTYLE_CHECKUP_RATE?branch=13&year=2023", "etsuran"), "value-history");

        assertThat(history).contains("一行目\n二行目").doesNotContain("一行目\\n二行目");
    }

    @Test
    void aRelativeTargetIsDrawnAtThePriorYearValueAndAnActionHasNoTargetLine() throws Exception {
        JsonNode review =
                script(DemoUsers.page(mvc, "/kpi/RECEIPT_REVIEW_RATE?branch=09&year=2023", "etsuran"), "ranking-data");
        assertThat(review.get("target").get("value").asString()).isEqualTo("0.371");
        assertThat(review.get("target").get("label").asString()).contains("前年度実績 0.371%", "対前年度以上");

        String opinion = DemoUsers.page(mvc, "/kpi/OPINION_ADVOCACY?branch=09&year=2023", "etsuran");
        assertThat(script(opinion, "ranking-data").get("target").isNull()).isTrue();
        assertThat(section(opinion, "map")).containsPattern("class=\"tile tile-(done|not-done)");
    }

    @Test
    void theTileMapIsColouredByAchievementOnRequest() throws Exception {
        String map = section(
                DemoUsers.page(mvc, "/kpi/LIFESTYLE_CHECKUP_RATE?branch=09&year=2023&colour=achievement", "etsuran"),
                "map");
        // Tochigi's report: 72.2% against 71.7%以上, ◎
        assertThat(map)
                .containsPattern(
                        "class=\"tile tile-mark-EXCEEDED tile-highlighted\"[^>]*data-branch=\"09\"[^>]*data-mark=\"EXCEEDED\"");
        assertThat(map).doesNotContain("tile-q1");
        assertThat(map).contains("data-colouring=\"achievement\"", "計画を上回る実施状況");
    }

    @Test
    void aChangedValueShowsOldAndNewWithWhoAndEverythingIsEscaped() throws Exception {
        tokyosCheckupImportedByHonbuWithNote("</script><script>alert('x')</script>");

        String html = DemoUsers.page(mvc, "/kpi/LIFESTYLE_CHECKUP_RATE?branch=13&year=2023", "etsuran");

        String history = section(html, "value-history");
        assertThat(history).contains("本部 企画部（デモ）", "変更", "サンプルデータ", "登録");
        assertThat(history)
                .containsPattern("data-field=\"actual\">\\s*<span class=\"field\">実績</span>：\\s*"
                        + "<span class=\"before\">[0-9.]+%</span> →\\s*<span class=\"after\">66.6%</span>");
        assertThat(history).contains("&lt;/script&gt;&lt;script&gt;alert(");
        assertThat(html).doesNotContain("<script>alert(");
        assertThat(section(html, "numerator-denominator")).contains("666", "1,000");
    }

    @Test
    void anUnknownKpiIsA404WithAJapaneseMessage() throws Exception {
        String message = DemoUsers.notFound(mvc, "/kpi/NO_SUCH_KPI?branch=09&year=2023", "tochigi");
        assertThat(message).isEqualTo("KPIコード「NO_SUCH_KPI」はカタログにありません");
        mvc.perform(get("/kpi/LIFESTYLE_CHECKUP_RATE?branch=09&year=2023&colour=rainbow")
                        .with(as("tochigi")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void withoutBranchAndYearTheEditorSeesTheirOwnBranchAndSigningInIsRequired() throws Exception {
        String html = DemoUsers.page(mvc, "/kpi/LIFESTYLE_CHECKUP_RATE", "tochigi");
        assertThat(html).contains("栃木支部 令和5年度（2023年度）");
        mvc.perform(get("/kpi/LIFESTYLE_CHECKUP_RATE")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theChartScriptsAreServedFromTheApplication() throws Exception {
        String echarts = mvc.perform(get("/webjars/echarts/dist/echarts.min.js"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(echarts).contains("echarts");
        String script = mvc.perform(get("/assets/kpi-detail.js").with(as("etsuran")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(script).contains("trend-data", "ranking-data", "echarts.init");
    }

    private static JsonNode series(JsonNode trend, String kind, int definitionFy) {
        for (JsonNode s : trend.get("series")) {
            if (s.get("kind").asString().equals(kind) && s.get("definitionFy").asInt() == definitionFy) return s;
        }
        throw new AssertionError("no " + kind + " series for the " + definitionFy + " definition");
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        for (JsonNode n : array) list.add(n.asString());
        return list;
    }
}
