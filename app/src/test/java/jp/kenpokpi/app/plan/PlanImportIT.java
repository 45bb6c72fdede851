package jp.kenpokpi.app.plan;

import static jp.kenpokpi.app.importing.ImportRefusals.assertRefusedSavingNothing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import jp.kenpokpi.app.sampledata.SampleDataLoader;
import jp.kenpokpi.app.security.DemoAccounts;
import jp.kenpokpi.app.security.FiscalYearLocks;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Plan imports replace a branch's plan for a year as a whole, all files or nothing, keep every measure's change
 * with who made it, and refuse what the user may not change.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PlanImportIT {

    @Autowired
    PlanImport importer;

    @Autowired
    PlanRepository plans;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    FiscalYearLocks locks;

    static UserAccount account(String username) {
        return DemoAccounts.ACCOUNTS.stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_fixture_plan_reads_back_from_the_database_as_it_was_read_and_each_measure_is_logged() {
        BusinessPlan file = importer.check(PlanFixture.files()).plans().get(0);
        PlanImportReport report = importer.importFiles(PlanFixture.files(), "alice", "import");

        assertThat(report)
                .extracting(PlanImportReport::plans, PlanImportReport::added, PlanImportReport::deleted)
                .containsExactly(1, 4, 0);
        assertThat(plans.find(OrgCode.of("09"), FiscalYear.of(2024))).contains(file);
        assertThat(plans.findAll(FiscalYear.of(2024))).containsEntry(OrgCode.of("09"), file);
        assertThat(plans.years(OrgCode.of("09"))).contains(FiscalYear.of(2024));
        assertThat(changeLog.history("plan_measure", "09/2024/基盤的保険者機能/2"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.action()).isEqualTo("INSERT");
                    assertThat(c.changedBy()).isEqualTo("alice");
                    assertThat(c.batchId()).contains(report.batchId());
                    assertThat(c.after())
                            .containsEntry("title", "サービス水準の向上")
                            .containsEntry("action1.plan_text", "業務の標準化・効率化・簡素化を徹底する。")
                            .containsEntry("kpi.SS_ACHIEVEMENT.item_no", "1")
                            .containsEntry("kpi.SS_ACHIEVEMENT.target_reasoning", "100%を維持する");
                });
    }

    @Test
    void importing_a_plan_again_changes_and_removes_measures_keeping_the_old_values_and_a_kpi_may_move() {
        importer.importFiles(List.of(PlanFixture.csv("v1.csv", """
                11,2024,measure,基盤的保険者機能,1,業務,サービス水準の向上,,,,計画,,,,,,,,,
                11,2024,action,基盤的保険者機能,1,,,1,,,標準化する,,,,,,,,,
                11,2024,kpi,基盤的保険者機能,1,,,,SS_ACHIEVEMENT,1,,,,,,,,,,
                11,2024,measure,基盤的保険者機能,2,業務,郵送化,,,,計画,,,,,,,,,
                11,2024,kpi,基盤的保険者機能,2,,,,MAIL_APPLICATION_RATE,2,,,,,,,,,,
                11,2024,measure,組織・運営体制,1,企画総務,研修,,,,計画,,,,,,,,,
                """)), "alice", "import");
        PlanImportReport second = importer.importFiles(List.of(PlanFixture.csv("v2.csv", """
                11,2024,measure,基盤的保険者機能,1,業務,サービス水準の向上,,,,計画,遵守した,,,,B,概ね計画どおり,,,
                11,2024,action,基盤的保険者機能,1,,,1,,,標準化する,徹底した,,,,,,○,,
                11,2024,kpi,基盤的保険者機能,1,,,,SS_ACHIEVEMENT,1,,,,,,,,,,
                11,2024,kpi,基盤的保険者機能,1,,,,MAIL_APPLICATION_RATE,2,,,,,,,,,,
                11,2024,measure,組織・運営体制,1,企画総務,研修,,,,計画,,,,,,,,,
                """)), "bob", "import");

        assertThat(second)
                .extracting(
                        PlanImportReport::added,
                        PlanImportReport::changed,
                        PlanImportReport::deleted,
                        PlanImportReport::unchanged)
                .containsExactly(0, 1, 1, 1);
        BusinessPlan stored = plans.find(OrgCode.of("11"), FiscalYear.of(2024)).orElseThrow();
        assertThat(stored.measures()).extracting(Measure::title).containsExactly("サービス水準の向上", "研修");
        assertThat(stored.measures())
                .filteredOn(m -> m.kpis().stream().anyMatch(k -> k.kpiCode().equals("MAIL_APPLICATION_RATE")))
                .extracting(Measure::number)
                .containsExactly(1);
        assertThat(stored.measures().get(0).actions().get(0).mark()).contains(Mark.AS_PLANNED);

        List<ChangeLog.Change> changed = changeLog.history("plan_measure", "11/2024/基盤的保険者機能/1");
        assertThat(changed).extracting(ChangeLog.Change::action).containsExactly("INSERT", "UPDATE");
        assertThat(changed.get(1).changedBy()).isEqualTo("bob");
        assertThat(changed.get(1).before())
                .containsEntry("action1.done_text", "")
                .containsEntry("self_evaluation", "");
        assertThat(changed.get(1).after())
                .containsEntry("action1.done_text", "徹底した")
                .containsEntry("action1.mark", "○")
                .containsEntry("self_evaluation", "B")
                .containsEntry("kpi.MAIL_APPLICATION_RATE.item_no", "2");
        List<ChangeLog.Change> removed = changeLog.history("plan_measure", "11/2024/基盤的保険者機能/2");
        assertThat(removed).extracting(ChangeLog.Change::action).containsExactly("INSERT", "DELETE");
        assertThat(removed.get(1).before()).containsEntry("title", "郵送化");
        assertThat(changeLog.history("plan_measure", "11/2024/組織・運営体制/1")).hasSize(1);
    }

    @Test
    void a_rejected_file_leaves_the_database_unchanged_and_names_file_line_and_column() {
        assertRefusedSavingNothing(
                () -> importer.importFiles(
                        List.of(
                                PlanFixture.csv("good.csv", "12,2024,measure,基盤的保険者機能,1,業務,題,,,,,,,,,,,,,\n"),
                                PlanFixture.csv("bad.csv", "12,2024,measure,基盤的保険者機能,2,業務,題,,,,,,,,,A,,,,\n")),
                        "alice",
                        "import"),
                "ファイル「bad.csv」 2行目 列「self_evaluation_reason」: 自己評価（A）の理由を書いてください",
                plans::countMeasures,
                changeLog::count);
        assertThat(plans.find(OrgCode.of("12"), FiscalYear.of(2024))).isEmpty();
    }

    @Test
    void a_branch_editor_may_import_only_their_own_branchs_plan_and_nobody_a_locked_year() {
        InterchangeFile saitama = PlanFixture.csv("saitama.csv", """
                09,2024,measure,基盤的保険者機能,1,企画総務,健全な財政運営,,,,計画,,,,,,,,,
                11,2025,measure,基盤的保険者機能,1,業務,題,,,,,,,,,,,,,
                """);
        assertThatThrownBy(() -> importer.importFiles(List.of(saitama), account("tochigi"), "import"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("ファイル「saitama.csv」 3行目 列「branch_code」: 支部「11」の行は取り込めません");
        assertThat(plans.find(OrgCode.of("11"), FiscalYear.of(2025))).isEmpty();

        locks.lock(OrgCode.of("09"), FiscalYear.of(2023), "honbu");
        try {
            InterchangeFile locked = PlanFixture.csv("locked.csv", "09,2023,measure,基盤的保険者機能,9,業務,題,,,,,,,,,,,,,\n");
            int measures = plans.countMeasures();
            for (String user : List.of("tochigi", "honbu")) {
                assertThatThrownBy(() -> importer.importFiles(List.of(locked), account(user), "import"))
                        .isInstanceOf(ImportRejectedException.class)
                        .hasMessageContaining("ファイル「locked.csv」 2行目 列「fiscal_year」: 令和5年度は本部が確定（ロック）したため取り込めません");
            }
            assertThat(plans.countMeasures()).isEqualTo(measures);
        } finally {
            locks.unlock(OrgCode.of("09"), FiscalYear.of(2023));
        }
        PlanImportReport own = importer.importFiles(
                List.of(PlanFixture.csv("own.csv", "09,2025,measure,基盤的保険者機能,1,業務,題,,,,,,,,,,,,,\n")),
                account("tochigi"),
                "import");
        assertThat(own.added()).isEqualTo(1);
        assertThat(changeLog
                        .history("plan_measure", "09/2025/基盤的保険者機能/1")
                        .get(0)
                        .changedBy())
                .isEqualTo("tochigi");
    }

    @Test
    void a_measure_too_long_for_one_change_log_entry_is_refused_before_anything_is_written() {
        String t = "あ".repeat(8000);
        InterchangeFile huge = PlanFixture.csv(
                "huge.csv",
                "09,2026,measure,基盤的保険者機能,1,業務,題," + ",,," + t + "," + t + "," + t + ",,,,,,,\n"
                        + "09,2026,action,基盤的保険者機能,1,,,1,,," + t + "," + t + ",,,,,,,,\n");
        int changes = changeLog.count();
        assertThatThrownBy(() -> importer.importFiles(List.of(huge), "cli:test", "import"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("ファイル「huge.csv」 2行目 列「plan_text」: 施策「基盤的保険者機能 1．題」は、取組を含む文の合計が長すぎて変更履歴に残せません");
        assertThat(changeLog.count()).isEqualTo(changes);
        assertThat(plans.find(OrgCode.of("09"), FiscalYear.of(2026))).isEmpty();
    }

    @Test
    void the_sample_data_loader_skips_a_plan_file_that_is_not_on_the_classpath() {
        assertThat(SampleDataLoader.presentFiles(List.of("no-such-plan.csv", "tochigi-fy2023-budget.csv")))
                .extracting(InterchangeFile::name)
                .containsExactly("tochigi-fy2023-budget.csv");
    }
}
