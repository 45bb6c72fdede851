package jp.kenpokpi.app.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.security.FiscalYearLocks;
import jp.kenpokpi.budget.BudgetAmounts;
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
}
