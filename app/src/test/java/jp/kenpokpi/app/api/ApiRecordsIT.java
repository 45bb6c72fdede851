package jp.kenpokpi.app.api;

import static jp.kenpokpi.app.api.ApiJson.json;
import static jp.kenpokpi.app.api.ApiJson.problem;
import static jp.kenpokpi.app.api.ApiJson.response;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.util.List;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /api/v1/targets and /api/v1/results: lists filtered and paged as stored, and a record's own address with its
 * version in the body and as the ETag; the figures of Tochigi's FY2023 report.
 */
@SampleDataTest
class ApiRecordsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTargetHasItsOwnAddressWithItsVersionInTheBodyAndAsTheEtag() throws Exception {
        String address = "/api/v1/targets/09/2023/LIFESTYLE_CHECKUP_RATE";
        DocumentContext target = json(mvc, address, "etsuran", 200);
        assertThat(target.read("$.text", String.class)).isEqualTo("71.7%以上");
        assertThat(target.read("$.branchName", String.class)).isEqualTo("栃木支部");
        assertThat(target.read("$.version", Integer.class)).isZero();
        assertThat(response(mvc, address, "etsuran").getHeader("ETag")).isEqualTo("\"0\"");

        jdbc.sql("UPDATE kpi_target SET version = 3 WHERE org_code = '09' AND fiscal_year = 2023"
                        + " AND kpi_code = 'LIFESTYLE_CHECKUP_RATE'")
                .update();
        assertThat(json(mvc, address, "etsuran", 200).read("$.version", Integer.class))
                .isEqualTo(3);
        assertThat(response(mvc, address, "etsuran").getHeader("ETag")).isEqualTo("\"3\"");
    }

    @Test
    void aResultHasItsOwnAddressWithNumeratorDenominatorAndTheReportsValues() throws Exception {
        String address = "/api/v1/results/09/2023/LIFESTYLE_CHECKUP_RATE";
        DocumentContext result = json(mvc, address, "etsuran", 200);
        assertThat(result.read("$.actual", String.class)).isEqualTo("72.2%");
        assertThat(result.read("$.figure.number", Double.class)).isEqualTo(72.2);
        assertThat(result.read("$.numerator", Long.class)).isEqualTo(163860L);
        assertThat(result.read("$.denominator", Long.class)).isEqualTo(226946L);
        assertThat(result.read("$.nationalValue", String.class)).isEqualTo("57.7%");
        assertThat(result.read("$.printedMark", String.class)).isEqualTo("◎");
        assertThat(result.read("$.definitionFy", Integer.class)).isEqualTo(2021);
        assertThat(result.read("$.asOf", String.class)).isNull();
        assertThat(response(mvc, address, "etsuran").getHeader("ETag")).isEqualTo("\"0\"");
        // The same record, named with its definition version.
        assertThat(json(mvc, address + "?definitionFy=2021", "etsuran", 200).read("$.actual", String.class))
                .isEqualTo("72.2%");
    }

    @Test
    void aMonthEndResultIsReadAsOfItsMonth() throws Exception {
        DocumentContext month = json(mvc, "/api/v1/results?branch=00&asOf=2021-09&size=1000", "etsuran", 200);
        assertThat(month.read("$.total", Integer.class)).isPositive();
        assertThat(month.read("$.items[*].asOf", List.class)).containsOnly("2021-09");
        String kpi = month.read("$.items[0].kpiCode", String.class);
        DocumentContext one = json(mvc, "/api/v1/results/00/2021/" + kpi + "?asOf=2021-09", "etsuran", 200);
        assertThat(one.read("$.asOf", String.class)).isEqualTo("2021-09");
        assertThat(one.read("$.actual", String.class)).isEqualTo(month.read("$.items[0].actual", String.class));
    }

    @Test
    void listsAreFilteredAndPagedInTheOrderOfBranchYearAndKpi() throws Exception {
        DocumentContext all = json(mvc, "/api/v1/targets?branch=09&year=2023", "etsuran", 200);
        int total = all.read("$.total", Integer.class);
        assertThat(total)
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM kpi_target WHERE org_code = '09' AND fiscal_year = 2023")
                        .query(Integer.class)
                        .single());
        List<String> codes = all.read("$.items[*].kpiCode");
        assertThat(codes).isSorted().hasSize(total);
        DocumentContext page = json(mvc, "/api/v1/targets?branch=09&year=2023&page=2&size=4", "etsuran", 200);
        assertThat(page.read("$.items[*].kpiCode", List.class)).isEqualTo(codes.subList(8, 12));
        assertThat(page.read("$.total", Integer.class)).isEqualTo(total);
        DocumentContext beyond = json(mvc, "/api/v1/targets?branch=09&year=2023&page=99", "etsuran", 200);
        assertThat(beyond.read("$.items", List.class)).isEmpty();

        DocumentContext oneKpi = json(mvc, "/api/v1/results?year=2023&kpi=LIFESTYLE_CHECKUP_RATE", "etsuran", 200);
        assertThat(oneKpi.read("$.items[*].kpiCode", List.class)).containsOnly("LIFESTYLE_CHECKUP_RATE");
        assertThat(oneKpi.read("$.items[*].branch", List.class)).contains("09", "47");
        assertThat(oneKpi.read("$.items[*].asOf", List.class)).containsOnlyNulls();
        DocumentContext defaultPage = json(mvc, "/api/v1/results", "etsuran", 200);
        assertThat(defaultPage.read("$.size", Integer.class)).isEqualTo(100);
        assertThat(defaultPage.read("$.items", List.class)).hasSize(100);
    }

    @Test
    void aRecordNotStoredIsA404AndAnUnreadableFilterA400() throws Exception {
        assertThat(problem(mvc, "/api/v1/targets/09/1990/LIFESTYLE_CHECKUP_RATE", 404)
                        .read("$.detail", String.class))
                .contains("目標は登録されていません");
        assertThat(problem(mvc, "/api/v1/results/48/2023/LIFESTYLE_CHECKUP_RATE", 404)
                        .read("$.detail", String.class))
                .isEqualTo("支部コード「48」はありません（00 協会、01〜47 の支部）");
        assertThat(problem(mvc, "/api/v1/results?asOf=2023-13", 400).read("$.parameter", String.class))
                .isEqualTo("asOf");
        assertThat(problem(mvc, "/api/v1/results/09/2023/LIFESTYLE_CHECKUP_RATE?asOf=2022-09", 400)
                        .read("$.parameter", String.class))
                .isEqualTo("asOf");
        assertThat(problem(mvc, "/api/v1/targets?page=-1", 400).read("$.parameter", String.class))
                .isEqualTo("page");
        assertThat(problem(mvc, "/api/v1/targets?size=x", 400).read("$.parameter", String.class))
                .isEqualTo("size");
    }
}
