package jp.kenpokpi.app.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.interchange.InterchangeFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The budget execution page on the sample data: Tochigi's FY2023 tables as the report prints them, computed
 * subtotals and totals, the over-executed item marked, 架空 labelled, and a Japanese word where there is no budget.
 */
@SampleDataTest
class BudgetPageIT {

    /** An element whose classes include over (not over-example, the legend's sample). */
    static final Pattern OVER = Pattern.compile("class=\"(?:[^\"]* )?over[ \"]");

    @Autowired
    MockMvc mvc;

    @Autowired
    BudgetImport budgetImport;

    /** A row of #budget-table: its opening tag and the text of its cells, tags and spaces folded. */
    record Row(String tag, List<String> cells) {

        boolean is(String attribute) {
            return tag.contains(attribute);
        }

        String text() {
            return String.join(" | ", cells);
        }
    }

    private static List<Row> rows(String html) {
        int start = html.indexOf("id=\"budget-table\"");
        assertThat(start).as("#budget-table").isPositive();
        String table = html.substring(start, html.indexOf("</table>", start));
        List<Row> rows = new ArrayList<>();
        Matcher tr = Pattern.compile("(<tr[^>]*>)(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (tr.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell =
                    Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(tr.group(2));
            while (cell.find())
                cells.add(cell.group(1)
                        .replaceAll("<[^>]+>", " ")
                        .replaceAll("\\s+", " ")
                        .strip());
            rows.add(new Row(tr.group(1), cells));
        }
        return rows;
    }

    private static Row row(List<Row> rows, String attribute) {
        return rows.stream()
                .filter(r -> r.is(attribute))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + attribute));
    }

    @Test
    void tochigis_fy2023_items_show_the_reports_budget_executed_and_rate() throws Exception {
        List<Row> rows = rows(DemoUsers.page(mvc, "/budget?branch=09&year=2023", "etsuran"));

        assertThat(rows.stream().filter(r -> r.is("data-item=")).count()).isEqualTo(17);
        assertThat(row(rows, "data-category=\"医療費適正化対策\" data-item=\"1\"").text())
                .isEqualTo(" | (1) ０歳児加入者を主とした医療費適正化のための情報提供 | 1,910,000円 | 1,644,044円 | 86.1%");
        assertThat(row(rows, "data-category=\"医療費適正化対策\" data-item=\"2\"").text())
                .endsWith("135,000円 | 0円 | 0.0%");
        assertThat(row(rows, "data-category=\"広報・意見発信\" data-item=\"4\"").text())
                .isEqualTo(" | (4) 各種メディアを活用したインセンティブ広報 | 5,000,000円 | 5,511,000円 | 110.2%");
        assertThat(row(rows, "data-category=\"健診経費\" data-item=\"2\"").text())
                .endsWith("(2) 被扶養者を対象とした集団健診の実施 | 15,251,000円 | 13,264,576円 | 87.0%");
        assertThat(row(rows, "data-category=\"その他の経費\" data-item=\"9\"").text())
                .endsWith("(9) 保健指導対象者に対する健診前の文書支援事業 | 11,000円 | 0円 | 0.0%");
        assertThat(row(rows, "data-category=\"特別枠\" data-item=\"1\"").text())
                .endsWith("(1) メタボリスク保有者への行動変容通知発送および効果検証事業 | 1,623,600円 | 1,551,027円 | 95.5%");
    }

    @Test
    void each_category_has_its_subtotal_and_each_table_its_total_as_printed() throws Exception {
        String html = DemoUsers.page(mvc, "/budget?branch=09&year=2023", "etsuran");
        List<Row> rows = rows(html);

        assertThat(html).contains("1．医療費適正化等予算の執行実績", "2．保健事業予算の執行実績", "3．その他の保健事業（特別枠）予算の執行実績");
        assertThat(row(rows, "data-subtotal=\"医療費適正化対策\"").text())
                .isEqualTo("医療費適正化対策 | 小計 | 2,045,000円 | 1,644,044円 | 80.4%");
        assertThat(row(rows, "data-subtotal=\"広報・意見発信\"").text()).endsWith("10,541,000円 | 9,947,570円 | 94.4%");
        assertThat(row(rows, "data-subtotal=\"健診経費\"").text()).endsWith("30,769,000円 | 22,590,877円 | 73.4%");
        assertThat(row(rows, "data-subtotal=\"保健指導経費・重症化予防事業経費（その他の経費含む）\"").text())
                .endsWith("14,404,000円 | 9,459,495円 | 65.7%");
        assertThat(row(rows, "data-subtotal=\"コラボヘルス事業経費\"").text()).endsWith("7,460,000円 | 6,296,569円 | 84.4%");
        assertThat(row(rows, "data-subtotal=\"その他の経費\"").text()).endsWith("11,000円 | 0円 | 0.0%");

        List<String> totals = rows.stream()
                .filter(r -> r.is("class=\"total\""))
                .map(Row::text)
                .toList();
        // The report prints 12,585,000円 for the first total: its subtotals add up to 12,586,000円 (docs/BUDGET.md).
        assertThat(totals)
                .containsExactly(
                        "総計 | 12,586,000円 | 11,591,614円 | 92.1%",
                        "総計 | 52,644,000円 | 38,346,941円 | 72.8%", "総計 | 1,623,600円 | 1,551,027円 | 95.5%");
    }

    @Test
    void only_the_over_executed_item_carries_class_over_on_its_executed_amount_and_rate() throws Exception {
        String html = DemoUsers.page(mvc, "/budget?branch=09&year=2023", "etsuran");
        Row over = row(rows(html), "data-category=\"広報・意見発信\" data-item=\"4\"");

        assertThat(OVER.matcher(html).results().count()).isEqualTo(2);
        Matcher cells = Pattern.compile("data-category=\"広報・意見発信\" data-item=\"4\">.*?</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(cells.find()).isTrue();
        assertThat(cells.group())
                .contains("class=\"amount executed over\"", "class=\"rate over\"", "title=\"予算額を超えた執行\"");
        assertThat(over.cells()).contains("5,511,000円", "110.2%");
    }

    @Test
    void without_parameters_a_viewer_and_headquarters_see_tochigis_latest_year() throws Exception {
        for (String user : List.of("etsuran", "honbu", "tochigi")) {
            String html = DemoUsers.page(mvc, "/budget", user);
            assertThat(html).as(user).contains("栃木支部 令和5年度（2023年度） 予算執行状況", "id=\"budget-table\"");
        }
    }

    @Test
    void a_year_or_a_branch_without_a_budget_is_said_in_japanese_with_where_to_look() throws Exception {
        String year = DemoUsers.page(mvc, "/budget?branch=09&year=2022", "etsuran");
        assertThat(year)
                .contains("栃木支部 令和4年度（2022年度）の予算執行データはありません。データのある年度: 令和5年度（2023年度）")
                .contains("令和4年度（2022年度）（データなし）")
                .doesNotContain("id=\"budget-table\"");

        String branch = DemoUsers.page(mvc, "/budget?branch=13", "etsuran");
        assertThat(branch)
                .containsPattern("東京支部の予算執行データはありません。予算執行データのある支部: [^<]*栃木支部")
                .contains("13 東京支部（データなし）")
                .doesNotContain("id=\"budget-table\"", "id=\"year\"");
    }

    @Test
    void the_branch_and_year_choices_are_those_with_a_budget() throws Exception {
        String html = DemoUsers.page(mvc, "/budget?branch=09&year=2023", "etsuran");
        String branches =
                html.substring(html.indexOf("id=\"branch\""), html.indexOf("</select>", html.indexOf("id=\"branch\"")));
        String years =
                html.substring(html.indexOf("id=\"year\""), html.indexOf("</select>", html.indexOf("id=\"year\"")));

        assertThat(branches).contains("09 栃木支部").doesNotContain("13 東京支部");
        assertThat(years).contains("令和5年度（2023年度）").doesNotContain("令和4年度");
        assertThat(html).doesNotContain("synthetic-label");
    }

    @Test
    void a_synthetic_budget_is_labelled_架空_value_by_value() throws Exception {
        budgetImport.importFiles(
                List.of(new InterchangeFile("fixture.csv", """
                branch_code,fiscal_year,section,category,item_no,item,budget,executed,source
                05,2023,保健事業予算,健診経費,1,集団健診,1000000,900000,架空 (BudgetPageIT)
                05,2023,保健事業予算,健診経費,2,受診勧奨,500000,650000,架空 (BudgetPageIT)
                """.getBytes(StandardCharsets.UTF_8))), "test", "import");

        String html = DemoUsers.page(mvc, "/budget?branch=05&year=2023", "etsuran");
        List<Row> rows = rows(html);

        assertThat(row(rows, "data-item=\"1\"").text()).isEqualTo(" | (1) 集団健診 | 1,000,000円 架空 | 900,000円 架空 | 90.0%");
        assertThat(row(rows, "data-subtotal=\"健診経費\"").text())
                .isEqualTo("健診経費 | 小計 | 1,500,000円 架空 | 1,550,000円 架空 | 103.3%");
        assertThat(row(rows, "data-item=\"2\"").tag()).contains("synthetic");
        assertThat(html).contains("報告書にない架空の値");
        assertThat(OVER.matcher(html).results().count())
                .as("the item and its subtotal and total, executed and rate each")
                .isEqualTo(6);
    }
}
