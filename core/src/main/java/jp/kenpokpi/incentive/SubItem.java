package jp.kenpokpi.incentive;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Optional;

/**
 * A sub-item an indicator is scored on (each gets its own 偏差値, weighted within the indicator), with how its value
 * comes from the branch's {@link IndicatorInput}. The key names it in incentive-scheme.csv.
 */
public enum SubItem {
    CHECK_UP_RATE_LEVEL(Indicator.CHECK_UP_RATE, Measure.LEVEL),
    CHECK_UP_RATE_RISE(Indicator.CHECK_UP_RATE, Measure.RISE_IN_POINTS),
    CHECK_UP_COUNT_RISE(Indicator.CHECK_UP_RATE, Measure.COUNT_RISE_PERCENT),
    HEALTH_GUIDANCE_RATE_LEVEL(Indicator.HEALTH_GUIDANCE_RATE, Measure.LEVEL),
    HEALTH_GUIDANCE_RATE_RISE(Indicator.HEALTH_GUIDANCE_RATE, Measure.RISE_IN_POINTS),
    HEALTH_GUIDANCE_COUNT_RISE(Indicator.HEALTH_GUIDANCE_RATE, Measure.COUNT_RISE_PERCENT),
    GUIDANCE_TARGET_REDUCTION_LEVEL(Indicator.GUIDANCE_TARGET_REDUCTION, Measure.LEVEL),
    REFERRAL_VISIT_RATE_LEVEL(Indicator.REFERRAL_VISIT_RATE, Measure.LEVEL),
    REFERRAL_VISIT_RATE_RISE(Indicator.REFERRAL_VISIT_RATE, Measure.RISE_IN_POINTS),
    GENERIC_DRUG_SHARE_LEVEL(Indicator.GENERIC_DRUG_SHARE, Measure.LEVEL),
    GENERIC_DRUG_SHARE_RISE(Indicator.GENERIC_DRUG_SHARE, Measure.RISE_IN_POINTS);

    /** How a sub-item's value is taken from the inputs. */
    public enum Measure {
        /** The year's rate (or share) itself, in %. */
        LEVEL("level", "%"),
        /** This year's rate minus last year's, in points. */
        RISE_IN_POINTS("rise", "ポイント"),
        /** (count this year − count last year) / count last year × 100, in %. */
        COUNT_RISE_PERCENT("count_rise", "%");

        private final String key;
        private final String unitJa;

        Measure(String key, String unitJa) {
            this.key = key;
            this.unitJa = unitJa;
        }

        public String unitJa() {
            return unitJa;
        }
    }

    private final Indicator indicator;
    private final Measure measure;

    SubItem(Indicator indicator, Measure measure) {
        this.indicator = indicator;
        this.measure = measure;
    }

    public Indicator indicator() {
        return indicator;
    }

    public Measure measure() {
        return measure;
    }

    /** The name in incentive-scheme.csv: 1.level, 1.rise, 1.count_rise, 3.level, … */
    public String key() {
        return indicator.number() + "." + measure.key;
    }

    /** 実施率, 実施率の対前年度上昇幅, 実施件数の対前年度上昇率, 減少率, 受診率, 使用割合, … */
    public String labelJa() {
        String level = switch (indicator) {
            case CHECK_UP_RATE, HEALTH_GUIDANCE_RATE -> "実施率";
            case GUIDANCE_TARGET_REDUCTION -> "減少率";
            case REFERRAL_VISIT_RATE -> "受診率";
            case GENERIC_DRUG_SHARE -> "使用割合";
        };
        return switch (measure) {
            case LEVEL -> level;
            case RISE_IN_POINTS -> level + "の対前年度上昇幅";
            case COUNT_RISE_PERCENT -> "実施件数の対前年度上昇率";
        };
    }

    /** The sub-item's value for a branch, or empty where the inputs it needs are missing. */
    public Optional<BigDecimal> valueOf(IndicatorInput input) {
        return switch (measure) {
            case LEVEL -> input.rate();
            case RISE_IN_POINTS -> input.rate().flatMap(r -> input.priorRate().map(r::subtract));
            case COUNT_RISE_PERCENT -> {
                if (input.count().isEmpty()
                        || input.priorCount().isEmpty()
                        || input.priorCount().getAsLong() <= 0) {
                    yield Optional.empty();
                }
                long prior = input.priorCount().getAsLong();
                yield Optional.of(BigDecimal.valueOf(input.count().getAsLong() - prior)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(prior), MathContext.DECIMAL64));
            }
        };
    }

    public static Optional<SubItem> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
