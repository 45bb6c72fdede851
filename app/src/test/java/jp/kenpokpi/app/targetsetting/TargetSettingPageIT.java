package jp.kenpokpi.app.targetsetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.result.TargetAudit;
import jp.kenpokpi.app.security.FiscalYearLocks;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.StoredTarget;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 目標設定 through the web: headquarters types targets into the year's grid and sets a KPI's column at once; a
 * target that cannot be read, a branch that cannot change and a cell changed meanwhile refuse the save, whole.
 * Each test works on its own KPI of FY2026, a year the sample data has no targets for.
 */
@SampleDataTest
class TargetSettingPageIT {

    private static final FiscalYear FY2026 = FiscalYear.of(2026);
    private static final OrgCode AKITA = OrgCode.of("05");
    private static final OrgCode TOCHIGI = OrgCode.of("09");

    @Autowired
    MockMvc mvc;

    @Autowired
    KpiRecordRepository records;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    FiscalYearLocks locks;

    private Optional<String> target(OrgCode org, FiscalYear year, String kpi) {
        return records.findTarget(org, year, kpi).map(s -> s.value().text());
    }

    @Test
    void theGridShowsEveryOrganisationsTargetsOfTheYearWithTheirLabels() throws Exception {
        String page = DemoUsers.page(mvc, "/targets?year=2025", "honbu");

        assertThat(page).contains("令和7年度（2025年度） 目標設定", "05 秋田支部", "47 沖縄支部", "協会全体");
        // Akita's real FY2025 target, and a synthetic branch's target marked 架空.
        String akitaSs = records.findTarget(AKITA, FiscalYear.of(2025), "SS_ACHIEVEMENT")
                .orElseThrow()
                .value()
                .text();
        assertThat(page).contains("name=\"t_05_SS_ACHIEVEMENT\"", "value=\"" + akitaSs + "\"");
        assertThat(page).contains("架空");
        assertThat(page.split("<tr data-org=", -1))
                .hasSize(Organisations.all().list().size() + 1);
    }

    @Test
    void headquartersSavesTheCellsItTypedAsItsOwnChangeInTheLog() throws Exception {
        int before = changeLog.count();
        DemoUsers.send(
                        mvc,
                        post("/targets")
                                .param("year", "2026")
                                .param("t_09_SS_ACHIEVEMENT", "96.0%以上")
                                .param("t_05_SS_ACHIEVEMENT", ""),
                        "honbu")
                .andExpect(redirectedUrl("/targets?year=2026"));

        StoredTarget saved = records.findTarget(TOCHIGI, FY2026, "SS_ACHIEVEMENT")
                .orElseThrow()
                .value();
        assertThat(saved.text()).isEqualTo("96.0%以上");
        assertThat(saved.synthetic()).isFalse();
        assertThat(target(AKITA, FY2026, "SS_ACHIEVEMENT")).isEmpty();
        assertThat(changeLog.count()).isEqualTo(before + 1);
        ChangeLog.Change change = changeLog
                .history(TargetAudit.TABLE, TargetAudit.key(TOCHIGI, FY2026, "SS_ACHIEVEMENT"))
                .get(0);
        assertThat(change.changedBy()).isEqualTo("honbu");
        assertThat(change.source().kind()).isEqualTo(ChangeSource.Kind.FORM);
        assertThat(change.after()).containsEntry("target", "96.0%以上");
        // The new year's grid shows it, and last year's target as the suggestion of an empty cell.
        String page = DemoUsers.page(mvc, "/targets?year=2026", "honbu");
        assertThat(page).contains("name=\"t_09_SS_ACHIEVEMENT\" id=\"t_09_SS_ACHIEVEMENT\" value=\"96.0%以上\"");
        assertThat(page).contains("name=\"v_09_SS_ACHIEVEMENT\" value=\"0:96.0%以上\"");
    }

    @Test
    void aTargetThatCannotBeReadIsShownAtItsCellAndNothingIsSaved() throws Exception {
        String page = DemoUsers.submit(
                mvc,
                post("/targets")
                        .param("year", "2026")
                        .param("t_09_COUNTER_RECEIPT_RATE", "20%以下")
                        .param("t_05_COUNTER_RECEIPT_RATE", "たくさん"),
                "honbu",
                status().isOk());

        assertThat(page).contains("保存できませんでした。印の付いた1か所を直してください（何も保存していません）");
        assertThat(page).contains("value=\"たくさん\"", "目標として読めません", "aria-invalid=\"true\"");
        assertThat(target(TOCHIGI, FY2026, "COUNTER_RECEIPT_RATE")).isEmpty();
    }

    @Test
    void aCellChangedSinceThePageWasReadIsRefusedWithItsCurrentValue() throws Exception {
        String kpi = "SS_AVERAGE_DAYS";
        DemoUsers.send(mvc, post("/targets").param("year", "2026").param("t_09_" + kpi, "8日以内"), "honbu")
                .andExpect(status().is3xxRedirection());
        // A second user read the grid when the cell was at version 0 and someone changed it since.
        DemoUsers.send(
                mvc,
                post("/targets")
                        .param("year", "2026")
                        .param("t_09_" + kpi, "7日以内")
                        .param("v_09_" + kpi, "0"),
                "honbu");
        String stale = DemoUsers.submit(
                mvc,
                post("/targets")
                        .param("year", "2026")
                        .param("t_09_" + kpi, "6日以内")
                        .param("v_09_" + kpi, "0"),
                "honbu",
                status().isOk());

        assertThat(stale).contains("他の人が先に変更しました（現在: 7日以内）");
        assertThat(target(TOCHIGI, FY2026, kpi)).contains("7日以内");
    }

    @Test
    void twoPeopleSavingTheGridAtOnceKeepEachOthersCells() throws Exception {
        String kpi = "RECEIPT_REVIEW_RATE";
        // Both read the grid with the two cells empty; the second saves Akita's first, then the first saves Tochigi's
        // with Akita's cell as it read it (empty): Akita's target stays.
        DemoUsers.send(mvc, post("/targets").param("year", "2026").param("t_05_" + kpi, "対前年度以上"), "honbu")
                .andExpect(status().is3xxRedirection());
        DemoUsers.send(
                        mvc,
                        post("/targets")
                                .param("year", "2026")
                                .param("t_09_" + kpi, "対前年度以上")
                                .param("t_05_" + kpi, ""),
                        "honbu")
                .andExpect(redirectedUrl("/targets?year=2026"));

        assertThat(target(AKITA, FY2026, kpi)).contains("対前年度以上");
        assertThat(target(TOCHIGI, FY2026, kpi)).contains("対前年度以上");
    }

    @Test
    void oneRuleForAKpiReachesEveryBranchButTheAssociationAndALockedBranch() throws Exception {
        String kpi = "GENERIC_DRUG_SHARE";
        locks.lock(OrgCode.of("13"), FY2026, "honbu");
        try {
            DemoUsers.send(
                            mvc,
                            post("/targets/column")
                                    .param("year", "2026")
                                    .param("kpi", kpi)
                                    .param("rule", "対前年度以上"),
                            "honbu")
                    .andExpect(redirectedUrl("/targets?year=2026"));
        } finally {
            locks.unlock(OrgCode.of("13"), FY2026);
        }

        assertThat(target(TOCHIGI, FY2026, kpi)).contains("対前年度以上");
        assertThat(target(OrgCode.of("47"), FY2026, kpi)).contains("対前年度以上");
        assertThat(target(OrgCode.of("13"), FY2026, kpi)).isEmpty();
        assertThat(target(OrgCode.of("00"), FY2026, kpi)).isEmpty();
        String page = DemoUsers.page(mvc, "/targets?year=2026", "honbu");
        assertThat(page).contains("全支部: 対前年度以上");
    }

    @Test
    void aColumnIsCopiedForwardFromLastYear() throws Exception {
        String kpi = "LIFESTYLE_CHECKUP_RATE";
        DemoUsers.send(mvc, post("/targets/copy-forward").param("year", "2026").param("kpi", kpi), "honbu")
                .andExpect(status().is3xxRedirection());

        for (OrgCode org : List.of(AKITA, TOCHIGI, OrgCode.of("00"))) {
            assertThat(target(org, FY2026, kpi)).isEqualTo(target(org, FiscalYear.of(2025), kpi));
        }
        assertThat(target(AKITA, FY2026, kpi)).isPresent();
    }

    @Test
    void branchStaffAndViewersCannotSetTargets() throws Exception {
        DemoUsers.send(mvc, post("/targets").param("year", "2026").param("t_09_SINGLE_BID_RATE", "20%以下"), "tochigi")
                .andExpect(status().isForbidden());
        DemoUsers.send(mvc, post("/targets/column").param("year", "2026").param("kpi", "SINGLE_BID_RATE"), "etsuran")
                .andExpect(status().isForbidden());

        assertThat(target(TOCHIGI, FY2026, "SINGLE_BID_RATE")).isEmpty();
        assertThat(DemoUsers.page(mvc, "/targets?year=2025", "tochigi")).doesNotContain("name=\"t_09_");
    }

    @Test
    void theGridDownloadsAsShown() throws Exception {
        byte[] csv = mvc.perform(
                        get(URI.create("/targets.csv?year=2025&block=TOHOKU")).with(DemoUsers.as("etsuran")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("秋田支部", "青森支部").doesNotContain("栃木支部");
    }
}
