package jp.kenpokpi.app.api;

import static jp.kenpokpi.app.api.ApiJson.json;
import static jp.kenpokpi.app.api.ApiJson.problem;
import static jp.kenpokpi.app.api.ApiJson.response;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.app.report.ReportKind;
import jp.kenpokpi.app.report.ReportRegistry;
import jp.kenpokpi.app.report.ReportRequest;
import jp.kenpokpi.app.report.ReportUnavailableException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** /api/v1/reports: the registry's kinds, and each as PDF, Excel and HTML, the same files the report pages give. */
@SampleDataTest
class ApiReportsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportRegistry registry;

    @Test
    void theKindsAreTheRegistrysInItsOrder() throws Exception {
        List<String> ids = json(mvc, "/api/v1/reports", "etsuran", 200).read("$[*].id");
        assertThat(ids).isEqualTo(registry.ids());
        assertThat(json(mvc, "/api/v1/reports", "etsuran", 200).read("$[?(@.id == 'kpi-summary')].number", List.class))
                .containsExactly("R1");
    }

    @Test
    void r1OfTochigiAsPdfIsAPdfWithTheReportsWords() throws Exception {
        MockHttpServletResponse pdf =
                response(mvc, "/api/v1/reports/kpi-summary?branch=09&year=2023&format=pdf", "etsuran");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("kpi-summary-09-2023.pdf");
        byte[] bytes = pdf.getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains("生活習慣病予防健診実施率", "72.2%", "◎");
        }
    }

    @Test
    void r1AsExcelOpensWithPoiAndHoldsTheRowAsANumber() throws Exception {
        MockHttpServletResponse xlsx =
                response(mvc, "/api/v1/reports/kpi-summary?branch=09&year=2023&format=xlsx", "etsuran");
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            DataFormatter format = new DataFormatter();
            StringBuilder text = new StringBuilder();
            book.getSheetAt(0)
                    .forEach(row -> row.forEach(
                            cell -> text.append(format.formatCellValue(cell)).append('|')));
            assertThat(text).contains("生活習慣病予防健診実施率", "72.2%", "◎");
        }
    }

    /**
     * Every kind, also one added later, answers through the one address; a kind that cannot be drawn for Tochigi's
     * year answers the registry's own reason (R6: Tochigi's plan gives no 設定に当たっての考え方).
     */
    @Test
    void everyKindOfTheRegistryDownloadsAsHtmlOrSaysWhyNot() throws Exception {
        Map<String, String> parameters = Map.of("branch", "09", "year", "2023", "block", "TOHOKU", "asOf", "2023-09");
        List<String> drawn = new ArrayList<>();
        for (ReportKind kind : registry.all()) {
            String address =
                    "/api/v1/reports/" + kind.id() + "?branch=09&year=2023&block=TOHOKU&asOf=2023-09&format=html";
            Optional<String> unavailable;
            try {
                registry.document(kind, ReportRequest.ofQuery(parameters), Format.HTML);
                unavailable = Optional.empty();
            } catch (ReportUnavailableException e) {
                unavailable = Optional.of(e.getReason());
            }
            if (unavailable.isPresent()) {
                assertThat(problem(mvc, address, 404).read("$.detail", String.class))
                        .isEqualTo(unavailable.get());
                continue;
            }
            MockHttpServletResponse html = response(mvc, address, "etsuran");
            assertThat(html.getStatus()).as(kind.id()).isEqualTo(200);
            assertThat(html.getContentType()).as(kind.id()).startsWith("text/html");
            assertThat(html.getContentAsString(StandardCharsets.UTF_8))
                    .as(kind.id())
                    .contains("<html");
            drawn.add(kind.id());
        }
        assertThat(drawn).contains("kpi-summary", "plan-result", "comparison", "interim", "budget", "book");
    }

    @Test
    void aReportThatCannotBeDrawnOrDoesNotExistIsAProblem() throws Exception {
        assertThat(problem(mvc, "/api/v1/reports/no-such-report?branch=09&year=2023", 404)
                        .read("$.detail", String.class))
                .startsWith("報告資料「no-such-report」はありません");
        assertThat(problem(mvc, "/api/v1/reports/kpi-summary?branch=09&year=2023&format=docx", 400)
                        .read("$.parameter", String.class))
                .isEqualTo("format");
        assertThat(problem(mvc, "/api/v1/reports/kpi-summary?branch=09&year=20x3&format=pdf", 400)
                        .read("$.parameter", String.class))
                .isEqualTo("year");
        // No budget of Tochigi's for FY2010: the report says why, as its page does.
        assertThat(problem(mvc, "/api/v1/reports/budget?branch=09&year=2010&format=pdf", 404)
                        .read("$.detail", String.class))
                .isEqualTo("栃木支部の平成22年度の予算執行の記録がありません");
    }
}
