package jp.kenpokpi.app.auditlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.audit.ChangeFilter;
import jp.kenpokpi.app.audit.ChangeLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 監査ログ through the web: every change newest first with who, what and how; the filters; paging that neither skips
 * nor repeats; a branch's people see their branch only, a viewer nothing; the filtered list as CSV.
 */
@SampleDataTest
class AuditLogPageIT {

    @Autowired
    MockMvc mvc;

    /** Headquarters sets one target on the grid: the newest entry of the log. */
    @BeforeEach
    void headquartersSetsATarget() throws Exception {
        DemoUsers.send(mvc, post("/targets").param("year", "2026").param("t_09_SS_ACHIEVEMENT", "99.0%以上"), "honbu")
                .andExpect(status().is3xxRedirection());
    }

    private static List<String> ids(String page) {
        return PageHtml.every(page, "class=\"audit-entry\" data-id=\"(\\d+)\"");
    }

    @Test
    void theNewestChangeComesFirstWithWhoWhatAndHow() throws Exception {
        String page = DemoUsers.page(mvc, "/audit", "honbu");

        String first = PageHtml.find(page, "<tr class=\"audit-entry\".*?</tr>", "the first entry");
        assertThat(first).contains("目標", "栃木支部 2026年度 SS_ACHIEVEMENT", "登録（画面）", "99.0%以上");
        assertThat(ids(page)).hasSize(AuditLogController.PAGE_SIZE);
    }

    @Test
    void theFiltersNarrowTheListByWhoSourceTextAndDays() throws Exception {
        String mine = DemoUsers.page(mvc, "/audit?user=honbu&source=FORM&q=99.0", "honbu");
        assertThat(mine).contains("99.0%以上");
        assertThat(ids(mine)).isNotEmpty();

        String imports = DemoUsers.page(mvc, "/audit?user=honbu&source=IMPORT", "honbu");
        assertThat(imports).doesNotContain("99.0%以上");
        String longAgo = DemoUsers.page(mvc, "/audit?user=honbu&from=2000-01-01&to=2000-12-31", "honbu");
        assertThat(longAgo).contains("該当する変更はありません");

        String unreadable = mvc.perform(get("/audit?from=昨日").with(DemoUsers.as("honbu")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getErrorMessage();
        assertThat(unreadable).contains("開始日「昨日」は日付として読めません");
    }

    @Autowired
    ChangeLog log;

    @Test
    void aFreeTextSearchReadsOneWindowOfTheLogAPageAndSaysSo() throws Exception {
        assertThat(DemoUsers.page(mvc, "/audit?q=99.0", "honbu"))
                .contains("id=\"audit-text-window\"", "100,000</span>件");
        assertThat(DemoUsers.page(mvc, "/audit?q=99.0&from=2000-01-01", "honbu"))
                .doesNotContain("audit-text-window");

        ChangeFilter word = ChangeFilter.all().containing("99.0%以上");
        long newest = log.page(word, Optional.empty(), 1).get(0).id();
        assertThat(log.page(word, Optional.empty(), Optional.of(newest), 10))
                .extracting(ChangeLog.Entry::id)
                .containsExactly(newest);
        assertThat(log.page(word, Optional.empty(), Optional.of(newest + 1), 10))
                .as("nothing below the window's floor")
                .isEmpty();
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrRepeat() throws Exception {
        String first = DemoUsers.page(mvc, "/audit", "honbu");
        String next = PageHtml.group(first, "id=\"audit-next\"\\s+href=\"([^\"]+)\"", "the next link")
                .replace("&amp;", "&");
        List<String> page1 = ids(first);
        List<String> page2 = ids(DemoUsers.page(mvc, next, "honbu"));

        assertThat(page2).hasSize(AuditLogController.PAGE_SIZE).doesNotContainAnyElementsOf(page1);
        assertThat(Long.parseLong(page2.get(0))).isLessThan(Long.parseLong(page1.get(page1.size() - 1)));
    }

    @Test
    void aBranchSeesItsOwnBranchOnlyAndAViewerNothing() throws Exception {
        String tochigi = DemoUsers.page(mvc, "/audit?branch=13", "tochigi");
        List<String> subjects = PageHtml.every(tochigi, "<td class=\"subject\"><a[^>]*>([^<]*)</a>");
        assertThat(subjects).isNotEmpty().allSatisfy(s -> assertThat(s).startsWith("栃木支部"));
        assertThat(tochigi).doesNotContain("name=\"branch\"");

        DemoUsers.send(mvc, get("/audit"), "etsuran").andExpect(status().isForbidden());
        DemoUsers.send(mvc, get("/audit.csv"), "etsuran").andExpect(status().isForbidden());
    }

    @Test
    void theFilteredListDownloadsAsCsv() throws Exception {
        byte[] csv = mvc.perform(get(URI.create("/audit.csv?user=honbu&q=99.0")).with(DemoUsers.as("honbu")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);

        assertThat(text).contains("日時", "変更者", "目標", "栃木支部 2026年度 SS_ACHIEVEMENT", "目標: （なし） → 99.0%以上");
        assertThat(text.lines().count()).isGreaterThanOrEqualTo(2);
    }
}
