package jp.kenpokpi.records.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.ranking.AssociationWideValue;
import jp.kenpokpi.records.definition.DefinitionLibrary;
import jp.kenpokpi.records.schema.RecordKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof (issue 13, part 6): every definition version run on the hand-computable data set of
 * src/test/resources/proof (written by make_proof.py: cohorts and single edge-case members of branches 09, 13 and
 * 47, all 架空), against numerators and denominators added up by hand from that script. Cohort names (IL, IN, …)
 * and edge members (E-MOVE, …) are the script's; the sizes are 09/13/47.
 *
 * <p>Insured check-up targets at 2024-03-31 (40–74 by the law's reckoning, enrolled that day): 09 = IL30 IN20 IE10
 * IG4 IGX2 IR3 IRN2 (71) + E-AGE40 E-TWICE = 73; 13 = IL50 IN40 IE20 IG6 IGX3 IR5 IRN2 (126) + E-AGE74 E-MOVE
 * E-KIND E-OUT E-D90 E-D91 E-DENTAL E-EARLY = 134; 47 = IL20 IN10 IE5 IG2 IGX1 IR2 IRN1 (41) + E-CROSS E-M10 E-M11 E-MED
 * E-BP159 E-BEFORE = 47. E-AGE39, E-AGE75 (no targets) and E-LEFT (left 2023-12-31) are in none.
 *
 * <p>One set of expectations for every engine (issue 13: "DuckDB, Spark and the hand-written figures agree
 * exactly"): a subclass only says which engine runs them (DuckDbRecordsEngineProofTest here,
 * SparkRecordsEngineProofTest in records-spark, which reads this class from the module's test jar).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RecordsEngineProofTest {

    private static final FiscalYear FY2023 = FiscalYear.of(2023);
    private static final DefinitionLibrary LIBRARY = DefinitionLibrary.reference();

    private Map<String, List<ComputedFigure>> byVersion;

    /**
     * The engine under test; called once per computation, after the subclass's fields are initialised. An engine that
     * is slow to start (Spark) hands out one instance for the whole class.
     */
    protected abstract RecordsEngine engine();

    @BeforeAll
    void computeEveryVersionOnTheProof() {
        List<ComputedFigure> figures = engine().compute(proofDirectory(), FY2023, Optional.empty(), LIBRARY.all());
        byVersion = new LinkedHashMap<>();
        for (ComputedFigure f : figures) {
            byVersion
                    .computeIfAbsent(f.kpiCode() + "@" + f.definitionVersion(), k -> new java.util.ArrayList<>())
                    .add(f);
        }
    }

    @Test
    void lifestyleCheckupsCountedAtTheFacilityBranchUnderTheFirstDefinition() {
        // Numerators: the examined targets by the branch of their first check-up's facility.
        // 09: IL30 IG4 IGX2 IR3 IRN2 (41) + E-AGE40 E-TWICE (first at 09) + E-MOVE (examined at 09, now 13) = 44
        // 13: IL50 IG6 IGX3 IR5 IRN2 (66) + E-AGE74 E-D90 E-D91 E-DENTAL E-EARLY + E-CROSS (member of 47, facility
        // 13) = 72
        // 47: IL20 IG2 IGX1 IR2 IRN1 (26) + E-M10 E-M11 E-MED E-BP159 E-BEFORE = 31 (E-LEFT has left; E-OUT, E-KIND:
        // no lifestyle check-up in the year)
        assertFigures("LIFESTYLE_CHECKUP_RATE@2021", "09", 44, 73, "13", 72, 134, "47", 31, 47);
        // Σ 147 / Σ 254
        assertAssociation("LIFESTYLE_CHECKUP_RATE@2021", 147, 254);
    }

    @Test
    void lifestyleCheckupsCountedAtTheMembershipBranchFrom2024() {
        // 09: 41 + E-AGE40 E-TWICE = 43 (E-MOVE now counts in 13)
        // 13: 66 + E-AGE74 E-MOVE E-D90 E-D91 E-DENTAL E-EARLY = 72
        // 47: 26 + E-CROSS (its own member, wherever examined) E-M10 E-M11 E-MED E-BP159 E-BEFORE = 32
        assertFigures("LIFESTYLE_CHECKUP_RATE@2024", "09", 43, 73, "13", 72, 134, "47", 32, 47);
        assertAssociation("LIFESTYLE_CHECKUP_RATE@2024", 147, 254);
    }

    @Test
    void anInterimMonthEndCountsWhoIsEnrolledThenAndWhatWasDoneBy() {
        List<ComputedFigure> figures = engine().compute(
                        proofDirectory(),
                        FY2023,
                        AsOf.parse("2023-09"),
                        LIBRARY.inForce(FiscalYear.of(2024), List.of("LIFESTYLE_CHECKUP_RATE")));
        // Targets at 2023-09-30 (ages still at the year's end): 09 = 71 + E-AGE40 E-TWICE + E-MOVE (in 09 until
        // 09-30) = 74; 13 = 126 + E-AGE74 E-KIND (insured since 09-01) E-OUT E-D90 E-D91 E-DENTAL E-EARLY = 133;
        // 47 = 41 + E-CROSS E-M10 E-M11 E-MED E-BP159 E-BEFORE + E-LEFT (still enrolled) = 48.
        // Examined by 09-30: 09 = 41 + E-TWICE E-MOVE = 43 (E-AGE40 examined 10-10); 13 = 66 + E-DENTAL E-EARLY
        // = 68 (E-D90/91 examined in 2024-01, E-AGE74 on 10-10); 47 = 26 + E-CROSS E-M10 E-M11 E-MED E-BP159 E-BEFORE
        // E-LEFT = 33.
        assertThat(rows(figures)).containsExactly(row("09", 43, 74), row("13", 68, 133), row("47", 33, 48));
    }

    @Test
    void employerDataAndDependantCheckups() {
        // Employer data (IE): 10, 20, 5 over the insured targets.
        assertFigures("EMPLOYER_CHECKUP_DATA_RATE@2021", "09", 10, 73, "13", 20, 134, "47", 5, 47);
        // Dependant targets DS+DN+DG: 09 5+10+1 = 16, 13 8+12+2 = 22, 47 3+6+1 = 10; examined DS+DG: 6, 10, 4.
        // E-KIND had its 特定健診 as a dependant but is insured at the year's end: in neither.
        assertFigures("DEPENDENT_CHECKUP_RATE@2021", "09", 6, 16, "13", 10, 22, "47", 4, 10);
        assertAssociation("DEPENDENT_CHECKUP_RATE@2021", 20, 48);
    }

    @Test
    void healthGuidanceCompletedOverThoseSelected() {
        // Insured selected: IG+IGX = 6, 9, 3; completed (IG, 2024-02-01): 4, 6, 2.
        assertFigures("INSURED_GUIDANCE_RATE@2021", "09", 4, 6, "13", 6, 9, "47", 2, 3);
        // Dependants selected and completed: DG = 1, 2, 1.
        assertFigures("DEPENDENT_GUIDANCE_RATE@2021", "09", 1, 1, "13", 2, 2, "47", 1, 1);
    }

    @Test
    void referralVisitsWithinThreeMonthsOfTheLetter() {
        // Letters in the year: 09 IR3 IRN2 = 5; 13 IR5 IRN2 + E-D90 E-D91 E-DENTAL E-EARLY = 11; 47 IR2 IRN1 = 3.
        // Visited: IR (letter 07-10, visit 08-20); E-D90 (letter 2024-02-01, visit 05-01: day 90). Not E-D91 (day 91),
        // E-DENTAL (dental only), E-EARLY (visit before the letter). 09: 3, 13: 5+1 = 6, 47: 2.
        assertFigures("REFERRAL_VISIT_RATE@2021", "09", 3, 5, "13", 6, 11, "47", 2, 3);
        assertAssociation("REFERRAL_VISIT_RATE@2021", 11, 19);
    }

    @Test
    void referralVisitsWithinTenMonthsOfTheCheckupMonthAmongTheUntreated() {
        // Untreated above the criteria: 09 IR3 IRN2 = 5; 13 IR5 IRN2 + E-D90 E-D91 E-DENTAL (glucose 130) E-EARLY
        // (LDL 190) = 11; 47 IR2 IRN1 + E-M10 E-M11 E-BEFORE = 6 (E-MED is on medication, E-BP159 below 160).
        // Visited: 09 IR3; 13 IR5 + E-D90 E-D91 (month +4) + E-EARLY (visit before the letter, after the check-up)
        // = 8; 47 IR2 + E-M10 (month +10) = 3 (E-M11 is month +11, E-BEFORE's visit precedes the check-up).
        assertFigures("REFERRAL_VISIT_RATE@2024", "09", 3, 5, "13", 8, 11, "47", 3, 6);
        assertAssociation("REFERRAL_VISIT_RATE@2024", 14, 22);
    }

    @Test
    void genericShareByQuantityInTheYearEndMonthWithoutExcludedClasses() {
        // March 2024 lines: 09 generic 300 / (300 + 100) (D003 'other' and the 漢方製剤 generic 40 left out);
        // 13 120.5 / (120.5 + 79.5) (the February claim's 1000 left out); 47 60 / (60 + 20) (生薬 25 left out).
        assertFigures(
                "GENERIC_DRUG_SHARE@2021",
                "09",
                new BigDecimal("300"),
                new BigDecimal("400"),
                "13",
                new BigDecimal("120.5"),
                new BigDecimal("200"),
                "47",
                new BigDecimal("60"),
                new BigDecimal("80"));
        assertAssociation("GENERIC_DRUG_SHARE@2021", new BigDecimal("480.5"), new BigDecimal("680"));
    }

    @Test
    void reviewReductionsWithAndWithoutThePaymentFund() {
        // Points of claims with a service month in the year (yen = points × 10):
        // 09: IR visits 3×1,000 + 100,000 + 20,000 + drug claim 1,000 = 124,000 → 1,240,000 yen
        // 13: IR visits 5×1,000 + E-DENTAL 1,000 + E-EARLY 1,000 + 300,000 + 50,000 + drug claims 2×1,000 = 359,000
        //     (E-D90/91's May 2024 visits and the March 2023 claim are outside the year) → 3,590,000 yen
        // 47: IR visits 2×1,000 + E-M10 E-M11 E-MED E-BEFORE 4×1,000 + 40,000 + drug claim 1,000 = 47,000 → 470,000
        // Reductions: 09 association 300 + fund 200; 13 association 1,000 + fund 500 + 100; 47 association 400.
        assertFigures(
                "RECEIPT_REVIEW_RATE@2021", "09", 5_000, 1_240_000, "13", 16_000, 3_590_000, "47", 4_000, 470_000);
        assertFigures(
                "RECEIPT_REVIEW_RATE@2024", "09", 3_000, 1_240_000, "13", 10_000, 3_590_000, "47", 4_000, 470_000);
        assertAssociation("RECEIPT_REVIEW_RATE@2024", 17_000, 5_300_000);
        // Re-examined claims: 09 one (5,000 yen); 13 two (8,000 + 0 yen); 47 none, so no figure.
        assertFigures("REREVIEW_AMOUNT_PER_CASE@2021", "09", 5_000, 1, "13", 8_000, 2);
        assertAssociation("REREVIEW_AMOUNT_PER_CASE@2021", 13_000, 3);
    }

    @Test
    void cashBenefitsByPaymentAndByReceipt() {
        // Paid in the year: 09 A0 (7 days) A1 (10) A2 (11) = 2 of 3; 13 A4 A5 A7 (paid 2023-04-05, received in
        // FY2022) = 3 of 3 (A6 paid in FY2024); 47 A8 (12) A9 (6) = 1 of 2.
        assertFigures("SS_ACHIEVEMENT@2021", "09", 2, 3, "13", 3, 3, "47", 1, 2);
        // Received in the year: 09 A0 A1 by mail, A2 at the counter, A3 online = 2 of 4; 13 A4 A5 A6 by mail = 3 of 3
        // (A7 received in FY2022); 47 A8 counter, A9 mail = 1 of 2.
        assertFigures("MAIL_APPLICATION_RATE@2021", "09", 2, 4, "13", 3, 3, "47", 1, 2);
        assertFigures("COUNTER_RECEIPT_RATE@2025", "09", 1, 4, "13", 0, 3, "47", 1, 2);
        assertAssociation("MAIL_APPLICATION_RATE@2021", 6, 9);
    }

    @Test
    void cardsReturnedWithinAMonthOfTheLossOfEligibility() {
        // 09: H0 (06-15 → 07-15, the last day) and H2 (08-31 → 09-30, a month later at the month's end) of H0 H1 H2;
        // 13: H3 (11-30 → 12-20) and H4 (2024-03-10 → 04-05) of H3 H4 H5 (never returned);
        // 47: H6 (05-01 → 06-02, a day late) = 0 of 1 (H7 lost in FY2022).
        assertFigures("CARD_RECOVERY_RATE@2021", "09", 2, 3, "13", 2, 3, "47", 0, 1);
        assertAssociation("CARD_RECOVERY_RATE@2021", 4, 7);
    }

    @Test
    void refundClaimsUnderBothScopes() {
        // After loss of eligibility, raised in the year: 09 R0 60,000 of 100,000; 13 R3 200,000 of 200,000 (R4 is
        // FY2022); 47 R5 10,000 of 30,000.
        assertFigures(
                "REFUND_CLAIM_RECOVERY_RATE@2021", "09", 60_000, 100_000, "13", 200_000, 200_000, "47", 10_000, 30_000);
        // All but improper billing: 09 adds R2 (40,000 of 40,000; R1 is improper billing); 47 adds R6 (0 of 20,000).
        assertFigures(
                "REFUND_CLAIM_RECOVERY_RATE@2024",
                "09",
                100_000,
                140_000,
                "13",
                200_000,
                200_000,
                "47",
                10_000,
                50_000);
        assertAssociation("REFUND_CLAIM_RECOVERY_RATE@2024", 310_000, 390_000);
    }

    @Test
    void insuredOfOfficesWithAHealthInsuranceCommissioner() {
        // All insured enrolled at the year's end, any age. Office A (commissioner): IL IE IG IGX; the rest office B.
        // 09: A 30+10+4+2 = 46; B IN20 IR3 IRN2 Y5 + E-AGE39 E-AGE40 E-TWICE = 33 → 79
        // 13: A 50+20+6+3 = 79; B 40+5+2+10 + E-AGE74 E-AGE75 E-MOVE E-KIND E-OUT E-D90 E-D91 E-DENTAL E-EARLY = 66
        // → 145
        // 47: A 20+5+2+1 = 28; B 10+2+1+5 + E-CROSS E-M10 E-M11 E-MED E-BP159 E-BEFORE = 24 → 52
        assertFigures("HEALTH_COMMISSIONER_COVERAGE@2021", "09", 46, 79, "13", 79, 145, "47", 28, 52);
        assertAssociation("HEALTH_COMMISSIONER_COVERAGE@2021", 153, 276);
    }

    @Test
    void guidanceTargetsOfTheYearBeforeNoLongerGradedThisYear() {
        // Graded 動機付け・積極的支援 by a FY2022 check-up, examined in FY2023, check-up targets on 2024-03-31:
        // 09: IG4 IL3 DG1 + E-TWICE = 9; not graded again: IL3 + E-TWICE (two check-ups, one person) = 4
        // 13: IG6 IL5 DG2 + E-MOVE (graded in 09, counted at 13) E-KIND (a dependant then, insured now) = 15;
        //     not graded again: IL5 + E-MOVE E-KIND = 7
        // 47: IG2 IL2 DG1 + IE-47-000 (employer data this year) = 6; not graded again: IL2 + IE-47-000 = 3
        // Left out: IN-*-000/001 (no FY2023 check-up), E-OUT (graded 2023-03-20, next check-up in FY2024), E-AGE75
        // (75 at the year's end), E-LEFT (not enrolled on 2024-03-31).
        assertFigures("GUIDANCE_TARGET_REDUCTION_RATE@2018", "09", 4, 9, "13", 7, 15, "47", 3, 6);
        assertAssociation("GUIDANCE_TARGET_REDUCTION_RATE@2018", 14, 30);
    }

    @Test
    void everyDefinitionIsProvedHere() {
        assertThat(byVersion.keySet())
                .containsExactlyInAnyOrder(LIBRARY.all().stream()
                        .map(q ->
                                q.definition().kpiCode() + "@" + q.definition().definitionFy())
                        .toArray(String[]::new));
    }

    /**
     * The same figures from a Parquet copy of the proof, written by DuckDB: one {@code kind.parquet} per kind, except
     * the members, which are a directory {@code members/} of two files (the other layout a data set may have).
     */
    @Test
    void parquetFilesGiveTheSameFiguresAsTheCsv(@TempDir Path parquet) throws SQLException, IOException {
        Files.createDirectories(parquet.resolve("members"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            for (RecordKind kind : RecordKind.values()) {
                s.execute(RecordFiles.viewSql(proofDirectory(), kind));
                if (kind == RecordKind.MEMBERS) {
                    s.execute("COPY (SELECT * FROM members WHERE member_id < 'IN') TO "
                            + RecordFiles.literal(parquet.resolve("members/part-0.parquet")) + " (FORMAT parquet)");
                    s.execute("COPY (SELECT * FROM members WHERE member_id >= 'IN') TO "
                            + RecordFiles.literal(parquet.resolve("members/part-1.parquet")) + " (FORMAT parquet)");
                    continue;
                }
                s.execute("COPY " + kind.fileName() + " TO "
                        + RecordFiles.literal(parquet.resolve(kind.fileName() + ".parquet")) + " (FORMAT parquet)");
            }
        }
        List<ComputedFigure> fromParquet = engine().compute(parquet, FY2023, Optional.empty(), LIBRARY.all());
        List<ComputedFigure> fromCsv =
                byVersion.values().stream().flatMap(List::stream).toList();
        assertThat(rowsWithVersion(fromParquet)).containsExactlyElementsOf(rowsWithVersion(fromCsv));
    }

    /** A data set written before drug lines carried their month: the file and the column are named. */
    @Test
    void aFileWithoutADeclaredColumnIsRefusedNamingTheFileAndTheColumn(@TempDir Path set)
            throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            for (RecordKind kind : RecordKind.values()) {
                s.execute(RecordFiles.viewSql(proofDirectory(), kind));
                String columns = kind == RecordKind.DRUG_LINES ? "* EXCLUDE (service_month)" : "*";
                s.execute("COPY (SELECT " + columns + " FROM " + kind.fileName() + ") TO "
                        + RecordFiles.literal(set.resolve(kind.fileName() + ".parquet")) + " (FORMAT parquet)");
            }
        }
        assertThatThrownBy(() -> engine().compute(set, FY2023, Optional.empty(), LIBRARY.all()))
                .isInstanceOf(RecordsException.class)
                .hasMessageContaining("drug_lines.parquet（薬剤明細）に列がありません: service_month");
    }

    @Test
    void theAssociationValueIsTheQuotientOfTheSums() {
        KpiDefinition lifestyle = definition("LIFESTYLE_CHECKUP_RATE@2024");
        AssociationWideValue value = AssociationFigures.of(lifestyle, byVersion.get("LIFESTYLE_CHECKUP_RATE@2024"));
        // 147 / 254 = 57.874…% → 57.9 at the KPI's one decimal, from the three branches' sums.
        assertThat(value.value()).contains(new BigDecimal("57.9"));
        assertThat(value.numeratorSum()).contains(new BigDecimal(147));
        assertThat(value.denominatorSum()).contains(new BigDecimal(254));
        assertThat(value.contributing()).isEqualTo(3);
        // Not the mean of the branches' rates (43/73, 72/134, 32/47 → 58.9%, 53.7%, 68.1%: mean 60.2%).
        assertThat(value.value().orElseThrow()).isNotEqualByComparingTo("60.2");
    }

    // ---- helpers

    private static Path proof;

    /**
     * The proof's record files in a folder: copied out of the class path once, so that the test runs the same from
     * this module's test classes and from its test jar (the Spark module's proof).
     */
    public static synchronized Path proofDirectory() {
        if (proof != null) return proof;
        try {
            Path folder = Files.createTempDirectory("kenpo-proof-");
            for (RecordKind kind : RecordKind.values()) {
                String resource = "/proof/" + kind.fileName() + ".csv";
                try (InputStream in = RecordsEngineProofTest.class.getResourceAsStream(resource)) {
                    if (in == null) throw new IllegalStateException("missing " + resource);
                    Files.copy(in, folder.resolve(kind.fileName() + ".csv"));
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (RecordKind kind : RecordKind.values())
                    folder.resolve(kind.fileName() + ".csv").toFile().delete();
                folder.toFile().delete();
            }));
            proof = folder;
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private KpiDefinition definition(String version) {
        return byVersion.get(version).get(0).definition();
    }

    private void assertFigures(String version, Object... branchNumeratorDenominator) {
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < branchNumeratorDenominator.length; i += 3) {
            expected.add(row(
                    (String) branchNumeratorDenominator[i],
                    branchNumeratorDenominator[i + 1],
                    branchNumeratorDenominator[i + 2]));
        }
        assertThat(byVersion).as(version).containsKey(version);
        assertThat(rows(byVersion.get(version))).as(version).containsExactlyElementsOf(expected);
    }

    private void assertAssociation(String version, Object numerator, Object denominator) {
        ComputedFigure association = AssociationFigures.figure(definition(version), byVersion.get(version))
                .orElseThrow();
        assertThat(row("00", association.numerator(), association.denominator()))
                .isEqualTo(row("00", numerator, denominator));
    }

    private static List<String> rows(List<ComputedFigure> figures) {
        return figures.stream()
                .map(f -> row(f.org().value(), f.numerator(), f.denominator()))
                .toList();
    }

    private static List<String> rowsWithVersion(List<ComputedFigure> figures) {
        return figures.stream()
                .map(f -> f.kpiCode() + "@" + f.definitionVersion() + " "
                        + row(f.org().value(), f.numerator(), f.denominator()))
                .toList();
    }

    /** "09 44/73", numbers compared by value (120.500 = 120.5). */
    private static String row(String branch, Object numerator, Object denominator) {
        return branch + " " + plain(numerator) + "/" + plain(denominator);
    }

    private static String plain(Object n) {
        return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
}
