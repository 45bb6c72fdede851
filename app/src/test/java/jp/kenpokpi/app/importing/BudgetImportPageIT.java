package jp.kenpokpi.app.importing;

import static jp.kenpokpi.app.importing.ImportForms.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.budget.BudgetRepository;
import jp.kenpokpi.app.security.FiscalYearLocks;
import jp.kenpokpi.budget.BudgetAmounts;
import jp.kenpokpi.budget.BudgetExecution;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import page takes a budget (予算執行) as CSV or as the Excel template of a branch's year: preview what would be
 * added, changed or removed, then apply exactly that through the change log; refuse a viewer, another branch's
 * editor and a locked year.
 */
@SampleDataTest
class BudgetImportPageIT {

    static final String HEADER = "branch_code,fiscal_year,section,category,item_no,item,budget,executed\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    BudgetRepository budgets;

    @Autowired
    FiscalYearLocks locks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTochigiEditorFillsInTheTemplateOfANewYearPreviewsAndAppliesItAndR7ShowsIt() throws Exception {
        byte[] template =
                DemoUsers.download(mvc, "/import/budget-template.xlsx?year=2024", "tochigi", "budget-09-2024.xlsx");
        byte[] filled;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = book.getSheet("予算執行");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("執行額（円）");
            assertThat(sheet.getLastRowNum())
                    .as("FY2023's 17 items to start from")
                    .isEqualTo(2 + 17 - 1);
            Row first = sheet.getRow(2);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("09");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("2024");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("1910000");
            assertThat(first.getCell(7).getStringCellValue())
                    .as("nothing executed yet")
                    .isEqualTo("0");
            first.getCell(7).setCellValue(1_500_000); // typed as a number, as Excel keeps it
            sheet.getRow(3).getCell(7).setCellValue("=SUM(1,2)"); // text that looks like a formula
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            filled = out.toByteArray();
        }

        MockHttpSession session = new MockHttpSession();
        String refused = previewBudget(xlsx("budget-09-2024.xlsx", filled), session, "tochigi");
        assertThat(refused)
                .contains("budget-09-2024.xlsx", "4行目", "executed", "「=SUM(1,2)」を執行額として読めません", "データベースは変更していません");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            book.getSheet("予算執行").getRow(3).getCell(7).setCellValue("12,000");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            filled = out.toByteArray();
        }
        String preview = previewBudget(xlsx("budget-09-2024.xlsx", filled), session, "tochigi");
        assertThat(preview)
                .contains("id=\"budget-preview\"", "取組17件のうち17件が変わります", "name=\"kind\" value=\"budget\"")
                .contains("医療費適正化等予算 ／ 医療費適正化対策 ／ (1) ０歳児加入者を主とした", "執行額: 1,500,000円", "追加");
        assertThat(budgets.find(OrgCode.of("09"), FiscalYear.of(2024)))
                .as("a preview saves nothing")
                .isEmpty();

        DemoUsers.send(
                        mvc,
                        ImportForms.apply(ImportForms.token(preview))
                                .param("kind", "budget")
                                .session(session),
                        "tochigi")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashMessage", "予算執行 17行を取り込みました（取組 追加17・変更0・削除0、変更なし0）"));
        BudgetExecution saved =
                budgets.find(OrgCode.of("09"), FiscalYear.of(2024)).orElseThrow();
        assertThat(saved.items().get(0).amounts()).isEqualTo(new BudgetAmounts(1_910_000, 1_500_000));
        assertThat(jdbc.sql("""
                        SELECT changed_by, source_kind, source_file FROM data_change
                        WHERE table_name = 'budget_item' AND org_code = '09' AND fiscal_year = 2024""").query().listOfRows())
                .hasSize(17)
                .allSatisfy(r -> assertThat(r)
                        .containsEntry("CHANGED_BY", "tochigi")
                        .containsEntry("SOURCE_KIND", "IMPORT")
                        .containsEntry("SOURCE_FILE", "budget-09-2024.xlsx"));

        String r7 = DemoUsers.page(mvc, "/reports/budget?branch=09&year=2024", "tochigi");
        assertThat(r7).contains("令和6年度", "情報提供", "1,500,000", "78.5%");

        // Imported again with an item changed and one dropped: the preview says so item by item.
        String again = previewBudget(
                csv(
                        "tochigi-2024.csv",
                        HEADER + "09,2024,医療費適正化等予算,医療費適正化対策,1,０歳児加入者を主とした医療費適正化のための情報提供,1910000,1600000\n"),
                session,
                "tochigi");
        assertThat(again)
                .contains("取組17件のうち17件が変わります", "執行額: 1,500,000円 → 1,600,000円", "変更", "削除")
                .contains("data-action=\"REMOVE\"");
    }

    @Test
    void aViewerAnotherBranchsEditorAndALockedYearAreRefusedAndNothingIsSaved() throws Exception {
        MockMultipartFile akita = csv("akita.csv", HEADER + "05,2025,保健事業予算,健診経費,1,事業者健診,8888000,4102863\n");
        DemoUsers.send(
                        mvc,
                        ImportForms.preview(akita).param("kind", "budget").session(new MockHttpSession()),
                        "etsuran")
                .andExpect(status().isForbidden());
        DemoUsers.send(
                        mvc,
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/import/budget-template.xlsx?year=2025"),
                        "etsuran")
                .andExpect(status().isForbidden());

        String otherBranch = previewBudget(akita, new MockHttpSession(), "tochigi");
        assertThat(otherBranch)
                .contains("akita.csv", "2行目", "branch_code", "支部「05」の行は取り込めません", "データベースは変更していません")
                .doesNotContain("apply-form");

        locks.lock(OrgCode.of("09"), FiscalYear.of(2022), "honbu");
        String locked = previewBudget(
                csv("tochigi-2022.csv", HEADER + "09,2022,保健事業予算,健診経費,1,事業者健診,8888000,4102863\n"),
                new MockHttpSession(),
                "tochigi");
        assertThat(locked).contains("tochigi-2022.csv", "2行目", "fiscal_year", "令和4年度は本部が確定（ロック）したため取り込めません");

        // Headquarters imports Akita's budget; R7 then exists for Akita, as for Tochigi.
        MockHttpSession hq = new MockHttpSession();
        String preview = previewBudget(akita, hq, "honbu");
        DemoUsers.send(
                        mvc,
                        ImportForms.apply(ImportForms.token(preview))
                                .param("kind", "budget")
                                .session(hq),
                        "honbu")
                .andExpect(status().is3xxRedirection());
        assertThat(budgets.find(OrgCode.of("09"), FiscalYear.of(2022))).isEmpty();
        assertThat(DemoUsers.page(mvc, "/reports/budget?branch=05&year=2025", "etsuran"))
                .contains("秋田支部", "事業者健診", "46.2%");
        assertThat(DemoUsers.notFound(mvc, "/reports/budget?branch=13&year=2025", "etsuran"))
                .contains("東京支部の令和7年度の予算執行の記録がありません");
    }

    /** The import page's preview of budget files, as the user asks for it in this session. */
    private String previewBudget(MockMultipartFile file, MockHttpSession session, String user) throws Exception {
        return DemoUsers.submit(
                mvc, ImportForms.preview(file).param("kind", "budget").session(session), user, status().isOk());
    }

    private static MockMultipartFile xlsx(String name, byte[] content) {
        return new MockMultipartFile(
                "files", name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
    }
}
