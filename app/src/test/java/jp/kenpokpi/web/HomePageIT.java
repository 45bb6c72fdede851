package jp.kenpokpi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.kenpokpi.TemporaryDatabase;

/** The running application answers in Japanese: the start page and a branch's year summary. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePageIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TemporaryDatabase.withSampleData(registry, "web");
    }

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theStartPageListsTheBranchesAndFiscalYearsAndSaysWhichValuesAreSynthetic() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("栃木支部", "沖縄支部", "協会全体", "令和5年度（2023年度）", "令和7年度", "架空");
    }

    @Test
    void theTochigiSummaryPageShowsThePrintedMarksWithTheirReasons() throws Exception {
        HttpResponse<String> page = get("/summary/09/2023");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("栃木支部 令和5年度（2023年度） KPI実施状況", "生活習慣病予防健診実施率", "71.7%以上",
                "72.2%", "◎", "目標（71.7%以上）に対し実績72.2%");
    }

    @Test
    void syntheticValuesAreLabelled架空CellByCellAndTochigisRealTableCarriesNoSuchLabel() throws Exception {
        String label = "class=\"synthetic-label\">架空</span>";
        String akita = get("/summary/05/2023").body();
        // Akita's FY2023 values are real (its plan's reference table); its FY2021–FY2022 values are synthetic.
        assertThat(akita.split(label, -1).length - 1).isGreaterThan(30);
        String tochigi = get("/summary/09/2023").body();
        assertThat(tochigi.split(label, -1).length - 1).as("only the legend").isEqualTo(1);
    }

    @Test
    void anUnknownBranchGetsAJapaneseErrorPageWithoutAStackTrace() throws Exception {
        HttpResponse<String> page = get("/summary/99/2023");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("ページを表示できません").doesNotContain("Exception", "at jp.");
    }
}
