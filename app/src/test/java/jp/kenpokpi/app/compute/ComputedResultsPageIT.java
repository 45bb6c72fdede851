package jp.kenpokpi.app.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Results computed from records show on the dashboard as any result does, with where they come from: the proof data
 * set's FY2023 生活習慣病予防健診実施率 (its README says 架空) stored over the sample data's values, then Tochigi's
 * dashboard shows 60.3% (44/73, worked by hand in records' RecordsEngineProofTest), labelled 架空, its source on the
 * cell.
 */
@SampleDataTest
class ComputedResultsPageIT {

    private static final Path PROOF = Path.of("..", "records", "src", "test", "resources", "proof");

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordsCompute compute;

    @Test
    void theDashboardShowsAComputedResultWithItsSource() throws Exception {
        RecordsCompute.Run run =
                compute.compute(PROOF, FiscalYear.of(2023), Optional.empty(), List.of("LIFESTYLE_CHECKUP_RATE"));
        assertThat(run.synthetic()).as("the proof's README.txt says 架空").isTrue();
        compute.apply(run, "honbu");

        String html = DemoUsers.page(mvc, "/dashboard?branch=09&year=2023", "honbu");
        String row = PageHtml.find(html, "(?s)<tr[^>]*>(?:(?!</tr>).)*生活習慣病予防健診実施率(?:(?!</tr>).)*</tr>", "the row");
        assertThat(row)
                .containsPattern("<td class=\"actual\" title=\"架空 記録から算出（データ proof） LIFESTYLE_CHECKUP_RATE@2021\">"
                        + "<span>60.3%</span>")
                .contains("架空");

        // R1 prints it as the result.
        String r1 = DemoUsers.page(mvc, "/reports/kpi-summary?branch=09&year=2023", "honbu");
        assertThat(r1).contains("60.3%");
        // The KPI page's trend as FY2024 sees it: FY2023 under the FY2021 definition and restated under FY2024's.
        String trend = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/kpi/LIFESTYLE_CHECKUP_RATE/trend.csv?branch=09&year=2024")
                        .with(DemoUsers.as("honbu")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(trend).contains("60.3%").contains("58.9%");
    }
}
