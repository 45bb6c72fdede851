package jp.kenpokpi.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.security.UserAccountRepository;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Accounts from a file: previewed, applied all or nothing, each problem named by file, line and column. */
@SampleDataTest
class AccountImportIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    JdbcClient jdbc;

    private String preview(MockHttpSession session, String name, byte[] content) throws Exception {
        return sentByHonbu(
                multipart("/admin/users/import/preview").file(new MockMultipartFile("file", name, "text/csv", content)),
                session);
    }

    /** A form sent by honbu in the session (the preview waits there for its apply), answered 200: the page. */
    private String sentByHonbu(
            org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> form,
            MockHttpSession session)
            throws Exception {
        return mvc.perform(
                        form.session(session)
                                .with(DemoUsers.as("honbu"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileAddsAndChangesAccountsAfterItsPreview() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String page = preview(session, "accounts.csv", csv("""
                username,display_name,role,branch_code,group,email
                saitama-a,埼玉支部 担当A,支部担当者,11,企画総務グループ,a@example.jp
                kenpo-viewer,監事（閲覧）,VIEWER,,,
                tochigi,栃木支部 企画総務グループ（デモ）,支部担当者,09,企画総務グループ,
                """));
        assertThat(PageHtml.every(page, "<td class=\"action\">([^<]+)</td>")).containsExactly("追加", "追加", "変更");
        assertThat(page).contains("所属グループ:  → 企画総務グループ");
        assertThat(accounts.find("saitama-a")).isEmpty();

        String token = PageHtml.group(page, "name=\"token\" value=\"([^\"]+)\"", "the preview's token");
        String done = sentByHonbu(post("/admin/users/import/apply").param("token", token), session);
        assertThat(done).contains("登録しました（3件）");
        assertThat(PageHtml.every(done, "<td>([a-z-]+)</td><td><code>")).containsExactly("saitama-a", "kenpo-viewer");

        var saitama = accounts.find("saitama-a").orElseThrow();
        assertThat(saitama.account().branch().orElseThrow().value()).isEqualTo("11");
        assertThat(saitama.mustChangePassword()).isTrue();
        assertThat(accounts.find("tochigi").orElseThrow().group()).contains("企画総務グループ");
        assertThat(jdbc.sql(
                                "SELECT source_file || ':' || source_line FROM data_change WHERE table_name = 'app_user' ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("accounts.csv:2", "accounts.csv:3", "accounts.csv:4");
    }

    @Test
    void aFileWithAnyProblemSavesNothingAndNamesEachByLineAndColumn() throws Exception {
        String page = preview(new MockHttpSession(), "bad.csv", csv("""
                username,display_name,role,branch_code
                saitama-b,埼玉支部 担当B,支部担当者,11
                saitama-c,埼玉支部 担当C,支部担当者,
                saitama-b,埼玉支部 担当B,支部担当者,11
                Gunma,群馬支部,部長,10
                """));
        assertThat(PageHtml.every(
                        page, "<tr class=\"problem\">\\s*<td>bad.csv</td>\\s*<td>(\\d+行目)</td>\\s*<td>([a-z_]+)</td>"))
                .hasSize(4);
        assertThat(page)
                .contains("データベースは変更していません")
                .contains("支部担当者には支部（01〜47）を選んでください")
                .contains("ログイン名「saitama-b」がファイルの中で2回以上出てきます")
                .contains("ログイン名は半角英小文字で始まる")
                .contains("権限を選んでください");
        assertThat(page).doesNotContain("name=\"token\"");
        assertThat(accounts.find("saitama-b")).isEmpty();
    }

    @Test
    void aWorkbookWithTheJapaneseHeadersImportsToo() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("アカウント");
            String[][] rows = {{"ログイン名", "氏名", "権限", "支部コード"}, {"gunma-tanto", "群馬支部 担当", "支部担当者", "10"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            book.write(bytes);
        }
        String page = preview(new MockHttpSession(), "accounts.xlsx", bytes.toByteArray());
        assertThat(PageHtml.every(page, "<td class=\"action\">([^<]+)</td>")).containsExactly("追加");
    }

    @Test
    void onlyAdministratorsImportAccounts() throws Exception {
        assertThat(DemoUsers.forbidden(mvc, "/admin/users/import", "honbu-tanto"))
                .contains("アカウントの管理は本部管理者だけができます");
    }
}
