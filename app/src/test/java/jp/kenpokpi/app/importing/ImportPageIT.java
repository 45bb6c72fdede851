package jp.kenpokpi.app.importing;

import static jp.kenpokpi.app.importing.ImportForms.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import page: preview what would change, then apply exactly that; refuse what the user may not import. */
@SampleDataTest
class ImportPageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    KpiRecordRepository records;

    /** Issue 8 (13): the preview speaks words, not true/false and file names. */
    @Test
    void aPreviewReplacingASyntheticValueSaysSoInWords() throws Exception {
        String preview = DemoUsers.submit(
                mvc,
                ImportForms.preview(csv("tokyo.csv", """
                        branch_code,fiscal_year,kpi_code,actual,numerator,denominator,source
                        13,2023,EMPLOYER_CHECKUP_DATA_RATE,8.5%,#削除,#削除,tochigi-fy2023-implementation-status.txt l.492-562
                        """)).session(new MockHttpSession()),
                "honbu",
                status().isOk());
        assertThat(preview)
                .contains("架空の値: はい → いいえ", "出典: ")
                .contains("栃木支部 令和5年度 事業計画の実施状況")
                .doesNotContain("true → false", "l.492-562");
    }

    @Test
    void aBranchEditorPreviewsTheChangeThenAppliesIt() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String preview = DemoUsers.submit(
                mvc, ImportForms.preview(csv("tochigi.csv", """
                        branch_code,fiscal_year,kpi_code,actual,numerator,denominator
                        09,2023,EMPLOYER_CHECKUP_DATA_RATE,8.5%,#削除,#削除
                        """)).session(session), "tochigi", status().isOk());
        assertThat(preview).contains("1件のうち1件が変わります", "実績: 8.9% → 8.5%", "変更");
        assertThat(actual("EMPLOYER_CHECKUP_DATA_RATE"))
                .as("nothing saved by a preview")
                .isEqualTo("8.9%");

        DemoUsers.send(mvc, ImportForms.apply(ImportForms.token(preview)).session(session), "tochigi")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashMessage", "1行を取り込みました（目標 追加0・変更0、実績 追加0・変更1、変更なし0）"));
        assertThat(actual("EMPLOYER_CHECKUP_DATA_RATE")).isEqualTo("8.5%");
    }

    @Test
    void aFileWhoseValuesAreAllStoredPreviewsAsChangingNothingAndSaysSo() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockMultipartFile file = csv("twice.csv", """
                branch_code,fiscal_year,kpi_code,actual,numerator,denominator
                09,2023,SINGLE_BID_RATE,12.5%,#削除,#削除
                """);
        String first = DemoUsers.submit(mvc, ImportForms.preview(file).session(session), "tochigi", status().isOk());
        assertThat(first).doesNotContain("id=\"nothing-changes\"");
        DemoUsers.send(mvc, ImportForms.apply(ImportForms.token(first)).session(session), "tochigi")
                .andExpect(status().is3xxRedirection());

        String again = DemoUsers.submit(mvc, ImportForms.preview(file).session(session), "tochigi", status().isOk());

        assertThat(again).contains("1件のうち0件が変わります", "変更なし").contains("このファイルの値はすべて登録済みです。取り込んでも何も変わりません");
    }

    @Test
    void theExcelTemplateFilledInPreviewsAsTheCsvDoes() throws Exception {
        String page = DemoUsers.page(mvc, "/import", "tochigi");
        assertThat(page).contains("href=\"/import/kpi-template.xlsx\"", "accept=\".csv,text/csv,.xlsx\"");
        byte[] filled;
        try (var workbook = kpiTemplate();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.getSheet("KPI結果");
            java.util.List<String> header = texts(sheet.getRow(0));
            assertThat(header).startsWith("branch_code", "fiscal_year", "as_of", "kpi_code");
            var good = sheet.createRow(1);
            good.createCell(header.indexOf("branch_code")).setCellValue("09");
            good.createCell(header.indexOf("fiscal_year")).setCellValue(2023); // a number, as Excel keeps a typed year
            good.createCell(header.indexOf("kpi_code")).setCellValue("EMPLOYER_CHECKUP_DATA_RATE");
            good.createCell(header.indexOf("actual")).setCellValue("8.7%");
            // The stored numerator and denominator would no longer agree with the value: the file clears them.
            good.createCell(header.indexOf("numerator")).setCellValue("#削除");
            good.createCell(header.indexOf("denominator")).setCellValue("#削除");
            workbook.write(out);
            filled = out.toByteArray();
        }
        String before = actual("EMPLOYER_CHECKUP_DATA_RATE"); // 8.9%, or what another test of this class set
        String preview = DemoUsers.submit(
                mvc,
                ImportForms.preview(new MockMultipartFile("files", "results.xlsx", "application/octet-stream", filled)),
                "tochigi",
                status().isOk());
        assertThat(preview).contains("1件のうち1件が変わります", "実績: " + before + " → 8.7%");
        assertThat(actual("EMPLOYER_CHECKUP_DATA_RATE"))
                .as("nothing saved by a preview")
                .isEqualTo(before);
    }

    @Test
    void aBranchEditorCannotImportAnotherBranchsRowsAndNothingIsSaved() throws Exception {
        String page = DemoUsers.submit(mvc, ImportForms.preview(csv("mixed.csv", """
                        branch_code,fiscal_year,kpi_code,actual,numerator,denominator
                        09,2023,DEPENDENT_CHECKUP_RATE,31.0%,#削除,#削除
                        13,2023,DEPENDENT_CHECKUP_RATE,31.0%,#削除,#削除
                        """)), "tochigi", status().isOk());
        assertThat(page)
                .contains("取り込めません", "mixed.csv", "3行目", "branch_code", "支部「13」の行は取り込めません")
                .doesNotContain("apply-form");
        assertThat(actual("DEPENDENT_CHECKUP_RATE")).isEqualTo("30.7%");
    }

    @Test
    void onlyHeadquartersImportsAHeadquartersIndicatorEvenForTheBranchItself() throws Exception {
        String file = """
                branch_code,fiscal_year,kpi_code,actual,numerator,denominator
                09,2023,GUIDANCE_TARGET_REDUCTION_RATE,30.00%,300,1000
                """;
        String refused =
                DemoUsers.submit(mvc, ImportForms.preview(csv("reduction.csv", file)), "tochigi", status().isOk());
        assertThat(refused)
                .contains("reduction.csv", "2行目", "kpi_code", "「特定保健指導対象者の減少率」（GUIDANCE_TARGET_REDUCTION_RATE）は本部の指標です")
                .doesNotContain("apply-form");

        String accepted =
                DemoUsers.submit(mvc, ImportForms.preview(csv("reduction.csv", file)), "honbu", status().isOk());
        assertThat(accepted).contains("apply-form").doesNotContain("本部の指標です");
    }

    @Test
    void aMalformedFileShowsEveryProblemWithFileLineAndColumn() throws Exception {
        String page = DemoUsers.submit(mvc, ImportForms.preview(csv("bad.csv", """
                        branch_code,fiscal_year,kpi_code,actual,comment
                        09,2023,LIFESTYLE_CHECKUP_RATE,72.2%,x
                        """)), "honbu", status().isOk());
        assertThat(page).contains("bad.csv", "1行目", "comment", "知らない列です");
    }

    @Test
    void aViewerMayNotImportAndAFormWithoutCsrfTokenIsRefused() throws Exception {
        String refused = mvc.perform(get("/import").with(DemoUsers.as("etsuran")))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // Issue 9 (5): method security (security/Permissions) refuses, with the reason on the Japanese 403 page.
        assertThat(refused).contains("閲覧者はデータを取り込めません");
        MockMultipartFile empty = csv("a.csv", "branch_code,fiscal_year,kpi_code,actual\n");
        DemoUsers.send(mvc, ImportForms.preview(empty), "etsuran").andExpect(status().isForbidden());
        mvc.perform(ImportForms.preview(empty).with(DemoUsers.as("tochigi"))).andExpect(status().isForbidden());
    }

    @Autowired
    jp.kenpokpi.app.catalogue.CatalogueRepository catalogue;

    @Test
    void theTemplateSaysInJapaneseWhatEachColumnHoldsAndListsTheCatalogue() throws Exception {
        byte[] filled;
        try (var workbook = kpiTemplate();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.getSheet("KPI結果");
            java.util.List<String> labels = texts(sheet.getRow(1));
            assertThat(labels).startsWith("支部コード", "年度", "時点", "KPIコード").contains("実績", "備考", "出典");

            var kpis = workbook.getSheet("KPI一覧");
            assertThat(kpis).as("a sheet listing the codes").isNotNull();
            assertThat(kpis.getLastRowNum())
                    .as("one row per definition of the catalogue, under a header")
                    .isEqualTo(catalogue.load().planDefinitions().size());
            java.util.List<String> header = texts(kpis.getRow(0));
            assertThat(header).startsWith("KPIコード", "名称", "単位", "方向");
            java.util.Set<String> codes = new java.util.HashSet<>();
            for (int r = 1; r <= kpis.getLastRowNum(); r++)
                codes.add(kpis.getRow(r).getCell(0).getStringCellValue());
            assertThat(codes).contains("LIFESTYLE_CHECKUP_RATE", "SINGLE_BID_RATE");

            StringBuilder help = new StringBuilder();
            workbook.getSheet("説明")
                    .forEach(row ->
                            help.append(row.getCell(0).getStringCellValue()).append('\n'));
            assertThat(help.toString())
                    .contains("取込ページ", "KPI一覧", "支部コード（branch_code）")
                    .doesNotContain("INTERCHANGE.md");

            // Filled in below the labels, as a user would, it imports.
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue("09");
            row.createCell(1).setCellValue("2023");
            row.createCell(3).setCellValue("EMPLOYER_CHECKUP_DATA_RATE");
            row.createCell(6).setCellValue("8.6%");
            row.createCell(7).setCellValue("#削除");
            row.createCell(8).setCellValue("#削除");
            workbook.write(out);
            filled = out.toByteArray();
        }
        String preview = DemoUsers.submit(
                mvc,
                ImportForms.preview(new MockMultipartFile("files", "filled.xlsx", "application/octet-stream", filled)),
                "tochigi",
                status().isOk());
        assertThat(preview).contains("1件のうち1件が変わります", "→ 8.6%", "filled.xlsx", "3行目");

        String page = DemoUsers.page(mvc, "/import", "tochigi");
        assertThat(page)
                .contains("id=\"import-help\"", "LIFESTYLE_CHECKUP_RATE", "生活習慣病予防健診実施率", "支部コード")
                .doesNotContain("INTERCHANGE.md");
    }

    @Test
    void aSessionHoldsOnePreviewAtMostFreedByTheApply() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String note = "x".repeat(1000);
        java.util.List<String> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String preview = DemoUsers.submit(
                    mvc,
                    ImportForms.preview(csv(
                                    "p" + i + ".csv",
                                    "branch_code,fiscal_year,kpi_code,actual,numerator,denominator,note\n09,2023,DEPENDENT_GUIDANCE_RATE,12.0%,#削除,#削除,"
                                            + note + i + "\n"))
                            .session(session),
                    "tochigi",
                    status().isOk());
            tokens.add(ImportForms.token(preview));
        }
        java.util.List<Object> held = java.util.Collections.list(session.getAttributeNames()).stream()
                .map(session::getAttribute)
                .filter(v -> v instanceof PendingImport || v instanceof java.util.Map)
                .toList();
        assertThat(held)
                .as("one preview waits, the last")
                .singleElement()
                .satisfies(p -> assertThat(((PendingImport) p).token()).isEqualTo(tokens.get(24)));

        String stale =
                DemoUsers.submit(mvc, ImportForms.apply(tokens.get(0)).session(session), "tochigi", status().isOk());
        assertThat(stale).contains("取り込み内容の確認が古くなりました");
        DemoUsers.send(mvc, ImportForms.apply(tokens.get(24)).session(session), "tochigi")
                .andExpect(status().is3xxRedirection());
        assertThat(java.util.Collections.list(session.getAttributeNames()).stream()
                        .map(session::getAttribute)
                        .filter(v -> v instanceof PendingImport))
                .as("freed by the apply")
                .isEmpty();
    }

    /** The texts of a template row's cells, in column order. */
    private static java.util.List<String> texts(org.apache.poi.ss.usermodel.Row row) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    /** The empty KPI template as a tochigi user downloads it, opened with POI. */
    private org.apache.poi.xssf.usermodel.XSSFWorkbook kpiTemplate() throws Exception {
        byte[] template = mvc.perform(get("/import/kpi-template.xlsx").with(DemoUsers.as("tochigi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template));
    }

    private String actual(String kpi) {
        return records.findResult(OrgCode.of("09"), FiscalYear.of(2023), java.util.Optional.empty(), kpi, 2021)
                .orElseThrow()
                .value()
                .actualText()
                .orElse("");
    }
}
