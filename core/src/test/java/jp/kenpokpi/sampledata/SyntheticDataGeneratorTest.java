package jp.kenpokpi.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.evaluation.Evaluator;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import jp.kenpokpi.interchange.InterchangeReader;
import jp.kenpokpi.interchange.InterchangeRow;
import jp.kenpokpi.interchange.RowKey;
import jp.kenpokpi.interchange.SampleData;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.AssociationWide;
import jp.kenpokpi.result.PriorYearResult;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.target.TargetRuleParser;
import jp.kenpokpi.value.PrintedValue;
import org.junit.jupiter.api.Test;

/**
 * The synthetic sample data: deterministic, importable together with the real sample files, complete for FY2021–
 * FY2025 except where a real row holds only a target, labelled 架空, and plausible enough that association-wide
 * values and marks mean something.
 */
class SyntheticDataGeneratorTest {

    private static final KpiCatalogue CATALOGUE = ReferenceCatalogue.get();
    private static final InterchangeReader READER = new InterchangeReader(CATALOGUE);
    private static final List<InterchangeRow> REAL_ROWS = read(SampleData.allFiles());
    private static final String OUTPUT = SyntheticDataGenerator.generate(CATALOGUE, REAL_ROWS);
    private static final List<InterchangeRow> SYNTHETIC_ROWS = read(List.of(syntheticFile()));

    /** The branches whose FY2023 results are real (Akita's reference table, Tochigi's report). */
    private static final Set<String> REAL_FY2023_BRANCHES = Set.of("02", "03", "04", "05", "06", "07", "09");

    private static InterchangeFile syntheticFile() {
        return new InterchangeFile("synthetic.csv", OUTPUT.getBytes(StandardCharsets.UTF_8));
    }

    private static List<InterchangeRow> read(List<InterchangeFile> files) {
        InterchangeReader.Outcome outcome = READER.read(files);
        assertThat(outcome.problems()).as(describe(outcome.problems())).isEmpty();
        return outcome.rows();
    }

    private static String describe(List<ImportProblem> problems) {
        return problems.stream().limit(20).map(ImportProblem::describeJa).collect(Collectors.joining("\n"));
    }

    private static Stream<InterchangeRow> yearEnd(
            List<InterchangeRow> rows, String kpiCode, int year, int definitionFy) {
        return rows.stream()
                .filter(r -> r.asOf().isEmpty()
                        && r.year().value() == year
                        && r.definition().kpiCode().equals(kpiCode)
                        && r.definition().definitionFy() == definitionFy);
    }

    private static Result result(InterchangeRow row) {
        return new Result(row.actual(), row.numerator(), row.denominator());
    }

    @Test
    void the_same_inputs_give_the_same_bytes_whatever_the_order_of_the_real_rows() {
        List<InterchangeRow> reversed = new ArrayList<>(REAL_ROWS);
        Collections.reverse(reversed);

        assertThat(SyntheticDataGenerator.generate(CATALOGUE, REAL_ROWS)).isEqualTo(OUTPUT);
        assertThat(SyntheticDataGenerator.generate(CATALOGUE, reversed)).isEqualTo(OUTPUT);
    }

    @Test
    void the_output_is_utf8_csv_with_the_interchange_header_and_lf_line_endings() {
        assertThat(OUTPUT)
                .startsWith("branch_code,fiscal_year,as_of,kpi_code,definition_fy,target,actual,numerator,"
                        + "denominator,national_value,national_rank,mark,self_evaluation,note,source,synthetic\n");
        assertThat(OUTPUT).doesNotContain("\r").endsWith("\n");
    }

    @Test
    void the_output_reads_together_with_the_real_files_in_one_batch_without_a_problem() {
        List<InterchangeFile> files = new ArrayList<>(SampleData.allFiles());
        files.add(syntheticFile());

        InterchangeReader.Outcome outcome = READER.read(files);

        assertThat(outcome.problems()).as(describe(outcome.problems())).isEmpty();
        assertThat(outcome.rows()).hasSize(REAL_ROWS.size() + SYNTHETIC_ROWS.size());
    }

    @Test
    void a_ratio_result_is_its_numerator_over_its_denominator_printed_at_the_catalogue_precision() {
        List<InterchangeRow> ratios =
                SYNTHETIC_ROWS.stream().filter(r -> r.definition().isRatio()).toList();

        assertThat(ratios).isNotEmpty().allSatisfy(row -> {
            KpiDefinition definition = row.definition();
            BigDecimal printed = ((PrintedValue.Amount) row.actual()).number();
            BigDecimal quotient = definition
                    .precision()
                    .round(Result.quotient(
                            row.numerator().orElseThrow(), row.denominator().orElseThrow(), definition.unit()));
            assertThat(printed.scale())
                    .as(row.key().describeJa())
                    .isEqualTo(definition.precision().decimals());
            assertThat(printed).as(row.key().describeJa()).isEqualTo(quotient);
        });
    }

    @Test
    void every_kpi_of_fy2021_to_fy2025_has_a_year_end_result_for_all_47_branches() {
        Set<RowKey> withResult = Stream.concat(REAL_ROWS.stream(), SYNTHETIC_ROWS.stream())
                .filter(InterchangeRow::hasResult)
                .map(InterchangeRow::key)
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (int year = 2021; year <= 2025; year++) {
            for (KpiDefinition definition : CATALOGUE.definitionsIn(FiscalYear.of(year))) {
                for (int branch = 1; branch <= 47; branch++) {
                    RowKey key = new RowKey(
                            OrgCode.of(branch),
                            FiscalYear.of(year),
                            Optional.empty(),
                            definition.kpiCode(),
                            definition.definitionFy());
                    if (!withResult.contains(key))
                        missing.add(OrgCode.of(branch) + " " + year + " " + definition.kpiCode());
                }
            }
        }

        assertThat(missing).isEmpty();
    }

    @Test
    void no_real_result_is_written_again_and_no_real_target_is_overwritten() {
        Set<RowKey> realResults = REAL_ROWS.stream()
                .filter(r -> r.hasResult() || r.target().isEmpty())
                .map(InterchangeRow::key)
                .collect(Collectors.toSet());
        Set<RowKey> realTargets = REAL_ROWS.stream()
                .filter(r -> r.target().isPresent())
                .map(InterchangeRow::key)
                .collect(Collectors.toSet());

        assertThat(SYNTHETIC_ROWS).noneMatch(row -> realResults.contains(row.key()));
        assertThat(SYNTHETIC_ROWS).noneMatch(row -> row.target().isPresent() && realTargets.contains(row.key()));
    }

    @Test
    void a_real_target_without_a_result_gets_a_synthetic_result_beside_it() {
        assertThat(SYNTHETIC_ROWS).anySatisfy(row -> {
            assertThat(row.key().describeJa()).startsWith("09 令和6年度 年度末 LIFESTYLE_CHECKUP_RATE");
            assertThat(row.target()).isEmpty();
            assertThat(row.actual().isPresent()).isTrue();
        });
    }

    @Test
    void every_synthetic_row_is_labelled_架空_and_belongs_to_a_branch_never_to_the_association() {
        assertThat(SYNTHETIC_ROWS).isNotEmpty().allSatisfy(row -> {
            assertThat(row.isSynthetic()).isTrue();
            assertThat(row.source()).contains("架空（合成データ生成器による値。実在の報告書の値ではありません）");
            assertThat(row.org().isAssociation()).as(row.key().describeJa()).isFalse();
        });
    }

    @Test
    void fy2023_is_restated_under_the_fy2024_definition_only_for_the_branches_whose_fy2023_value_is_synthetic() {
        Set<String> synthetic = Stream.iterate(1, n -> n + 1)
                .limit(47)
                .map(n -> OrgCode.of(n).value())
                .filter(code -> !REAL_FY2023_BRANCHES.contains(code))
                .collect(Collectors.toSet());

        for (String kpiCode : List.of(
                "RECEIPT_REVIEW_RATE", "REFUND_CLAIM_RECOVERY_RATE", "LIFESTYLE_CHECKUP_RATE", "REFERRAL_VISIT_RATE")) {
            Set<String> restated = yearEnd(SYNTHETIC_ROWS, kpiCode, 2023, 2024)
                    .map(r -> r.org().value())
                    .collect(Collectors.toSet());
            assertThat(restated).as(kpiCode).isEqualTo(synthetic);
        }
    }

    @Test
    void the_association_wide_fy2023_lifestyle_checkup_rate_of_the_synthetic_branches_is_near_the_real_57_7_percent() {
        KpiDefinition definition = ReferenceCatalogue.definition("LIFESTYLE_CHECKUP_RATE", 2023);
        Map<OrgCode, Result> branches = new TreeMap<>();
        yearEnd(SYNTHETIC_ROWS, "LIFESTYLE_CHECKUP_RATE", 2023, definition.definitionFy())
                .forEach(row -> branches.put(row.org(), result(row)));

        BigDecimal associationWide =
                AssociationWide.compute(definition, branches).value().orElseThrow();

        assertThat(branches).hasSize(47 - REAL_FY2023_BRANCHES.size());
        assertThat(associationWide).isBetween(new BigDecimal("54.7"), new BigDecimal("60.7"));
    }

    @Test
    void branch_value_targets_are_beaten_by_some_branches_and_missed_by_others() throws Exception {
        KpiDefinition definition = ReferenceCatalogue.definition("LIFESTYLE_CHECKUP_RATE", 2023);
        Evaluator evaluator = new Evaluator(MarkPolicies.EXCEEDS);
        Map<Mark, Integer> marks = new TreeMap<>();
        for (InterchangeRow row : yearEnd(SYNTHETIC_ROWS, "LIFESTYLE_CHECKUP_RATE", 2023, definition.definitionFy())
                .toList()) {
            Mark mark = evaluator
                    .evaluate(
                            row.org(),
                            definition,
                            TargetRuleParser.parse(row.target().orElseThrow(), definition),
                            result(row),
                            new PriorYearResult.Missing(FiscalYear.of(2022)))
                    .mark();
            marks.merge(mark, 1, Integer::sum);
        }

        assertThat(marks.getOrDefault(Mark.EXCEEDED, 0)).as("◎ %s", marks).isGreaterThanOrEqualTo(5);
        assertThat(marks.getOrDefault(Mark.BELOW_PLAN, 0)).as("△ %s", marks).isGreaterThanOrEqualTo(5);
    }

    @Test
    void a_cumulative_kpi_stands_at_35_to_55_percent_of_its_final_value_at_the_half_year() {
        Map<String, InterchangeRow> finals = yearEnd(SYNTHETIC_ROWS, "LIFESTYLE_CHECKUP_RATE", 2023, 2021)
                .collect(Collectors.toMap(r -> r.org().value(), r -> r));
        List<InterchangeRow> interims = SYNTHETIC_ROWS.stream()
                .filter(r -> r.asOf().isPresent()
                        && r.year().value() == 2023
                        && r.definition().kpiCode().equals("LIFESTYLE_CHECKUP_RATE")
                        && finals.containsKey(r.org().value()))
                .toList();

        assertThat(interims).hasSize(finals.size()).allSatisfy(interim -> {
            BigDecimal share = interim.numerator()
                    .orElseThrow()
                    .divide(finals.get(interim.org().value()).numerator().orElseThrow(), MathContext.DECIMAL64);
            assertThat(share)
                    .as(interim.key().describeJa())
                    .isBetween(new BigDecimal("0.349"), new BigDecimal("0.551"));
        });
    }
}
