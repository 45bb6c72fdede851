package jp.kenpokpi.app.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.app.result.ResultAudit;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.result.StoredResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Entering a result as of a month end (中間実績) on the web: read and checked as the year-end form's, shown at once
 * on the interim page and in R5, never over someone else's change, recorded as the form's, and refused to whoever
 * may not change the branch's year. Tochigi's FY2025 (sample data: a synthetic September); each test its own KPI
 * or month, so that their order does not matter.
 */
@SampleDataTest
class InterimEntryIT {

    private static final OrgCode TOCHIGI = OrgCode.of("09");

    @Autowired
    MockMvc mvc;

    @Autowired
    KpiRecordRepository records;

    @Autowired
    CatalogueRepository catalogue;

    @Autowired
    ChangeLog changeLog;

    private KpiDefinition definition(String kpiCode, AsOf asOf) {
        return catalogue
                .load()
                .find(kpiCode)
                .flatMap(k -> k.definitionIn(asOf.fiscalYear()))
                .orElseThrow();
    }

    private Optional<StoredRow<StoredResult>> stored(String kpiCode, String month) {
        AsOf asOf = AsOf.parse(month).orElseThrow();
        return records.findResult(
                TOCHIGI,
                asOf.fiscalYear(),
                Optional.of(asOf),
                kpiCode,
                definition(kpiCode, asOf).definitionFy());
    }

    private static MockHttpServletRequestBuilder entry(String kpiCode, String branch, String month, String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : List.of("actual", "numerator", "denominator", "note", "version")) fields.put(name, "");
        for (int i = 0; i < pairs.length; i += 2) fields.put(pairs[i], pairs[i + 1]);
        MockHttpServletRequestBuilder request = post("/interim/entry/" + kpiCode)
                .param("branch", branch)
                .param("asOf", month)
                .accept(MediaType.TEXT_HTML);
        fields.forEach(request::param);
        return request;
    }

    private String submit(String user, MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        return DemoUsers.submit(mvc, request, user, expected);
    }

    /** The row of a KPI in a table of the page: from its name to the end of its row. */
    private static String rowOf(String html, String name) {
        return Arrays.stream(html.split("<tr"))
                .filter(tr -> tr.contains(">" + name + "<"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " has no row"));
    }

    @Test
    void aBranchEntersAMonthEndRatioByNumeratorAndDenominatorAndTheInterimPageAndR5ShowItAtOnce() throws Exception {
        String name = "生活習慣病予防健診実施率";
        String interim = DemoUsers.page(mvc, "/interim?branch=09&asOf=2025-10", "tochigi");
        // A month end without data yet is offered to the branch's editor, with a link per KPI to its form.
        assertThat(interim)
                .contains(
                        "<option value=\"2025-10\" selected=\"selected\">令和7年10月末時点（データなし）</option>",
                        "id=\"no-interim-month\"");
        assertThat(rowOf(interim, name))
                .contains("href=\"/interim/entry/LIFESTYLE_CHECKUP_RATE?branch=09&amp;asOf=2025-10\"");
        String form = DemoUsers.page(mvc, "/interim/entry/LIFESTYLE_CHECKUP_RATE?branch=09&asOf=2025-10", "tochigi");
        assertThat(form).contains("中間実績入力: " + name, "令和7年10月末時点", "id=\"numerator\"", "id=\"entry-as-of\"");
        assertThat(form).doesNotContain("id=\"narrative\"", "id=\"selfEvaluation\"");
        assertThat(stored("LIFESTYLE_CHECKUP_RATE", "2025-10")).isEmpty();

        String flash = (String) DemoUsers.send(
                        mvc,
                        entry(
                                "LIFESTYLE_CHECKUP_RATE",
                                "09",
                                "2025-10",
                                "numerator",
                                "123456",
                                "denominator",
                                "200000",
                                "note",
                                "10月末速報値"),
                        "tochigi")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/interim?branch=09&asOf=2025-10"))
                .andReturn()
                .getFlashMap()
                .get("flash");
        assertThat(flash).isEqualTo("「" + name + "」の令和7年10月末時点の実績を保存しました（61.7%）");

        StoredResult saved =
                stored("LIFESTYLE_CHECKUP_RATE", "2025-10").orElseThrow().value();
        assertThat(saved.result().numerator())
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("123456"));
        assertThat(saved.note()).contains("10月末速報値");
        assertThat(saved.source()).contains("画面入力");
        assertThat(saved.synthetic()).isFalse();

        String after = DemoUsers.page(mvc, "/interim?branch=09&asOf=2025-10", "tochigi");
        assertThat(after).doesNotContain("id=\"no-interim-month\"");
        assertThat(cell(rowOf(after, name), "<td class=\"latest\">"))
                .contains(">61.7%<", "（令和7年10月末時点）")
                .doesNotContain("架空");
        assertThat(rowOf(after, name)).contains("10月末速報値");
        String r5 = DemoUsers.page(mvc, "/reports/interim?branch=09&asOf=2025-10", "etsuran");
        // The value alone: no 架空 label after it.
        assertThat(cell(rowOf(r5, name), "data-column=\"latest\"")).endsWith(">61.7%");

        List<ChangeLog.Change> history = changeLog.history(ResultAudit.TABLE, ResultAudit.key(saved));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).changedBy()).isEqualTo("tochigi");
        assertThat(history.get(0).source().kind()).isEqualTo(ChangeSource.Kind.FORM);
        assertThat(history.get(0).after()).containsEntry("numerator", "123456").containsEntry("denominator", "200000");
    }

    @Test
    void aValueOverASyntheticMonthReplacesItAndShowsInR5() throws Exception {
        String name = "被保険者の特定保健指導の実施率";
        StoredRow<StoredResult> before =
                stored("INSURED_GUIDANCE_RATE", "2025-09").orElseThrow();
        assertThat(before.value().synthetic()).isTrue();

        DemoUsers.send(
                        mvc,
                        entry(
                                "INSURED_GUIDANCE_RATE",
                                "09",
                                "2025-09",
                                "actual",
                                "12.3%",
                                "version",
                                Integer.toString(before.version())),
                        "tochigi")
                .andExpect(redirectedUrl("/interim?branch=09&asOf=2025-09"));

        String r5 = DemoUsers.page(mvc, "/reports/interim?branch=09&asOf=2025-09", "tochigi");
        assertThat(cell(rowOf(r5, name), "data-column=\"latest\"")).endsWith(">12.3%");
    }

    @Test
    void aBadValueIsNamedOnItsFieldInJapaneseAndNothingIsSaved() throws Exception {
        String html = submit(
                "tochigi",
                entry("LIFESTYLE_CHECKUP_RATE", "09", "2025-11", "actual", "よんじゅう", "note", "メモ"),
                status().isOk());
        String error = HtmlUtils.htmlUnescape(PageHtml.group(
                html, "<p class=\"field-error\" id=\"actual-error\">(.*?)</p>", "the message next to 実績"));
        // Next to 実績, in Japanese, quoting what was typed.
        assertThat(error).contains("「よんじゅう」を値として読めません");
        assertThat(html).contains("value=\"よんじゅう\"");
        assertThat(stored("LIFESTYLE_CHECKUP_RATE", "2025-11")).isEmpty();

        String fraction = submit(
                "tochigi",
                entry(
                        "LIFESTYLE_CHECKUP_RATE",
                        "09",
                        "2025-11",
                        "actual",
                        "90.0%",
                        "numerator",
                        "1",
                        "denominator",
                        "2"),
                status().isOk());
        assertThat(fraction).contains("id=\"actual-error\"", "と一致しません");
        assertThat(stored("LIFESTYLE_CHECKUP_RATE", "2025-11")).isEmpty();
    }

    @Test
    void aStaleVersionIsRefusedWithTheCurrentValue() throws Exception {
        DemoUsers.send(mvc, entry("REFERRAL_VISIT_RATE", "09", "2025-08", "actual", "20.0%"), "tochigi")
                .andExpect(status().is3xxRedirection());
        StoredRow<StoredResult> first = stored("REFERRAL_VISIT_RATE", "2025-08").orElseThrow();

        // Another user's form, read before the first save (no result yet), sent after it.
        String html = submit(
                "honbu", entry("REFERRAL_VISIT_RATE", "09", "2025-08", "actual", "25.0%"), status().isConflict());
        assertThat(html).contains("id=\"conflict-message\"", "value=\"25.0%\"");
        assertThat(PageHtml.group(html, "id=\"current-value\">([^<]*)<", "the current value"))
                .isEqualTo("20.0%");
        assertThat(PageHtml.group(html, "id=\"version\"[^>]*value=\"([^\"]*)\"", "the version now carried"))
                .isEqualTo(Integer.toString(first.version()));
        assertThat(stored("REFERRAL_VISIT_RATE", "2025-08").orElseThrow().version())
                .isEqualTo(first.version());
        assertThat(stored("REFERRAL_VISIT_RATE", "2025-08")
                        .orElseThrow()
                        .value()
                        .actualText())
                .contains("20.0%");
    }

    @Test
    void aViewerAndAnotherBranchsEditorAreRefusedInJapanese() throws Exception {
        String viewer =
                DemoUsers.forbidden(mvc, "/interim/entry/LIFESTYLE_CHECKUP_RATE?branch=09&asOf=2025-06", "etsuran");
        assertThat(viewer).contains("閲覧者はデータを変更できません");
        submit("etsuran", entry("LIFESTYLE_CHECKUP_RATE", "09", "2025-06", "actual", "50.0%"), status().isForbidden());
        String other =
                DemoUsers.forbidden(mvc, "/interim/entry/LIFESTYLE_CHECKUP_RATE?branch=13&asOf=2025-06", "tochigi");
        assertThat(other).contains("自支部以外のデータは変更できません");
        submit("tochigi", entry("LIFESTYLE_CHECKUP_RATE", "13", "2025-06", "actual", "50.0%"), status().isForbidden());
        assertThat(stored("LIFESTYLE_CHECKUP_RATE", "2025-06")).isEmpty();

        // Neither is offered a link.
        assertThat(DemoUsers.page(mvc, "/interim?branch=09&asOf=2025-09", "etsuran"))
                .doesNotContain("/interim/entry/");
        assertThat(DemoUsers.page(mvc, "/interim?branch=13&asOf=2025-09", "tochigi"))
                .doesNotContain("/interim/entry/");
    }

    @Test
    void aMonthThatHasNotEndedIsRefused() throws Exception {
        String html = mvc.perform(get("/interim/entry/LIFESTYLE_CHECKUP_RATE?branch=09&asOf=2030-09")
                        .with(DemoUsers.as("tochigi"))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getErrorMessage();
        assertThat(html).contains("令和12年9月末時点はまだ来ていない");
    }

    @Test
    void aLockedYearIsRefusedAndOffersNoLinks() throws Exception {
        DemoUsers.send(mvc, post("/locks/09/2025"), "honbu").andExpect(status().is3xxRedirection());
        try {
            assertThat(DemoUsers.page(mvc, "/interim?branch=09&asOf=2025-09", "tochigi"))
                    .doesNotContain("/interim/entry/");
            String refused = submit(
                    "tochigi",
                    entry("LIFESTYLE_CHECKUP_RATE", "09", "2025-05", "actual", "50.0%"),
                    status().isForbidden());
            assertThat(refused).contains("令和7年度は本部が確定（ロック）したため変更できません");
            assertThat(stored("LIFESTYLE_CHECKUP_RATE", "2025-05")).isEmpty();
        } finally {
            DemoUsers.send(mvc, post("/locks/09/2025/unlock"), "honbu").andExpect(status().is3xxRedirection());
        }
        assertThat(DemoUsers.page(mvc, "/interim?branch=09&asOf=2025-09", "tochigi"))
                .contains("/interim/entry/");
    }

    /** A cell of a table row: from the text that opens it to its end. */
    private static String cell(String row, String opening) {
        int at = row.indexOf(opening);
        assertThat(at).as(opening).isNotNegative();
        return row.substring(at, row.indexOf("</td>", at));
    }
}
