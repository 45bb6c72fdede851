package jp.kenpokpi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The business plan CSV (docs/PLAN.md): measures with their actions and KPIs become whole plans; a file breaking a
 * rule is refused as a whole, each problem naming file, line and column in Japanese. What {@link PlanCsvWriter}
 * writes reads back as the same plan: the downloaded file is the template users import again.
 */
class PlanCsvTest {

    static final String HEADER =
            "branch_code,fiscal_year,record,area,measure_no,group,title,action_no,kpi_code,item_no,"
                    + "plan_text,done_text,issues,importance_reason,difficulty_reason,self_evaluation,self_evaluation_reason,mark,"
                    + "target_reasoning,source";

    static final String MEASURE =
            "09,2023,measure,基盤的保険者機能,2,業務,サービス水準の向上,,,," + "\"・標準期間（10日間）を遵守する。\",・遵守した。,,,,,,,,";

    private final PlanCsv reader = new PlanCsv(ReferenceCatalogue.get());

    static InterchangeFile csv(String name, String... lines) {
        return new InterchangeFile(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private PlanCsv.Outcome read(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return reader.read(List.of(csv("plan.csv", lines)));
    }

    @Test
    void a_good_file_gives_the_plans_with_measures_by_area_their_actions_and_kpis() {
        PlanCsv.Outcome outcome = read(
                "9,令和5年度,取組,基盤的保険者機能,2,,,①,,,業務の標準化を徹底する,遵守した,,,,,,〇,,",
                MEASURE,
                "09,2023,kpi,基盤的保険者機能,2,,,,SS_ACHIEVEMENT,1,,,,,,,,,100%を維持するため,l.120",
                "09,2023,kpi,基盤的保険者機能,2,,,,MAIL_APPLICATION_RATE,2,,,,,,,,,,",
                "09,2023,施策,戦略的保険者機能関係,1,保健,\"特定健診実施率・事業者健診データ取得率等の向上\",,,,計画,,"
                        + "\"課題が,ある\",重要な理由,困難な理由,A,\"上回った\nため\",,,",
                "09,2023,measure,基盤的保険者機能,1,企画総務,健全な財政運営,,,,,,,,,,,,,",
                "05,2025,measure,組織・運営体制,1,企画総務,人事制度の適正な運用,,,,,,,,,,,,,");

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.rowCount()).isEqualTo(7);
        assertThat(outcome.plans())
                .extracting(BusinessPlan::organisation)
                .containsExactly(OrgCode.of("09"), OrgCode.of("05"));
        BusinessPlan tochigi = outcome.plans().get(0);
        assertThat(tochigi.year()).isEqualTo(FiscalYear.of(2023));
        assertThat(tochigi.source()).contains("l.120");
        assertThat(tochigi.measures(PlanArea.CORE)).extracting(Measure::number).containsExactly(1, 2);
        Measure service = tochigi.measure(PlanArea.CORE, 2).orElseThrow();
        assertThat(service.title()).isEqualTo("サービス水準の向上");
        assertThat(service.actions())
                .containsExactly(new PlanAction(1, "業務の標準化を徹底する", "遵守した", Optional.of(Mark.AS_PLANNED)));
        assertThat(service.kpis())
                .containsExactly(
                        new PlanKpi("SS_ACHIEVEMENT", 1, Optional.of("100%を維持するため")),
                        new PlanKpi("MAIL_APPLICATION_RATE", 2, Optional.empty()));
        Measure checkup = tochigi.measures(PlanArea.STRATEGIC).get(0);
        assertThat(checkup.tagsJa()).isEqualTo("【重要度：高】【困難度：高】");
        assertThat(checkup.issues()).isEqualTo("課題が,ある");
        assertThat(checkup.selfEvaluation()).contains(SelfEvaluation.A);
        assertThat(checkup.selfEvaluationReason()).isEqualTo("上回った\nため");
        assertThat(tochigi.kpiItems()).containsEntry("MAIL_APPLICATION_RATE", 2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown record kind          | 09,2023,goal,基盤的保険者機能,2,,,,,,,,,,,,,,,                                   | 2 | record          | 「goal」は行の種類ではありません
            a kpi column on a measure    | 09,2023,measure,基盤的保険者機能,2,業務,題,,SS_ACHIEVEMENT,,,,,,,,,,,            | 2 | kpi_code        | 施策の行には書けない列です
            a mark on a kpi row          | 09,2023,kpi,基盤的保険者機能,2,,,,SS_ACHIEVEMENT,1,,,,,,,,◎,,                     | 2 | mark            | KPIの行には書けない列です
            an unknown area              | 09,2023,measure,財政,2,業務,題,,,,,,,,,,,,,                                        | 2 | area            | 「財政」は分野ではありません
            a measure without title      | 09,2023,measure,基盤的保険者機能,3,業務,,,,,,,,,,,,,,                              | 2 | title           | 施策名が空です
            an action without its measure| 09,2023,action,基盤的保険者機能,5,,,1,,,取組,,,,,,,,,                              | 2 | measure_no      | 基盤的保険者機能の施策5の行（record=measure）がありません
            a kpi without its measure    | 09,2023,kpi,基盤的保険者機能,5,,,,SS_ACHIEVEMENT,1,,,,,,,,,,                       | 2 | measure_no      | 基盤的保険者機能の施策5の行（record=measure）がありません
            an action without text       | 09,2023,action,基盤的保険者機能,2,,,1,,,,,,,,,,,,                                  | 3 | plan_text       | 取組の内容（plan_text）が空です
            a bad mark                   | 09,2023,action,基盤的保険者機能,2,,,1,,,取組,,,,,,,☆,,                            | 3 | mark            | 「☆」は実施状況の記号ではありません
            a bad action number          | 09,2023,action,基盤的保険者機能,2,,,ア,,,取組,,,,,,,,,                            | 3 | action_no       | 「ア」を番号として読めません
            a kpi not in the catalogue   | 09,2023,kpi,基盤的保険者機能,2,,,,NO_SUCH_KPI,1,,,,,,,,,,                          | 3 | kpi_code        | KPIコード「NO_SUCH_KPI」はKPI一覧にありません
            a kpi not defined that year  | 09,2023,kpi,基盤的保険者機能,2,,,,SS_AVERAGE_DAYS,1,,,,,,,,,,                     | 3 | kpi_code        | KPI「SS_AVERAGE_DAYS」は令和5年度の定義がありません
            a kpi without item number    | 09,2023,kpi,基盤的保険者機能,2,,,,SS_ACHIEVEMENT,,,,,,,,,,,                       | 3 | item_no         | 番号が空です
            a bad self-evaluation        | 09,2023,measure,基盤的保険者機能,3,業務,題,,,,,,,,,E,理由,,,                       | 3 | self_evaluation | 「E」は自己評価ではありません
            self-evaluation, no reason   | 09,2023,measure,基盤的保険者機能,3,業務,題,,,,,,,,,B,,,,                           | 3 | self_evaluation_reason | 自己評価（B）の理由を書いてください
            a reason, no self-evaluation | 09,2023,measure,基盤的保険者機能,3,業務,題,,,,,,,,,,理由だけ,,,                     | 3 | self_evaluation | 自己評価の理由がありますが、自己評価（S〜D）が空です
            """)
    void each_rule_is_reported_naming_file_line_and_column(
            String rule, String row, int line, String column, String message) {
        PlanCsv.Outcome outcome = line == 2 ? read(row) : read(MEASURE, row);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.plans()).isEmpty();
        assertThat(outcome.problems())
                .extracting(ImportProblem::describeJa)
                .anySatisfy(
                        d -> assertThat(d).startsWith("ファイル「plan.csv」 " + line + "行目 列「" + column + "」: " + message));
    }

    @Test
    void a_duplicate_measure_or_action_names_the_row_it_repeats() {
        PlanCsv.Outcome outcome = read(
                MEASURE,
                "09,2023,action,基盤的保険者機能,2,,,1,,,取組,,,,,,,,,",
                "09,2023,action,基盤的保険者機能,2,,,①,,,同じ取組,,,,,,,,,",
                MEASURE);

        assertProblems(
                outcome,
                "ファイル「plan.csv」 4行目 列「action_no」: 重複する取組です（基盤的保険者機能の施策2の取組1）",
                "ファイル「plan.csv」 5行目 列「measure_no」: 重複する施策です（ファイル「plan.csv」 2行目と同じ基盤的保険者機能の施策2）");
    }

    @Test
    void a_kpi_belongs_to_one_measure_and_an_item_number_to_one_kpi_of_a_plan_even_across_files() {
        PlanCsv.Outcome outcome = reader.read(List.of(
                csv("a.csv", HEADER, MEASURE, "09,2023,kpi,基盤的保険者機能,2,,,,SS_ACHIEVEMENT,1,,,,,,,,,,"),
                csv(
                        "b.csv",
                        HEADER,
                        "09,2023,measure,基盤的保険者機能,3,業務,題,,,,,,,,,,,,,",
                        "09,2023,kpi,基盤的保険者機能,3,,,,SS_ACHIEVEMENT,2,,,,,,,,,,",
                        "09,2023,kpi,基盤的保険者機能,3,,,,MAIL_APPLICATION_RATE,1,,,,,,,,,,",
                        "10,2023,measure,基盤的保険者機能,2,業務,題,,,,,,,,,,,,,",
                        "10,2023,kpi,基盤的保険者機能,2,,,,SS_ACHIEVEMENT,1,,,,,,,,,,")));

        assertProblems(
                outcome,
                "ファイル「b.csv」 3行目 列「kpi_code」: KPI「SS_ACHIEVEMENT」はこの計画で既に使われています（ファイル「a.csv」 3行目）。一つのKPIは一つの施策に属します",
                "ファイル「b.csv」 4行目 列「item_no」: 項番1はこの計画で既に使われています（ファイル「a.csv」 3行目）");
    }

    @Test
    void a_text_longer_than_its_column_is_refused_with_its_length() {
        String longText = "あ".repeat(jp.kenpokpi.value.FieldLimits.PLAN_TEXT + 1);
        PlanCsv.Outcome outcome =
                read("09,2023,measure,基盤的保険者機能,2,業務," + "題".repeat(201) + ",,,,," + longText + ",,,,,,,,");

        assertProblems(
                outcome,
                "ファイル「plan.csv」 2行目 列「title」: 長すぎます（201文字、200文字まで）",
                "ファイル「plan.csv」 2行目 列「done_text」: 長すぎます（8001文字、8000文字まで）");
    }

    @Test
    void what_the_writer_writes_reads_back_as_the_same_plans() {
        PlanCsv.Outcome original = read(
                MEASURE,
                "09,2023,action,基盤的保険者機能,2,,,1,,,\"業務の標準化, \"\"徹底\"\"\",遵守した,,,,,,◎,,",
                "09,2023,action,基盤的保険者機能,2,,,2,,,\"二行の\n取組\",,,,,,,,,",
                "09,2023,kpi,基盤的保険者機能,2,,,,SS_ACHIEVEMENT,3,,,,,,,,,\"考え方,あり\",",
                "09,2023,measure,組織・運営体制,1,企画総務,人事制度,,,,計画,実施,課題,重要,困難,S,大幅に上回った,,,report p.3",
                "09,2023,kpi,組織・運営体制,1,,,,SINGLE_BID_RATE,1,,,,,,,,,,",
                "47,2025,measure,戦略的保険者機能,4,保健,健診,,,,,,,,,,,,,");
        assertThat(original.problems()).isEmpty();

        String written = PlanCsvWriter.write(original.plans());
        PlanCsv.Outcome again = reader.read(
                List.of(new InterchangeFile("download.csv", PlanCsvWriter.bytesForExcel(original.plans()))));

        assertThat(written)
                .startsWith(
                        String.join(
                                        ",",
                                        java.util.Arrays.stream(PlanColumn.values())
                                                .map(PlanColumn::header)
                                                .toList()) + "\n");
        assertThat(again.problems()).isEmpty();
        assertThat(again.plans()).isEqualTo(original.plans());
        assertThat(again.rowCount()).isEqualTo(original.rowCount());
    }

    /** The problems reported are exactly these, in this order, as the import page prints them. */
    private static void assertProblems(PlanCsv.Outcome outcome, String... described) {
        assertThat(outcome.problems()).extracting(ImportProblem::describeJa).containsExactly(described);
    }
}
