package jp.kenpokpi.app.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 記録から算出 where kenpo.records.data-root holds no data set (here: a folder that does not exist): the page says so,
 * names the folder and the command that makes one, and offers no form; a data set sent anyway is refused at its field.
 */
@SampleDataTest
@TestPropertySource(properties = "kenpo.records.data-root=target/no-such-records-root")
class ComputePageWithoutDataSetsIT {

    @Autowired
    MockMvc mvc;

    @Test
    void thePageSaysThereIsNoDataSetAndHowToMakeOne() throws Exception {
        String page = DemoUsers.page(mvc, "/compute", "honbu");
        assertThat(PageHtml.find(page, "(?s)<section id=\"no-data-sets\".*?</section>", "the notice"))
                .contains("記録のデータセットがありません")
                .contains("kenpo.records.data-root")
                .contains("KENPO_RECORDS_DATA_ROOT")
                .containsPattern("<code id=\"data-root\">/[^<]*/target/no-such-records-root</code>")
                .containsPattern(
                        "./kenpo-kpi generate-records --scale 0.001 --out /[^<]*/target/no-such-records-root/sample");
        assertThat(page).doesNotContain("id=\"compute-form\"").contains("まだ算出していません。");

        String refused = DemoUsers.submit(
                mvc,
                post("/compute/preview").param("dataSet", "sample").param("year", "2023"),
                "honbu",
                status().isOk());
        assertThat(refused).contains("データセット「sample」はありません");
    }
}
