package jp.kenpokpi.sampledata;

import static jp.kenpokpi.sampledata.Denominator.APPLICATIONS;
import static jp.kenpokpi.sampledata.Denominator.CARDS;
import static jp.kenpokpi.sampledata.Denominator.CONFIRMATION_OFFICES;
import static jp.kenpokpi.sampledata.Denominator.DEPENDENTS_40_PLUS;
import static jp.kenpokpi.sampledata.Denominator.DEPENDENT_GUIDANCE;
import static jp.kenpokpi.sampledata.Denominator.GENERIC_QUANTITY;
import static jp.kenpokpi.sampledata.Denominator.INSURED;
import static jp.kenpokpi.sampledata.Denominator.INSURED_40_PLUS;
import static jp.kenpokpi.sampledata.Denominator.INSURED_GUIDANCE;
import static jp.kenpokpi.sampledata.Denominator.JUDO_CLAIMS;
import static jp.kenpokpi.sampledata.Denominator.MEDICAL_COSTS;
import static jp.kenpokpi.sampledata.Denominator.MEMBERS;
import static jp.kenpokpi.sampledata.Denominator.PAYMENTS;
import static jp.kenpokpi.sampledata.Denominator.REFERRALS;
import static jp.kenpokpi.sampledata.Denominator.REFUND_CLAIMS;
import static jp.kenpokpi.sampledata.Denominator.REREVIEW_CASES;
import static jp.kenpokpi.sampledata.Denominator.TENDERS;
import static jp.kenpokpi.sampledata.Denominator.UNTREATED;
import static jp.kenpokpi.sampledata.KpiLevel.Interim.CUMULATIVE;
import static jp.kenpokpi.sampledata.KpiLevel.Interim.FLOW;
import static jp.kenpokpi.sampledata.KpiLevel.Interim.STOCK;
import static jp.kenpokpi.sampledata.KpiLevel.Shape.COUNT;
import static jp.kenpokpi.sampledata.KpiLevel.Shape.DONE;
import static jp.kenpokpi.sampledata.KpiLevel.Shape.MEASURE;
import static jp.kenpokpi.sampledata.KpiLevel.Shape.RATIO;

import java.util.List;
import jp.kenpokpi.sampledata.KpiLevel.Interim;

/**
 * The levels the synthetic values are drawn around, one row per KPI definition version. The association's levels
 * are the real ones where a seed report prints them — FY2020 from hq-fy2021-first-half-status.txt (前年度最終結果),
 * FY2022 from the prior-year figures behind the association's relative FY2023 targets and FY2023 from the Akita
 * plan's reference table and Tochigi's 全国平均 — and plausible interpolations or continuations otherwise. Spreads
 * follow the branches the seeds show (東北6県 and 栃木). Levels under a definition introduced in FY2024 start in
 * FY2023, the year restated under it.
 *
 * <p>Columns as in {@link KpiLevel}: sprd is the spread of the branches' stable offsets, noise their yearly
 * variation, both in the KPI's unit — or as fractions of the level for the rows marked proportionally() and for
 * counts; exp is how a count grows with branch size.
 */
final class KpiLevels {

    private static final double NA = Double.NaN;

    private static final List<KpiLevel> TABLE = List.of(
            //    code                            def   denominator           interim     min   max    sprd  noise
            // association FY2020 … FY2025
            // Most branches print 100% (every seed branch does); a level just above 100, cut at 100, gives that
            // with a few large branches just below it. FY2020 is the real 99.52%.
            ratio(
                    "SS_ACHIEVEMENT",
                    2021,
                    PAYMENTS,
                    FLOW,
                    98.0,
                    100.0,
                    0.05,
                    0.03,
                    99.55,
                    100.04,
                    100.04,
                    100.04,
                    100.04,
                    100.04),
            ratio(
                    "MAIL_APPLICATION_RATE",
                    2021,
                    APPLICATIONS,
                    FLOW,
                    85.0,
                    99.9,
                    1.5,
                    0.6,
                    94.8,
                    95.3,
                    95.5,
                    95.6,
                    95.8,
                    NA),
            // Its first target (FY2025) is relative, so FY2024 is generated as its base: about what is not mailed.
            ratio("COUNTER_RECEIPT_RATE", 2025, APPLICATIONS, FLOW, 1.0, 12.0, 1.4, 0.5, NA, NA, NA, NA, 4.6, 4.3),
            ratio(
                            "JUDO_MULTI_FREQUENT_RATE",
                            2021,
                            JUDO_CLAIMS,
                            FLOW,
                            0.10,
                            1.80,
                            0.30,
                            0.07,
                            1.12,
                            0.99,
                            0.86,
                            0.83,
                            NA,
                            NA)
                    .proportionally(),
            ratio(
                    "DEPENDENT_CONFIRMATION_RATE",
                    2021,
                    CONFIRMATION_OFFICES,
                    STOCK,
                    80.0,
                    99.5,
                    2.2,
                    0.8,
                    91.3,
                    91.8,
                    90.5,
                    89.1,
                    NA,
                    NA),
            ratio(
                            "RECEIPT_REVIEW_RATE",
                            2021,
                            MEDICAL_COSTS,
                            FLOW,
                            0.10,
                            0.80,
                            0.15,
                            0.05,
                            0.318,
                            0.330,
                            0.337,
                            0.423,
                            NA,
                            NA)
                    .proportionally(),
            // The association's own review only: a fraction of the rate combined with the payment fund's.
            ratio(
                            "RECEIPT_REVIEW_RATE",
                            2024,
                            MEDICAL_COSTS,
                            FLOW,
                            0.03,
                            0.30,
                            0.20,
                            0.06,
                            NA,
                            NA,
                            NA,
                            0.120,
                            0.125,
                            0.130)
                    .proportionally()
                    .carrying(0.6),
            ratio(
                            "REREVIEW_AMOUNT_PER_CASE",
                            2021,
                            REREVIEW_CASES,
                            FLOW,
                            2500,
                            16000,
                            0.20,
                            0.06,
                            5377,
                            6000,
                            7125,
                            8472,
                            8700,
                            9000)
                    .proportionally(),
            // Falling towards the abolition of the health insurance card (December 2024).
            ratio("CARD_RECOVERY_RATE", 2021, CARDS, FLOW, 60.0, 99.5, 3.0, 1.2, 92.41, 89.50, 86.27, 82.10, 80.00, NA),
            // The Tohoku branches recover 72–89% against the association's 53%: a wide spread.
            ratio(
                    "REFUND_CLAIM_RECOVERY_RATE",
                    2021,
                    REFUND_CLAIMS,
                    FLOW,
                    25.0,
                    97.0,
                    10.0,
                    3.0,
                    53.40,
                    54.00,
                    54.35,
                    53.29,
                    NA,
                    NA),
            ratio(
                            "REFUND_CLAIM_RECOVERY_RATE",
                            2024,
                            REFUND_CLAIMS,
                            FLOW,
                            25.0,
                            97.0,
                            10.0,
                            3.0,
                            NA,
                            NA,
                            NA,
                            57.0,
                            57.5,
                            58.0)
                    .carrying(0.8),
            ratio("MYNUMBER_RECORDING_RATE", 2021, MEMBERS, STOCK, 93.0, 99.9, 0.8, 0.2, 97.5, 97.5, NA, NA, NA, NA),
            ratio(
                    "LIFESTYLE_CHECKUP_RATE",
                    2021,
                    INSURED_40_PLUS,
                    CUMULATIVE,
                    35.0,
                    90.0,
                    6.0,
                    1.0,
                    51.0,
                    54.6,
                    56.3,
                    57.7,
                    NA,
                    NA),
            // Counted by the member's branch instead of the branch where the check-up took place: the association's
            // rate is unchanged, branches keep most of their standing.
            ratio(
                            "LIFESTYLE_CHECKUP_RATE",
                            2024,
                            INSURED_40_PLUS,
                            CUMULATIVE,
                            35.0,
                            90.0,
                            5.5,
                            1.0,
                            NA,
                            NA,
                            NA,
                            57.7,
                            59.0,
                            60.3)
                    .carrying(0.85),
            ratio(
                            "EMPLOYER_CHECKUP_DATA_RATE",
                            2021,
                            INSURED_40_PLUS,
                            CUMULATIVE,
                            2.0,
                            30.0,
                            0.30,
                            0.08,
                            8.0,
                            8.2,
                            8.4,
                            7.1,
                            7.8,
                            8.4)
                    .proportionally(),
            ratio(
                    "DEPENDENT_CHECKUP_RATE",
                    2021,
                    DEPENDENTS_40_PLUS,
                    CUMULATIVE,
                    10.0,
                    50.0,
                    4.0,
                    1.0,
                    21.3,
                    25.6,
                    27.7,
                    28.3,
                    29.0,
                    29.8),
            ratio(
                    "INSURED_GUIDANCE_RATE",
                    2021,
                    INSURED_GUIDANCE,
                    CUMULATIVE,
                    5.0,
                    45.0,
                    4.5,
                    1.5,
                    15.5,
                    17.0,
                    18.4,
                    19.8,
                    21.5,
                    23.0),
            ratio(
                    "DEPENDENT_GUIDANCE_RATE",
                    2021,
                    DEPENDENT_GUIDANCE,
                    CUMULATIVE,
                    1.0,
                    45.0,
                    6.0,
                    2.5,
                    13.1,
                    13.8,
                    14.8,
                    15.6,
                    16.5,
                    17.5),
            ratio("REFERRAL_VISIT_RATE", 2021, REFERRALS, FLOW, 4.0, 18.0, 1.4, 0.7, 10.1, 10.4, 9.8, 9.2, NA, NA),
            // A different indicator from FY2024 (visits within 10 months of the check-up, of all the untreated).
            ratio("REFERRAL_VISIT_RATE", 2024, UNTREATED, FLOW, 20.0, 50.0, 2.5, 1.0, NA, NA, NA, 33.0, 34.0, 35.0)
                    .carrying(0.5),
            ratio(
                    "HEALTH_COMMISSIONER_COVERAGE",
                    2021,
                    INSURED,
                    STOCK,
                    30.0,
                    85.0,
                    5.0,
                    1.0,
                    45.3,
                    47.6,
                    50.2,
                    52.6,
                    54.0,
                    55.2),
            ratio(
                    "GENERIC_DRUG_SHARE",
                    2021,
                    GENERIC_QUANTITY,
                    FLOW,
                    70.0,
                    92.0,
                    2.5,
                    0.4,
                    79.2,
                    80.3,
                    81.0,
                    82.0,
                    83.5,
                    85.0),
            // Rounded to whole tenders: a branch with 7 prints 0.0%, 14.3% or 28.6%, as real ones do.
            ratio("SINGLE_BID_RATE", 2021, TENDERS, FLOW, 0.0, 25.0, 6.0, 3.0, 15.5, 13.0, 11.5, 9.9, 9.5, 9.0),

            //    code                            def   exp  interim     sprd  noise association's total FY2020 … FY2025
            // Spread over branches by the square root of size: about 600 to 5,000 offices, not Tokyo's tenfold.
            count(
                    "HEALTH_DECLARATION_OFFICES",
                    2021,
                    0.5,
                    CUMULATIVE,
                    0.25,
                    0.03,
                    54616,
                    66000,
                    80000,
                    94740,
                    106000,
                    117000),
            // Its first target (FY2024) is relative, so FY2023 is generated as its base. About 1,000 to 20,000.
            count("HEALTH_COMMISSIONER_OFFICES", 2024, 0.9, STOCK, 0.20, 0.02, NA, NA, NA, 175000, 181000, 187000),

            //      code                            def   min  max  sprd noise association FY2020 … FY2025
            measure("SS_AVERAGE_DAYS", 2025, 4.5, 9.0, 0.6, 0.25, NA, NA, NA, NA, NA, 6.3),
            measure("SNS_POSTS_PER_MONTH", 2025, 1.0, 8.0, 0.8, 0.5, NA, NA, NA, NA, NA, 2.8),

            //   code                            def   share of the branches carrying it out, FY2020 … FY2025
            // FY2020 is the real 30 of 47 branches.
            done("OPINION_ADVOCACY", 2021, 0.64, 0.93, 0.93, 0.93, 0.93, 0.93),
            done("BIOSIMILAR_PROMOTION", 2025, NA, NA, NA, NA, NA, 0.93));

    private KpiLevels() {}

    static KpiLevel get(String kpiCode, int definitionFy) {
        return TABLE.stream()
                .filter(l -> l.kpiCode().equals(kpiCode) && l.definitionFy() == definitionFy)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("合成データの水準表に " + kpiCode + "（定義" + definitionFy + "年度版）がありません"));
    }

    /** The version a later one replaced: the same KPI's level with the latest earlier definition year. */
    static KpiLevel previousVersion(KpiLevel level) {
        return TABLE.stream()
                .filter(l -> l.kpiCode().equals(level.kpiCode()) && l.definitionFy() < level.definitionFy())
                .max(java.util.Comparator.comparingInt(KpiLevel::definitionFy))
                .orElseThrow(() -> new IllegalStateException(
                        level.kpiCode() + "（定義" + level.definitionFy() + "年度版）が引き継ぐ前の版が水準表にありません"));
    }

    /** numerator / denominator, both drawn: a rate in %, or an amount per case in 円 (then without the ×100). */
    private static KpiLevel ratio(
            String code,
            int definitionFy,
            Denominator denominator,
            Interim interim,
            double min,
            double max,
            double spread,
            double noise,
            double... association) {
        return new KpiLevel(
                code, definitionFy, RATIO, false, association, spread, noise, min, max, denominator, interim, 0, 1);
    }

    private static KpiLevel count(
            String code,
            int definitionFy,
            double sizeExponent,
            Interim interim,
            double spread,
            double noise,
            double... association) {
        return new KpiLevel(
                code,
                definitionFy,
                COUNT,
                true,
                association,
                spread,
                noise,
                1,
                Double.MAX_VALUE,
                null,
                interim,
                0,
                sizeExponent);
    }

    private static KpiLevel measure(
            String code, int definitionFy, double min, double max, double spread, double noise, double... association) {
        return new KpiLevel(code, definitionFy, MEASURE, false, association, spread, noise, min, max, null, FLOW, 0, 1);
    }

    private static KpiLevel done(String code, int definitionFy, double... shareCarryingOut) {
        return new KpiLevel(code, definitionFy, DONE, false, shareCarryingOut, 0, 0, 0, 1, null, FLOW, 0, 1);
    }
}
