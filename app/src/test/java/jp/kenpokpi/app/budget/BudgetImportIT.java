package jp.kenpokpi.app.budget;

import static jp.kenpokpi.app.importing.ImportRefusals.assertRefusedSavingNothing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kenpokpi.app.TemporaryDatabase;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.sampledata.SampleDataLoader;
import jp.kenpokpi.budget.BudgetAmounts;
import jp.kenpokpi.budget.BudgetCategory;
import jp.kenpokpi.budget.BudgetCsv;
import jp.kenpokpi.budget.BudgetExecution;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Budget imports change the database all at once or not at all, replace a branch's budget for a year as a whole,
 * and keep every change with who made it. The sample data's budget is loaded this way too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BudgetImportIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TemporaryDatabase.withoutSampleData(registry, "budget-import");
    }

    static final String HEADER = "branch_code,fiscal_year,section,category,item_no,item,budget,executed,source\n";

    @Autowired
    BudgetImport importer;

    @Autowired
    BudgetRepository budgets;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    InterchangeImport kpiImport;

    @Autowired
    KpiRecordRepository records;

    @Autowired
    TransactionTemplate transaction;

    private static InterchangeFile file(String name, String rows) {
        return new InterchangeFile(name, (HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tochigis_sample_budget_reads_back_from_the_database_as_it_was_imported_and_each_row_is_logged() {
        BudgetCsv.Outcome file = importer.check(SampleDataLoader.budgetFiles());
        BudgetImportReport report = importer.importFiles(SampleDataLoader.budgetFiles(), "sample-data", "sample-data");

        assertThat(report.added()).isEqualTo(17);
        BudgetExecution stored =
                budgets.find(OrgCode.of("09"), FiscalYear.of(2023)).orElseThrow();
        assertThat(stored).isEqualTo(file.budgets().get(0));
        assertThat(stored.sections().get(1).total()).isEqualTo(new BudgetAmounts(52_644_000, 38_346_941));
        assertThat(budgets.years(OrgCode.of("09"))).containsExactly(FiscalYear.of(2023));
        List<ChangeLog.Change> history = changeLog.history("budget_item", "09/2023/section1/item4");
        assertThat(history).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo("INSERT");
            assertThat(c.changedBy()).isEqualTo("sample-data");
            assertThat(c.after())
                    .containsEntry("item", "各種メディアを活用したインセンティブ広報")
                    .containsEntry("budget", "5000000")
                    .containsEntry("executed", "5511000");
        });
        assertThat(changeLog.history("budget_category", "09/2023/section2/category4"))
                .singleElement()
                .satisfies(c -> assertThat(c.after()).containsEntry("category", "その他の経費"));
    }

    @Test
    void importing_a_branchs_budget_again_changes_and_removes_items_keeping_the_old_values() {
        importer.importFiles(List.of(file("v1.csv", """
                11,2024,保健事業予算,健診経費,1,集団健診,1000,900,v1
                11,2024,保健事業予算,健診経費,2,受診勧奨,500,400,v1
                11,2024,保健事業予算,その他の経費,3,文書支援,100,0,v1
                """)), "alice", "import");
        BudgetImportReport second = importer.importFiles(List.of(file("v2.csv", """
                11,2024,保健事業予算,健診経費,1,集団健診,1000,900,v1
                11,2024,保健事業予算,健診経費,2,受診勧奨,500,450,v2
                """)), "bob", "import");

        assertThat(second)
                .extracting(
                        BudgetImportReport::added,
                        BudgetImportReport::changed,
                        BudgetImportReport::deleted,
                        BudgetImportReport::unchanged)
                .containsExactly(0, 1, 1, 1);
        BudgetExecution stored =
                budgets.find(OrgCode.of("11"), FiscalYear.of(2024)).orElseThrow();
        assertThat(stored.sections().get(0).categories())
                .extracting(BudgetCategory::nameJa)
                .containsExactly("健診経費");
        assertThat(stored.sections().get(0).total()).isEqualTo(new BudgetAmounts(1500, 1350));

        List<ChangeLog.Change> changed = changeLog.history("budget_item", "11/2024/section1/item2");
        assertThat(changed).extracting(ChangeLog.Change::action).containsExactly("INSERT", "UPDATE");
        assertThat(changed.get(1).changedBy()).isEqualTo("bob");
        assertThat(changed.get(1).before()).containsEntry("executed", "400");
        assertThat(changed.get(1).after()).containsEntry("executed", "450");
        List<ChangeLog.Change> removed = changeLog.history("budget_item", "11/2024/section1/item3");
        assertThat(removed).extracting(ChangeLog.Change::action).containsExactly("INSERT", "DELETE");
        assertThat(removed.get(1).before()).containsEntry("item", "文書支援");
        assertThat(changeLog.history("budget_category", "11/2024/section1/category2"))
                .extracting(ChangeLog.Change::action)
                .containsExactly("INSERT", "DELETE");
    }

    @Test
    void a_malformed_file_is_refused_with_japanese_messages_naming_file_line_and_column_and_nothing_is_saved() {
        assertRefusedSavingNothing(
                () -> importer.importFiles(
                        List.of(
                                file("good.csv", "12,2023,保健事業予算,健診経費,1,集団健診,1000,900,\n"),
                                file("bad.csv", "12,2023,保健事業予算,健診経費,2,受診勧奨,五百,400,\n")),
                        "alice",
                        "import"),
                "ファイル「bad.csv」 2行目 列「budget」: 「五百」を予算額として読めません",
                budgets::countItems,
                changeLog::count);
        assertThat(budgets.find(OrgCode.of("12"), FiscalYear.of(2023))).isEmpty();
    }

    @Test
    void a_budget_that_fails_inside_the_callers_transaction_takes_the_kpi_values_of_that_transaction_with_it() {
        int results = records.countResults();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    kpiImport.importFiles(
                            List.of(new InterchangeFile("kpi.csv", """
                    branch_code,fiscal_year,kpi_code,actual
                    14,2022,DEPENDENT_GUIDANCE_RATE,19.3%
                    """.getBytes(StandardCharsets.UTF_8))),
                            "alice",
                            "sample-data");
                    importer.importFiles(
                            List.of(file("bad.csv", "14,2022,保健事業予算,,1,集団健診,1000,900,\n")), "alice", "sample-data");
                }))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("列「category」: 分野が空です");

        assertThat(records.countResults()).as("rolled back with the budget").isEqualTo(results);
    }
}
