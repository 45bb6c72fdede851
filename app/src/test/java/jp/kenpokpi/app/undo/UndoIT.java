package jp.kenpokpi.app.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.PageHtml;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.audit.ChangeFilter;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.audit.ImportBatches;
import jp.kenpokpi.app.audit.ReadableNames;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.app.lock.YearLocking;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.security.Role;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import history (counts stored as the import wrote, scoped as the audit log is) and undo of one change or of a
 * whole import through the web: the values before come back, the undo is in the log as 取消, and it is refused with
 * the reason where a later change touched the record, where the year is locked, or where the record is another
 * branch's; an import is undone all or nothing.
 */
@SampleDataTest
class UndoIT {

    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final OrgCode SAITAMA = OrgCode.of("11");
    private static final FiscalYear FY2026 = FiscalYear.of(2026);
    private static final String HEADER = "branch_code,fiscal_year,as_of,kpi_code,definition_fy,target,actual,numerator,"
            + "denominator,national_value,national_rank,mark,self_evaluation,note,source\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    InterchangeImport importer;

    @Autowired
    KpiRecordRepository records;

    @Autowired
    ChangeLog log;

    @Autowired
    ImportBatches batches;

    @Autowired
    ReadableNames names;

    @Autowired
    YearLocking locking;

    /** The import every test starts from: a target and a result of Tochigi's 2026, a result of Saitama's. */
    long first;

    @Autowired
    JdbcClient jdbc;

    /** The class's database is shared by its tests: each starts without the records the import adds. */
    @BeforeEach
    void importTochigiAndSaitama() {
        jdbc.sql("DELETE FROM kpi_result WHERE fiscal_year = 2026 AND kpi_code = 'SINGLE_BID_RATE'"
                        + " AND org_code IN ('09', '11')")
                .update();
        jdbc.sql("DELETE FROM kpi_target WHERE fiscal_year = 2026 AND kpi_code = 'SS_ACHIEVEMENT' AND org_code = '09'")
                .update();
        first = importCsv("first.csv", """
                09,2026,,SS_ACHIEVEMENT,,98.0%以上,,,,,,,,,
                09,2026,,SINGLE_BID_RATE,,,1.0%,,,,,,,,
                11,2026,,SINGLE_BID_RATE,,,2.0%,,,,,,,,
                """);
    }

    private long importCsv(String name, String rows) {
        return importer.importFiles(
                        List.of(new InterchangeFile(name, (HEADER + rows).getBytes(StandardCharsets.UTF_8))),
                        "honbu",
                        "import")
                .batchId();
    }

    private Optional<String> result(OrgCode org) {
        return records.findResult(org, FY2026, Optional.empty(), "SINGLE_BID_RATE", 2021)
                .flatMap(r -> r.value().actualText());
    }

    private Optional<String> target() {
        return records.findTarget(TOCHIGI, FY2026, "SS_ACHIEVEMENT")
                .map(t -> t.value().text());
    }

    private long newestEntry() {
        return log.page(ChangeFilter.all(), Optional.empty(), 1).get(0).id();
    }

    /** Tochigi's person types a new value of its 2026 result on the entry form. */
    private void tochigiEnters(String actual) throws Exception {
        int version = records.findResult(TOCHIGI, FY2026, Optional.empty(), "SINGLE_BID_RATE", 2021)
                .orElseThrow()
                .version();
        var form = post("/entry/SINGLE_BID_RATE").param("branch", "09").param("year", "2026");
        Map.of("actual", actual, "version", Integer.toString(version)).forEach(form::param);
        for (String empty :
                List.of("numerator", "denominator", "note", "selfEvaluation", "selfEvaluationReason", "narrative")) {
            form.param(empty, "");
        }
        DemoUsers.send(mvc, form, "tochigi").andExpect(status().is3xxRedirection());
    }

    @Test
    void theHistoryListsEachImportWithItsCountsAndABranchSeesThoseThatTouchedIt() throws Exception {
        long saitamaOnly = importCsv("saitama.csv", """
                11,2026,,SINGLE_BID_RATE,,,3.0%,,,,,,,,
                """);
        long again = importCsv("again.csv", """
                09,2026,,SS_ACHIEVEMENT,,98.0%以上,,,,,,,,,
                09,2026,,SINGLE_BID_RATE,,,1.5%,,,,,,,,
                """);

        ImportBatches.Batch firstBatch = batches.find(first).orElseThrow();
        assertThat(firstBatch.counts()).isEqualTo(new ImportBatches.Counts(3, 0, 0, 0));
        assertThat(batches.find(again).orElseThrow().counts()).isEqualTo(new ImportBatches.Counts(0, 1, 0, 1));

        String hq = DemoUsers.page(mvc, "/imports/history", "honbu");
        String row = PageHtml.find(hq, "<tr class=\"import-batch\" data-id=\"" + again + "\".*?</tr>", "the import");
        assertThat(row).contains("again.csv", "/audit?batch=" + again, "この取込を取り消す");
        assertThat(PageHtml.group(row, "<span class=\"number changed\">(\\d+)</span>", "changed"))
                .isEqualTo("1");
        assertThat(PageHtml.group(row, "<span class=\"number unchanged\">(\\d+)</span>", "unchanged"))
                .isEqualTo("1");
        assertThat(hq).contains("data-id=\"" + saitamaOnly + "\"");

        String tochigi = DemoUsers.page(mvc, "/imports/history", "tochigi");
        assertThat(tochigi)
                .contains("data-id=\"" + first + "\"", "data-id=\"" + again + "\"")
                .doesNotContain("data-id=\"" + saitamaOnly + "\"");
        DemoUsers.send(mvc, get("/imports/history"), "etsuran").andExpect(status().isForbidden());

        // Its entries in the audit log: the three records it added, nothing else.
        String entries = DemoUsers.page(mvc, "/audit?batch=" + first, "honbu");
        assertThat(PageHtml.every(entries, "class=\"audit-entry\" data-id=\"(\\d+)\""))
                .hasSize(3);
        assertThat(entries).contains("first.csv");
        String tochigiEntries = DemoUsers.page(mvc, "/audit?batch=" + first, "tochigi");
        assertThat(PageHtml.every(tochigiEntries, "class=\"audit-entry\" data-id=\"(\\d+)\""))
                .hasSize(2);
    }

    @Test
    void undoingOneChangeRestoresTheValueBeforeAndIsItselfInTheLog() throws Exception {
        tochigiEnters("0.5%");
        long change = newestEntry();
        assertThat(result(TOCHIGI)).contains("0.5%");

        String confirm = DemoUsers.page(mvc, "/audit/" + change + "/undo", "tochigi");
        assertThat(confirm).contains("この変更を取り消す", "0.5%", "1.0%", "id=\"undo-confirm\"");
        assertThat(result(TOCHIGI)).as("the confirmation changes nothing").contains("0.5%");

        DemoUsers.send(mvc, post("/audit/" + change + "/undo"), "tochigi").andExpect(redirectedUrl("/audit"));

        assertThat(result(TOCHIGI)).contains("1.0%");
        ChangeLog.Change undo = log.entry(newestEntry()).orElseThrow().change();
        assertThat(undo.source()).isEqualTo(ChangeSource.undo("変更#" + change));
        assertThat(undo.changedBy()).isEqualTo("tochigi");
        assertThat(undo.before()).containsEntry("actual", "0.5%");
        assertThat(undo.after()).containsEntry("actual", "1.0%");
        String audit = DemoUsers.page(mvc, "/audit", "honbu");
        assertThat(PageHtml.find(audit, "<tr class=\"audit-entry\".*?</tr>", "the newest entry"))
                .contains("取消 変更#" + change, "0.5%", "1.0%");

        // Undone once: a second undo is refused, and says when and by whom it was undone.
        String again = DemoUsers.submit(mvc, post("/audit/" + change + "/undo"), "honbu", status().isConflict());
        assertThat(again).contains("取り消し済み", names.person("tochigi"));
    }

    @Test
    void anUndoIsRefusedWhereALaterChangeTouchedTheRecordNamingWhoAndWhen() throws Exception {
        long imported = log.ofBatch(first).stream()
                .filter(e -> e.change().rowKey().equals("09/2026/final/SINGLE_BID_RATE/2021"))
                .findFirst()
                .orElseThrow()
                .id();
        tochigiEnters("0.7%");
        ChangeLog.Entry later = log.entry(newestEntry()).orElseThrow();
        String when = jp.kenpokpi.app.audit.ChangeHistory.of(List.of(later.change()))
                .get(0)
                .whenToTheSecondJa();

        String page = DemoUsers.submit(mvc, post("/audit/" + imported + "/undo"), "honbu", status().isConflict());
        assertThat(page)
                .contains("栃木支部 2026年度 SINGLE_BID_RATE", names.person("tochigi"), when, "後の変更があるため取り消せません")
                .doesNotContain("id=\"undo-confirm\"");
        assertThat(result(TOCHIGI)).contains("0.7%");
    }

    @Test
    void anImportIsUndoneAllOrNothing() throws Exception {
        tochigiEnters("0.7%");
        long later = newestEntry();
        int entries = log.count();

        String refused = DemoUsers.submit(mvc, post("/imports/" + first + "/undo"), "honbu", status().isConflict());
        assertThat(refused).contains("後の変更があるため取り消せません");
        assertThat(log.count()).as("nothing undone, nothing logged").isEqualTo(entries);
        assertThat(result(SAITAMA)).contains("2.0%");
        assertThat(target()).contains("98.0%以上");

        // The later change undone first, the import then goes as a whole: every record it added is gone.
        DemoUsers.send(mvc, post("/audit/" + later + "/undo"), "tochigi").andExpect(status().is3xxRedirection());
        String confirm = DemoUsers.page(mvc, "/imports/" + first + "/undo", "honbu");
        assertThat(PageHtml.every(confirm, "class=\"undo-step\" data-id=\"(\\d+)\""))
                .hasSize(3);
        DemoUsers.send(mvc, post("/imports/" + first + "/undo"), "honbu").andExpect(redirectedUrl("/imports/history"));

        assertThat(result(TOCHIGI)).isEmpty();
        assertThat(result(SAITAMA)).isEmpty();
        assertThat(target()).isEmpty();
        assertThat(batches.find(first).orElseThrow().undone()).isTrue();
        assertThat(log.page(ChangeFilter.all().from(ChangeSource.Kind.UNDO), Optional.empty(), 10))
                .filteredOn(e -> e.change().source().equals(ChangeSource.undo("取込#" + first)))
                .extracting(e -> e.change().action())
                .containsExactly("DELETE", "DELETE", "DELETE");
        assertThat(DemoUsers.page(mvc, "/imports/history", "honbu")).contains("取消済");
    }

    @Test
    void anUndoIsRefusedInALockedYear() throws Exception {
        tochigiEnters("0.6%");
        long change = newestEntry();
        UserAccount honbu = new UserAccount("honbu", "本部", Role.HQ_ADMIN, Optional.empty());
        locking.lock(honbu, TOCHIGI, FY2026);
        try {
            String page = DemoUsers.submit(mvc, post("/audit/" + change + "/undo"), "honbu", status().isConflict());
            assertThat(page).contains("本部が確定（ロック）したため変更できません");
            assertThat(result(TOCHIGI)).contains("0.6%");
        } finally {
            locking.unlock(honbu, TOCHIGI, FY2026);
        }
    }

    @Test
    void aBranchUndoesItsOwnBranchOnlyAViewerNothingAndNeverWithoutTheToken() throws Exception {
        long saitama = log.ofBatch(first).stream()
                .filter(e -> e.change().rowKey().startsWith("11/"))
                .findFirst()
                .orElseThrow()
                .id();
        DemoUsers.send(mvc, get("/audit/" + saitama + "/undo"), "tochigi").andExpect(status().isForbidden());
        DemoUsers.send(mvc, post("/audit/" + saitama + "/undo"), "tochigi").andExpect(status().isForbidden());
        DemoUsers.send(mvc, post("/audit/" + saitama + "/undo"), "etsuran").andExpect(status().isForbidden());
        mvc.perform(post("/audit/" + saitama + "/undo").with(DemoUsers.as("honbu")))
                .andExpect(status().isForbidden());
        assertThat(result(SAITAMA)).contains("2.0%");

        // The import touched Saitama too: Tochigi may not undo it.
        String page = DemoUsers.submit(mvc, post("/imports/" + first + "/undo"), "tochigi", status().isConflict());
        assertThat(page).contains("自支部以外のデータは変更できません（埼玉支部）");
        assertThat(result(TOCHIGI)).contains("1.0%");

        // Headquarters staff may.
        DemoUsers.send(mvc, post("/audit/" + saitama + "/undo"), "honbu-tanto").andExpect(status().is3xxRedirection());
        assertThat(result(SAITAMA)).isEmpty();
    }
}
