package jp.kenpokpi.app.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.security.FiscalYearLocks;
import jp.kenpokpi.budget.BudgetAmounts;
import jp.kenpokpi.budget.BudgetExecution;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The budget page's form of an item's executed amount: the branch's editor saves it (change log, source form), a
 * stale form is refused with the current value, a viewer, another branch's editor and a locked year are refused.
 */
@SampleDataTest
class BudgetEntryIT {

    static final String FORM = "/budget/item?branch=09&year=2023&section=1&item=1";

    @Autowired
    MockMvc mvc;

    @Autowired
    BudgetRepository budgets;

    @Autowired
    FiscalYearLocks locks;

    @Autowired
    JdbcClient jdbc;

    static MockHttpServletRequestBuilder save(int version, String executed) {
        return post("/budget/item")
                .param("branch", "09")
                .param("year", "2023")
                .param("section", "1")
                .param("item", "1")
                .param("version", Integer.toString(version))
                .param("executed", executed);
    }

    private BudgetAmounts firstItem() {
        return budgets.find(OrgCode.of("09"), FiscalYear.of(2023))
                .orElseThrow()
                .items()
                .get(0)
                .amounts();
    }

    @Test
    void theBranchEditorEntersAnExecutedAmountAndAStaleFormIsRefusedWithTheCurrentValue() throws Exception {
        assertThat(DemoUsers.page(mvc, "/budget?branch=09&year=2023", "tochigi"))
                .contains("href=\"" + FORM.replace("&", "&amp;") + "\"", "執行額を入力");
        String form = DemoUsers.page(mvc, FORM, "tochigi");
        assertThat(form)
                .contains("執行額の入力: (1) ０歳児", "1,910,000円", "1,644,044円", "name=\"version\" id=\"version\" value=\"1\"");

        String unreadable = DemoUsers.submit(mvc, save(1, "千円"), "tochigi", status().isOk());
        assertThat(unreadable).contains("id=\"executed-error\"", "「千円」を執行額として読めません", "value=\"千円\"");
        assertThat(firstItem().executed()).isEqualTo(1_644_044);

        DemoUsers.send(mvc, save(1, "1,700,000"), "tochigi")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "flashMessage", "「(1) ０歳児加入者を主とした医療費適正化のための情報提供」の執行額を保存しました（1,644,044円 → 1,700,000円）"));
        assertThat(firstItem()).isEqualTo(new BudgetAmounts(1_910_000, 1_700_000));
        assertThat(jdbc.sql("""
                        SELECT changed_by, source_kind, old_values, new_values FROM data_change
                        WHERE table_name = 'budget_item' AND row_key = '09/2023/section1/item1' AND source_kind = 'FORM'""").query().listOfRows()).singleElement().satisfies(r -> {
            assertThat(r.get("CHANGED_BY")).isEqualTo("tochigi");
            assertThat(r.get("OLD_VALUES").toString()).contains("1644044");
            assertThat(r.get("NEW_VALUES").toString()).contains("1700000");
        });

        String stale = DemoUsers.submit(mvc, save(1, "1,800,000"), "tochigi", status().isOk());
        assertThat(stale)
                .contains("この取組は他の人が先に変更しました（現在の執行額: 1,700,000円）", "name=\"version\" id=\"version\" value=\"2\"");
        assertThat(firstItem().executed()).isEqualTo(1_700_000);
    }

    @Test
    void aViewerAnotherBranchsEditorAndALockedYearChangeNothing() throws Exception {
        BudgetAmounts before = firstItem();
        assertThat(DemoUsers.page(mvc, "/budget?branch=09&year=2023", "etsuran"))
                .doesNotContain("執行額を入力");
        mvc.perform(get(FORM).with(DemoUsers.as("etsuran"))).andExpect(status().isForbidden());
        DemoUsers.send(mvc, save(1, "1"), "etsuran").andExpect(status().isForbidden());
        // Another branch's editor: the only demo editor is Tochigi's, so Tochigi's budget is asked of as Akita's.
        mvc.perform(get("/budget/item?branch=05&year=2023&section=1&item=1").with(DemoUsers.as("tochigi")))
                .andExpect(status().isForbidden());

        locks.lock(OrgCode.of("09"), FiscalYear.of(2023), "honbu");
        try {
            assertThat(DemoUsers.page(mvc, "/budget?branch=09&year=2023", "tochigi"))
                    .doesNotContain("執行額を入力");
            DemoUsers.send(mvc, save(1, "1"), "tochigi").andExpect(status().isForbidden());
            DemoUsers.send(mvc, save(1, "1"), "honbu").andExpect(status().isForbidden());
        } finally {
            locks.unlock(OrgCode.of("09"), FiscalYear.of(2023));
        }
        assertThat(firstItem()).isEqualTo(before);
    }

    private static MockHttpServletRequestBuilder line(String section, String category, String item, String budget) {
        return post("/budget/line")
                .param("branch", "09")
                .param("year", "2025")
                .param("section", section)
                .param("category", category)
                .param("item", item)
                .param("budget", budget)
                .param("executed", "");
    }

    @Test
    void aBranchMakesItsBudgetOnThePageLineByLineAndR7ShowsIt() throws Exception {
        FiscalYear fy2025 = FiscalYear.of(2025);
        assertThat(budgets.find(OrgCode.of("09"), fy2025)).isEmpty();
        assertThat(DemoUsers.page(mvc, "/budget?branch=09&year=2025", "tochigi"))
                .contains("予算の項目を追加");

        String refused = DemoUsers.submit(
                mvc, line("医療費適正化等予算", "", "健診の受診勧奨", "百万"), "tochigi", status().isUnprocessableContent());
        assertThat(refused).contains("分野を入力してください", "「百万」を予算額として読めません", "value=\"健診の受診勧奨\"");
        assertThat(budgets.find(OrgCode.of("09"), fy2025)).isEmpty();

        DemoUsers.send(mvc, line("医療費適正化等予算", "医療費適正化対策", "健診の受診勧奨", "1,200,000"), "tochigi")
                .andExpect(redirectedUrl("/budget?branch=09&year=2025"));
        DemoUsers.send(mvc, line("医療費適正化等予算", "医療費適正化対策", "ジェネリック医薬品の使用促進", "800000"), "tochigi")
                .andExpect(redirectedUrl("/budget?branch=09&year=2025"));
        DemoUsers.send(mvc, line("広報・意見発信予算", "広報", "メールマガジン", "300000"), "tochigi")
                .andExpect(redirectedUrl("/budget?branch=09&year=2025"));

        BudgetExecution made = budgets.find(OrgCode.of("09"), fy2025).orElseThrow();
        assertThat(made.sections()).extracting(s -> s.nameJa()).containsExactly("医療費適正化等予算", "広報・意見発信予算");
        assertThat(made.sections().get(0).total().budget()).isEqualTo(2_000_000);
        assertThat(made.sections().get(0).categories()).hasSize(1);
        String r7 = DemoUsers.page(mvc, "/reports/budget?branch=09&year=2025", "tochigi");
        assertThat(r7).contains("健診の受診勧奨", "ジェネリック医薬品の使用促進", "メールマガジン", "2,000,000");

        DemoUsers.send(mvc, line("他支部の予算", "分野", "取組", "1"), "etsuran").andExpect(status().isForbidden());
    }
}
