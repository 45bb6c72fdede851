package jp.kenpokpi.incentive;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;

/**
 * Everything the engine scores a results year from: each branch's inputs per indicator (an indicator absent from a
 * branch's map is a missing input) and each branch's premium base (総報酬額, yen), on which the fund is raised and
 * the rate reductions are paid.
 */
public record IncentiveInputs(
        FiscalYear resultsYear, Map<OrgCode, Map<Indicator, IndicatorInput>> inputs, Map<OrgCode, Long> premiumBases) {

    public IncentiveInputs {
        Map<OrgCode, Map<Indicator, IndicatorInput>> copy = new TreeMap<>();
        for (Map.Entry<OrgCode, Map<Indicator, IndicatorInput>> e : inputs.entrySet()) {
            OrgCode branch = e.getKey();
            if (branch.isAssociation()) throw new IllegalArgumentException("協会全体（00）は支部として採点しません");
            if (!premiumBases.containsKey(branch)) {
                throw new IllegalArgumentException(branch + "支部の総報酬額がないため、原資と減算率を計算できません");
            }
            copy.put(branch, Map.copyOf(e.getValue()));
        }
        for (Map.Entry<OrgCode, Long> e : premiumBases.entrySet()) {
            if (e.getValue() <= 0) {
                throw new IllegalArgumentException(e.getKey() + "支部の総報酬額は正の数にしてください: " + e.getValue());
            }
        }
        inputs = Collections.unmodifiableMap(copy);
        premiumBases = Map.copyOf(premiumBases);
    }

    /** The branch's input for an indicator, {@link IndicatorInput#NONE} where it has none. */
    public IndicatorInput input(OrgCode branch, Indicator indicator) {
        return inputs.getOrDefault(branch, Map.of()).getOrDefault(indicator, IndicatorInput.NONE);
    }

    /** The same inputs with one branch's input for one indicator replaced (a what-if). */
    public IncentiveInputs with(OrgCode branch, Indicator indicator, IndicatorInput input) {
        Map<OrgCode, Map<Indicator, IndicatorInput>> changed = new TreeMap<>(inputs);
        Map<Indicator, IndicatorInput> byIndicator = new EnumMap<>(Indicator.class);
        byIndicator.putAll(inputs.getOrDefault(branch, Map.of()));
        byIndicator.put(indicator, input);
        changed.put(branch, byIndicator);
        return new IncentiveInputs(resultsYear, changed, premiumBases);
    }
}
