package jp.kenpokpi.report;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import jp.kenpokpi.DemoUsers;
import jp.kenpokpi.TemporaryDatabase;

/**
 * Every PDF the application prints (R1–R7, the branch book and the association book) gives back the text it was
 * written with: 栃木, 執行率 and 自己評価 whole, and no Kangxi or CJK radical where the page shows a kanji.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportPdfTextIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TemporaryDatabase.withSampleData(registry, "report-pdf-text");
    }

    @Autowired
    MockMvc mvc;

    private void assertPdfText(String path, String... words) throws Exception {
        byte[] pdf = mvc.perform(get(path).with(DemoUsers.as("honbu"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        PdfTextAssertions.assertTextIsAsWritten(path, pdf, words);
    }

    @Test
    void r1KpiSummary() throws Exception {
        assertPdfText("/reports/kpi-summary.pdf?branch=09&year=2023", "栃木支部", "生活習慣病予防健診実施率");
    }

    @Test
    void r2PlanResult() throws Exception {
        assertPdfText("/reports/plan-result.pdf?branch=09&year=2023", "栃木支部", "自己評価");
    }

    @Test
    void r3PlanOverview() throws Exception {
        assertPdfText("/reports/plan-overview.pdf?branch=09&year=2023", "栃木支部", "実施状況", "課題");
    }

    @Test
    void r4Comparison() throws Exception {
        assertPdfText("/reports/comparison.pdf?year=2023&block=KANTO", "栃木支部", "協会全体");
    }

    @Test
    void r5Interim() throws Exception {
        assertPdfText("/reports/interim.pdf?branch=00&asOf=2021-09", "協会全体");
    }

    @Test
    void r6KpiList() throws Exception {
        assertPdfText("/reports/kpi-list.pdf?branch=05&year=2025", "秋田支部", "設定に当たっての考え方");
    }

    @Test
    void r7Budget() throws Exception {
        assertPdfText("/reports/budget.pdf?branch=09&year=2023", "栃木支部", "執行率");
    }

    @Test
    void theBranchBook() throws Exception {
        assertPdfText("/reports/book.pdf?branch=09&year=2023", "栃木支部", "執行率", "自己評価");
    }

    @Test
    void theAssociationBook() throws Exception {
        assertPdfText("/reports/association-book.pdf?year=2023", "栃木支部", "北海道支部", "沖縄支部");
    }
}
