package jp.kenpokpi.incentive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;

/**
 * The small hand-computed case the incentive tests share: four branches (01 A, 02 B, 03 C, 04 D), FY2023 results,
 * where most sub-items are equal (so score 50) and the rest take two values whose 偏差値 are 40 and 60.
 *
 * <pre>
 *            ① rate 50/50/54/54 → 40 40 60 60; rise 0, count rise 0 → 50   ① = 0.6·dev + 0.2·50 + 0.2·50
 *                                                                          = 44 44 56 56
 *            ② rate 20 → 50; rise 1 1 −1 −1 (prior 19 19 21 21) → 60 60 40 40; count rise 0 → 50
 *                                                                          ② = 30 + 0.2·dev + 10 = 52 52 48 48
 *            ③ reduction rate 30 34 30 34 → 40 60 40 60                   ③ = 40 60 40 60
 *            ④ rate 60 → 50; rise 1 −1 −1 1 (prior 59 61 61 59) → 60 40 40 60  ④ = 25 + 0.5·dev = 55 45 45 55
 *            ⑤ share 80, rise 0 → 50 50                                   ⑤ = 50 50 50 50
 *   totals   A 44+52+40+55+50 = 241, B 44+52+60+45+50 = 251, C 56+48+40+45+50 = 239, D 56+48+60+55+50 = 269
 *   ranks    D 1, B 2, A 3, C 4
 * </pre>
 *
 * Every branch's premium base is 10億円, so the FY2025 fund (0.01%) is 4 × 10億 × 0.0001 = 400,000円.
 */
final class IncentiveFixtures {

    static final OrgCode A = OrgCode.of("01");
    static final OrgCode B = OrgCode.of("02");
    static final OrgCode C = OrgCode.of("03");
    static final OrgCode D = OrgCode.of("04");
    static final FiscalYear FY2023 = FiscalYear.of(2023);
    static final long BASE = 1_000_000_000L;

    private IncentiveFixtures() {}

    static IncentiveInputs fourBranches() {
        Map<OrgCode, Map<Indicator, IndicatorInput>> inputs = new TreeMap<>();
        inputs.put(A, branch("50", "19", "30", "59"));
        inputs.put(B, branch("50", "19", "34", "61"));
        inputs.put(C, branch("54", "21", "30", "61"));
        inputs.put(D, branch("54", "21", "34", "59"));
        return new IncentiveInputs(FY2023, inputs, Map.of(A, BASE, B, BASE, C, BASE, D, BASE));
    }

    /** ① rate (prior = rate, counts 100 → 100 of 200), ② prior rate, ③ reduction rate, ④ prior rate. */
    static Map<Indicator, IndicatorInput> branch(
            String checkUpRate, String guidancePriorRate, String reduction, String referralPriorRate) {
        Map<Indicator, IndicatorInput> byIndicator = new EnumMap<>(Indicator.class);
        byIndicator.put(
                Indicator.CHECK_UP_RATE, IndicatorInput.ratesAndCounts(checkUpRate, checkUpRate, 100, 100, 200));
        byIndicator.put(
                Indicator.HEALTH_GUIDANCE_RATE, IndicatorInput.ratesAndCounts("20", guidancePriorRate, 50, 50, 250));
        byIndicator.put(Indicator.GUIDANCE_TARGET_REDUCTION, IndicatorInput.rate(reduction));
        byIndicator.put(Indicator.REFERRAL_VISIT_RATE, IndicatorInput.rates("60", referralPriorRate));
        byIndicator.put(Indicator.GENERIC_DRUG_SHARE, IndicatorInput.rates("80", "80"));
        return byIndicator;
    }

    /** The shipped parameters with the reward line, the sharing formula and the missing-input rule replaced. */
    static SchemeParameters parameters(int rewardLine, SharingFormula sharing, MissingInputRule missing) {
        String kept = reference()
                .lines()
                .filter(l ->
                        !l.startsWith("reward_line,") && !l.startsWith("sharing,") && !l.startsWith("missing_input,"))
                .collect(Collectors.joining("\n"));
        return SchemeParametersCsv.read(kept + "\nreward_line,,2018,," + rewardLine + ",テスト\nsharing,,2018,," + sharing
                + ",テスト\nmissing_input,,2018,," + missing + ",テスト\n");
    }

    static SchemeParameters topTwo() {
        return parameters(2, SharingFormula.PROPORTIONAL_TO_TOTAL, MissingInputRule.LOWEST_SCORE);
    }

    static String reference() {
        try (InputStream in = IncentiveFixtures.class.getResourceAsStream(SchemeParametersCsv.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
