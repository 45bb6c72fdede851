package jp.kenpokpi.app.report;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every PDF the application prints (R1–R7, the branch book and the association book) gives back the text it was
 * written with: 栃木, 執行率 and 自己評価 whole, and no Kangxi or CJK radical where the page shows a kanji.
 */
@SampleDataTest
class ReportPdfTextIT {

    @Autowired
    MockMvc mvc;

    /** Each report and book as printed from the sample data, and words it must give back whole. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            R1 KPI summary   | /reports/kpi-summary.pdf?branch=09&year=2023    | 栃木支部 生活習慣病予防健診実施率
            R2 plan result   | /reports/plan-result.pdf?branch=09&year=2023    | 栃木支部 自己評価
            R3 plan overview | /reports/plan-overview.pdf?branch=09&year=2023  | 栃木支部 実施状況 課題
            R4 comparison    | /reports/comparison.pdf?year=2023&block=KANTO   | 栃木支部 協会全体
            R5 interim       | /reports/interim.pdf?branch=00&asOf=2021-09     | 協会全体
            R6 KPI list      | /reports/kpi-list.pdf?branch=05&year=2025       | 秋田支部 設定に当たっての考え方
            R7 budget        | /reports/budget.pdf?branch=09&year=2023         | 栃木支部 執行率
            branch book      | /reports/book.pdf?branch=09&year=2023           | 栃木支部 執行率 自己評価
            association book | /reports/association-book.pdf?year=2023         | 栃木支部 北海道支部 沖縄支部
            """)
    void thePdfTextIsTheTextWritten(String report, String path, String words) throws Exception {
        byte[] pdf = mvc.perform(get(path).with(DemoUsers.as("honbu")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        PdfTextAssertions.assertTextIsAsWritten(report, pdf, words.split(" "));
    }
}
