package jp.kenpokpi.records.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.DefinitionLibrary;
import jp.kenpokpi.records.definition.KpiQuery;
import jp.kenpokpi.records.engine.AssociationFigures;
import jp.kenpokpi.records.engine.ComputedFigure;
import jp.kenpokpi.records.engine.DuckDbRecordsEngine;
import jp.kenpokpi.records.engine.EngineSettings;
import jp.kenpokpi.records.engine.RecordFiles;
import jp.kenpokpi.records.engine.RecordsException;
import jp.kenpokpi.records.engine.UncomputedBranches;
import jp.kenpokpi.records.schema.RecordColumn;
import jp.kenpokpi.records.schema.RecordKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator at small scales (issue 13, part 4): a set of 0.001 (about 40,000 members, FY2022–2023) read by the
 * engine and checked against the national shares and the rates it is drawn to, and sets of 0.0005 for linear sizes
 * and determinism. Tolerances are stated at each assertion; at 0.001 a rate over n targets has a standard error of
 * about √(p(1−p)/n): 0.4 points for the insured check-up rate (n ≈ 13,000).
 */
class RecordGeneratorTest {

    private static final FiscalYear FY2023 = FiscalYear.of(2023);

    @TempDir
    static Path dir;

    private static GenerationManifest small;
    private static Path smallSet;
    private static Path halfSet;
    private static GenerationManifest half;
    private static Map<String, ComputedFigure> association;
    private static List<ComputedFigure> figures;

    @BeforeAll
    static void generate() {
        smallSet = dir.resolve("s0.001");
        small = generator().generate(GenerationRequest.of(0.001, "2022-2023", 7), smallSet);
        halfSet = dir.resolve("s0.0005");
        half = generator().generate(GenerationRequest.of(0.0005, "2022-2023", 7), halfSet);
        List<KpiQuery> all = DefinitionLibrary.reference().all();
        figures = new DuckDbRecordsEngine(settings()).compute(smallSet, FY2023, Optional.empty(), all);
        association = new LinkedHashMap<>();
        for (KpiQuery q : all) {
            AssociationFigures.figure(q.definition(), figures).ifPresent(f -> association.put(q.fileName(), f));
        }
    }

    static RecordGenerator generator() {
        return new RecordGenerator(settings());
    }

    private static EngineSettings settings() {
        return new EngineSettings("1GB", dir.resolve("spill"));
    }

    @Test
    void everyKindIsParquetWithTheSchemasColumnsAndTypes() throws SQLException {
        for (RecordKind kind : RecordKind.values()) {
            RecordFiles.Location location = RecordFiles.locate(smallSet, kind);
            assertThat(location.layout())
                    .as(kind.fileName())
                    .isEqualTo(
                            RecordGenerator.MONTHLY.contains(kind)
                                    ? RecordFiles.Layout.PARQUET_DIRECTORY
                                    : RecordFiles.Layout.PARQUET_FILE);
            List<String> described = new ArrayList<>();
            query("DESCRIBE SELECT * FROM " + parquet(smallSet, kind), r -> {
                described.add(r.getString("column_name") + " " + r.getString("column_type"));
            });
            assertThat(described)
                    .as(kind.fileName())
                    .containsExactlyElementsOf(kind.columns().stream()
                            .map(c -> c.name() + " " + c.sqlType())
                            .toList());
            assertThat(small.rows(kind)).as(kind.fileName()).isPositive();
        }
    }

    @Test
    void theEngineComputesEveryDefinitionForEveryBranch() {
        for (KpiQuery q : DefinitionLibrary.reference().all()) {
            assertThat(association).as(q.fileName()).containsKey(q.fileName());
            assertThat(association.get(q.fileName()).denominator())
                    .as(q.fileName())
                    .isPositive();
        }
        // At scale 0.001 (about 190 members in the smallest branch) rare records are drawn more often in small
        // branches (RecordGenerator.RARE_EVENT_MEMBERS), so every branch has after-loss refund claims and re-examined
        // claims. A branch's handful of examined dependants may, in some years and seeds, leave none selected for
        // guidance (the run would list it as 値なし); with this seed every branch has some.
        assertThat(UncomputedBranches.of(DefinitionLibrary.reference().all(), figures))
                .isEmpty();
        assertThat(figures.stream().filter(f -> f.kpiCode().equals("LIFESTYLE_CHECKUP_RATE")))
                .hasSize(2 * 47);
    }

    @Test
    void checkupRatesLandNearTheRatesTheyAreDrawnTo() {
        GeneratorProfile profile = GeneratorProfile.reference();
        // Drawn to each branch's rate: the association's is the population-weighted mean of the branches' rates.
        // Tolerance 1.5 points (about 3.5 standard errors at 0.001).
        assertThat(rate("LIFESTYLE_CHECKUP_RATE@2024.sql"))
                .isCloseTo(weighted(profile, BranchProfile::lifestyleRate), within(0.015));
        assertThat(rate("LIFESTYLE_CHECKUP_RATE@2021.sql"))
                .isCloseTo(weighted(profile, BranchProfile::lifestyleRate), within(0.015));
        assertThat(rate("EMPLOYER_CHECKUP_DATA_RATE@2021.sql"))
                .isCloseTo(weighted(profile, BranchProfile::employerDataRate), within(0.01));
        // Dependant targets are about 4,000 at 0.001: 2.5 points.
        assertThat(rate("DEPENDENT_CHECKUP_RATE@2021.sql"))
                .isCloseTo(weighted(profile, BranchProfile::dependantCheckupRate), within(0.025));
        // 特定健診 as a whole (insured examined by either kind and dependants, over all targets 40–74): published
        // 58.7% for FY2023; the sample data's branch rates give about 57%: within 3 points.
        ComputedFigure insured = association.get("LIFESTYLE_CHECKUP_RATE@2024.sql");
        ComputedFigure employer = association.get("EMPLOYER_CHECKUP_DATA_RATE@2021.sql");
        ComputedFigure dependants = association.get("DEPENDENT_CHECKUP_RATE@2021.sql");
        double all = insured.numerator()
                        .add(employer.numerator())
                        .add(dependants.numerator())
                        .doubleValue()
                / insured.denominator().add(dependants.denominator()).doubleValue();
        assertThat(all).isCloseTo(0.587, within(0.03));
    }

    @Test
    void otherRatesLandNearTheSampleDatasAssociationValues() {
        // Guidance: about 1,400 insured and 150 dependants selected at 0.001: 4 and 8 points.
        GeneratorProfile profile = GeneratorProfile.reference();
        assertThat(rate("INSURED_GUIDANCE_RATE@2021.sql"))
                .isCloseTo(weighted(profile, BranchProfile::insuredGuidanceRate), within(0.04));
        assertThat(rate("DEPENDENT_GUIDANCE_RATE@2021.sql"))
                .isCloseTo(weighted(profile, BranchProfile::dependantGuidanceRate), within(0.08));
        // 特定保健指導対象者の減少率: the level is drawn per member in 9 years of 10 and nobody on medication is
        // graded (not on medication: 0.1 + 0.9 × 0.75 = 0.775 a year), so of last year's targets examined again
        // 0.775 × (0.81p + 0.19p²) / p = 0.65 are graded again (p = 0.17): 0.35, about 900 people at 0.001.
        assertThat(rate("GUIDANCE_TARGET_REDUCTION_RATE@2018.sql")).isCloseTo(0.35, within(0.06));
        // FY2023 association values of app's sample data (akita-fy2023-reference.csv), within the stated points.
        assertThat(rate("REFERRAL_VISIT_RATE@2021.sql")).isCloseTo(0.092, within(0.04));
        assertThat(rate("SS_ACHIEVEMENT@2021.sql")).isCloseTo(0.999, within(0.003));
        assertThat(rate("MAIL_APPLICATION_RATE@2021.sql")).isCloseTo(0.956, within(0.01));
        assertThat(rate("RECEIPT_REVIEW_RATE@2021.sql")).isCloseTo(0.00423, within(0.001));
        assertThat(rate("CARD_RECOVERY_RATE@2021.sql")).isCloseTo(0.821, within(0.05));
        assertThat(rate("REFUND_CLAIM_RECOVERY_RATE@2021.sql")).isCloseTo(0.533, within(0.1));
        assertThat(rate("HEALTH_COMMISSIONER_COVERAGE@2021.sql")).isCloseTo(0.526, within(0.04));
        assertThat(rate("GENERIC_DRUG_SHARE@2021.sql")).isCloseTo(0.833, within(0.02));
        assertThat(rate("REREVIEW_AMOUNT_PER_CASE@2021.sql")).isCloseTo(7125, within(1000.0));
    }

    @Test
    void membersAndTargetsHaveTheNationalShares() throws SQLException {
        Map<String, Double> shares = new LinkedHashMap<>();
        // Enrolled on the last year's last day, and aged 40–74 on it by the law's reckoning (as checkup_targets).
        query(
                "WITH e AS (SELECT e.member_kind, e.branch_code, m.birth_date FROM read_parquet('"
                        + smallSet.resolve("enrolments.parquet") + "') e JOIN read_parquet('"
                        + smallSet.resolve("members.parquet") + "') m USING (member_id)"
                        + " WHERE e.start_date <= DATE '2024-03-31'"
                        + " AND (e.end_date IS NULL OR e.end_date >= DATE '2024-03-31'))"
                        + " SELECT count(*) AS members,"
                        + " avg(CASE WHEN member_kind = 'insured' THEN 1 ELSE 0 END) AS insured,"
                        + " avg(CASE WHEN birth_date <= DATE '1984-03-31' AND birth_date > DATE '1949-03-31'"
                        + " THEN 1 ELSE 0 END) AS targets,"
                        + " avg(CASE WHEN branch_code = '13' THEN 1 ELSE 0 END) AS tokyo FROM e",
                r -> {
                    shares.put("members", r.getDouble("members"));
                    shares.put("insured", r.getDouble("insured"));
                    shares.put("targets", r.getDouble("targets"));
                    shares.put("tokyo", r.getDouble("tokyo"));
                });
        // 39,700 at 0.001 within 2%; 25.7 / 39.7 insured within 1.5 points; 18.0 / 39.7 aged 40–74 within 2 points;
        // 東京 by population (14,048 of 126,146 thousand) within 1 point.
        assertThat(shares.get("members")).isCloseTo(39_700, within(800.0));
        assertThat(shares.get("insured")).isCloseTo(25.7 / 39.7, within(0.015));
        assertThat(shares.get("targets")).isCloseTo(18.0 / 39.7, within(0.02));
        assertThat(shares.get("tokyo")).isCloseTo(14_048.0 / 126_146, within(0.01));
    }

    @Test
    void theEdgeCasesTheDefinitionsCountOccur() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        String f = smallSet + "/";
        query(
                "SELECT"
                        + " (SELECT count(*) FROM (SELECT member_id FROM read_parquet('" + f + "enrolments.parquet')"
                        + "   GROUP BY member_id HAVING count(DISTINCT branch_code) > 1)) AS movers,"
                        + " (SELECT count(*) FROM (SELECT member_id FROM read_parquet('" + f + "enrolments.parquet')"
                        + "   GROUP BY member_id HAVING count(DISTINCT member_kind) > 1)) AS kind_changes,"
                        + " (SELECT count(*) FROM read_parquet('" + f
                        + "enrolments.parquet') WHERE end_date IS NOT NULL"
                        + "   AND member_id NOT IN (SELECT member_id FROM read_parquet('" + f + "enrolments.parquet')"
                        + "   WHERE end_date IS NULL)) AS leavers,"
                        + " (SELECT count(*) FROM read_parquet('" + f + "checkups/*.parquet') c JOIN read_parquet('" + f
                        + "enrolments.parquet') e ON e.member_id = c.member_id AND e.start_date <= c.checkup_date"
                        + "   AND (e.end_date IS NULL OR e.end_date >= c.checkup_date)"
                        + "   WHERE e.branch_code <> c.facility_branch_code) AS cross_branch,"
                        + " (SELECT count(*) FROM (SELECT member_id FROM read_parquet('" + f + "checkups/*.parquet')"
                        + "   WHERE checkup_kind = 'lifestyle' GROUP BY member_id, year(checkup_date + INTERVAL 9 MONTH)"
                        + "   HAVING count(*) > 1)) AS twice,"
                        + " (SELECT count(*) FROM read_parquet('" + f + "referral_letters.parquet') l WHERE EXISTS"
                        + "   (SELECT 1 FROM read_parquet('" + f
                        + "claims/*.parquet') c WHERE c.member_id = l.member_id"
                        + "    AND c.first_visit_date > l.sent_date)) AS letters_visited,"
                        + " (SELECT count(*) FROM read_parquet('" + f + "referral_letters.parquet') l WHERE NOT EXISTS"
                        + "   (SELECT 1 FROM read_parquet('" + f
                        + "claims/*.parquet') c WHERE c.member_id = l.member_id"
                        + "    AND c.claim_kind IN ('medical', 'dpc') AND c.first_visit_date > l.sent_date)) AS letters_unvisited,"
                        + " (SELECT count(*) FROM read_parquet('" + f
                        + "drug_lines/*.parquet') WHERE excluded_class IS NOT NULL) AS excluded,"
                        + " (SELECT count(*) FROM read_parquet('" + f
                        + "card_returns.parquet') WHERE returned_date IS NULL) AS cards_missing",
                r -> {
                    for (String column : List.of(
                            "movers",
                            "kind_changes",
                            "leavers",
                            "cross_branch",
                            "twice",
                            "letters_visited",
                            "letters_unvisited",
                            "excluded",
                            "cards_missing")) {
                        counts.put(column, r.getLong(column));
                    }
                });
        assertThat(counts)
                .allSatisfy((name, count) -> assertThat(count).as(name).isPositive());
    }

    @Test
    void sizesScaleLinearly() {
        // Twice the scale, twice the rows: within 10% for every kind with more than 200 rows at the half scale.
        // Not refund claims nor returned cards: below scale 0.03 small branches draw after-loss claims more often the
        // smaller they are, up to one per member who left, and the smallest have up to three times the leavers
        // (RecordGenerator.RARE_EVENT_MEMBERS).
        for (RecordKind kind : RecordKind.values()) {
            if (half.rows(kind) > 200 && kind != RecordKind.REFUND_CLAIMS && kind != RecordKind.CARD_RETURNS) {
                assertThat((double) small.rows(kind) / half.rows(kind))
                        .as(kind.fileName())
                        .isCloseTo(2.0, within(0.2));
            }
        }
    }

    @Test
    void theSameRequestGivesTheSameRowsInTheSameOrder() throws SQLException {
        Path again = dir.resolve("again");
        GenerationManifest repeated = generator().generate(GenerationRequest.of(0.0005, "2022-2023", 7), again);
        Path otherSeed = dir.resolve("other-seed");
        generator().generate(GenerationRequest.of(0.0005, "2022-2023", 8), otherSeed);
        assertThat(repeated.readme()).isEqualTo(half.readme());
        for (RecordKind kind : RecordKind.values()) {
            assertThat(rowsHash(again, kind)).as(kind.fileName()).isEqualTo(rowsHash(halfSet, kind));
        }
        assertThat(rowsHash(otherSeed, RecordKind.CHECKUPS)).isNotEqualTo(rowsHash(halfSet, RecordKind.CHECKUPS));
    }

    /**
     * A year's or a month's check-ups, claims and drug lines are read from their months' files only: each kind is a
     * directory of one file per month of the years (named by it), every row in its file's month; a drug line carries
     * its claim's month.
     */
    @Test
    void checkupsClaimsAndDrugLinesAreOneFilePerMonthAndALineCarriesItsClaimsMonth() throws SQLException {
        String f = smallSet.toAbsolutePath() + "/";
        Map<RecordKind, String> dateOf = Map.of(
                RecordKind.CLAIMS, "service_month",
                RecordKind.DRUG_LINES, "service_month",
                RecordKind.CHECKUPS, "checkup_date");
        assertThat(RecordGenerator.MONTHLY).isEqualTo(dateOf.keySet());
        for (Map.Entry<RecordKind, String> kind : dateOf.entrySet()) {
            String name = kind.getKey().fileName();
            assertThat(smallSet.resolve(name + "/2022-04.parquet")).as(name).isRegularFile();
            assertThat(smallSet.resolve(name + "/2024-03.parquet")).as(name).isRegularFile();
            query(
                    "SELECT count(*) AS rows, count(DISTINCT filename) AS files, count(*) FILTER (WHERE"
                            + " strftime(" + kind.getValue() + ", '%Y-%m') <> regexp_extract(filename,"
                            + " '([0-9]{4}-[0-9]{2})[.]parquet$', 1)) AS elsewhere FROM read_parquet('" + f + name
                            + "/*.parquet', filename = true)",
                    r -> {
                        assertThat(r.getLong("rows")).as(name).isGreaterThan(10_000);
                        assertThat(r.getLong("files")).as(name).isEqualTo(24);
                        assertThat(r.getLong("elsewhere")).as(name).isZero();
                    });
        }
        query(
                "SELECT count(*) AS lines, count(*) FILTER (WHERE d.service_month IS DISTINCT FROM c.service_month)"
                        + " AS other_month FROM " + parquet(smallSet, RecordKind.DRUG_LINES) + " d LEFT JOIN "
                        + parquet(smallSet, RecordKind.CLAIMS) + " c ON c.claim_id = d.claim_id",
                r -> {
                    assertThat(r.getLong("lines")).isGreaterThan(10_000);
                    assertThat(r.getLong("other_month")).isZero();
                });
    }

    @Test
    void theReadmeSaysTheWholeSetIsSyntheticWithItsRequestAndCounts() throws Exception {
        String readme = Files.readString(smallSet.resolve(GenerationManifest.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(readme)
                .contains("すべて架空")
                .contains("規模 scale: 0.001")
                .contains("年度 fiscal years: 2022-2023")
                .contains("seed: 7");
        for (RecordKind kind : RecordKind.values()) {
            long[] inFile = new long[1];
            query("SELECT count(*) FROM " + parquet(smallSet, kind), r -> inFile[0] = r.getLong(1));
            assertThat(readme).contains(kind.fileName() + "\t" + inFile[0] + "\n");
        }
        assertThat(smallSet.resolve(RecordGenerator.WORK_DIRECTORY)).doesNotExist();
    }

    @Test
    void aDirectoryThatHoldsADataSetIsRefused() {
        assertThatThrownBy(() -> generator().generate(GenerationRequest.of(0.0001, "2023", 1), smallSet))
                .isInstanceOf(RecordsException.class)
                .hasMessageContaining("既にデータセットがあります");
    }

    /** {@code read_parquet} over a kind's file or its directory's files, with options ({@code ", filename = true"}). */
    private static String parquet(Path set, RecordKind kind, String options) {
        return "read_parquet(" + RecordFiles.parquetPaths(RecordFiles.locate(set, kind)) + options + ")";
    }

    private static String parquet(Path set, RecordKind kind) {
        return parquet(set, kind, "");
    }

    /** A hash of a kind's rows in file order, the files by name (every column, as text). */
    private static String rowsHash(Path set, RecordKind kind) throws SQLException {
        String columns = String.join(
                " || '|' || ",
                kind.columns().stream()
                        .map(RecordColumn::name)
                        .map(c -> "coalesce(CAST(" + c + " AS VARCHAR), '')")
                        .toList());
        String[] hash = new String[1];
        query(
                "SELECT md5(string_agg(" + columns + ", chr(10) ORDER BY filename, file_row_number)) FROM "
                        + parquet(set, kind, ", filename = true, file_row_number = true"),
                r -> hash[0] = r.getString(1));
        return hash[0];
    }

    private static double rate(String fileName) {
        ComputedFigure f = association.get(fileName);
        return f.numerator()
                .divide(f.denominator(), 8, java.math.RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static double weighted(GeneratorProfile profile, ToDoubleFunction<BranchProfile> rate) {
        double total = profile.totalPopulationThousands();
        return profile.branches().stream()
                .mapToDouble(b -> b.populationThousands() / total * rate.applyAsDouble(b))
                .sum();
    }

    private interface Row {
        void read(ResultSet r) throws SQLException;
    }

    private static void query(String sql, Row row) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) row.read(r);
        }
    }
}
