package jp.kenpokpi.app.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kenpokpi.app.plan.PlanWorkbook;
import jp.kenpokpi.catalogue.CatalogueCsv;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.csv.FormulaGuard;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanCsv;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Formula injection in the Excel files the application writes: a text beginning like a formula keeps its value and
 * gets Excel's quote prefix, so that editing the cell cannot make it live, and the workbook imports to the same plan.
 */
class FormulaCellsTest {

    @Test
    void aPlanWorkbookQuotesFormulaLikeTextsAndImportsBackTheSame() throws IOException {
        KpiCatalogue catalogue;
        try (InputStream in = getClass().getResourceAsStream("/catalogue/kpi-catalogue.csv")) {
            catalogue = CatalogueCsv.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        PlanCsv reader = new PlanCsv(catalogue, new XlsxWorkbooks());
        String csv = "branch_code,fiscal_year,record,area,measure_no,group,title,plan_text\n"
                + "09,2023,measure,基盤的保険者機能,1,業務,題名,計画\n";
        BusinessPlan plan = reader.read(List.of(new InterchangeFile("p.csv", csv.getBytes(StandardCharsets.UTF_8))))
                .plans()
                .get(0);
        Measure m = plan.measures().get(0);
        Measure hostile = new Measure(
                m.number(),
                m.area(),
                m.group(),
                "@SUM(A1)",
                "=HYPERLINK(\"http://evil.invalid\",\"x\")",
                "+cmd|' /C calc'!A0",
                "-2+3",
                m.importanceReason(),
                m.difficultyReason(),
                m.selfEvaluation(),
                m.selfEvaluationReason(),
                m.actions(),
                m.kpis());
        byte[] xlsx = PlanWorkbook.write(
                List.of(new BusinessPlan(plan.organisation(), plan.year(), List.of(hostile), plan.source())));

        int quoted = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (FormulaGuard.startsLikeFormula(cell.getStringCellValue())) {
                        assertThat(cell.getCellStyle().getQuotePrefixed())
                                .as(cell.getStringCellValue())
                                .isTrue();
                        quoted++;
                    }
                }
            }
        }
        assertThat(quoted).isEqualTo(4);
        BusinessPlan back = reader.read(List.of(new InterchangeFile("back.xlsx", xlsx)))
                .plans()
                .get(0);
        assertThat(back.measures().get(0)).isEqualTo(hostile);
    }
}
