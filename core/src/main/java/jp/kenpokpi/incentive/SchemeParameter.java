package jp.kenpokpi.incentive;

import java.util.Optional;
import jp.kenpokpi.period.FiscalYear;

/**
 * One row of incentive-scheme.csv: a parameter, valid for a span of years, with where its value comes from.
 *
 * @param name weight, reward_line, fund_rate, rates_year_offset, sharing or missing_input
 * @param key the sub-item of a weight (1.level, …), empty for the others
 * @param from the first year it applies to: a results year, but a premium-rate year for fund_rate
 * @param to the last year, or empty for every year since
 * @param sourceJa where the value comes from; one that begins with 仮定 is an assumption, printed as such
 */
public record SchemeParameter(
        String name, String key, FiscalYear from, Optional<FiscalYear> to, String value, String sourceJa) {

    public static final String ASSUMED = "仮定";

    public boolean appliesTo(FiscalYear year) {
        return !year.isBefore(from) && to.map(t -> !year.isAfter(t)).orElse(true);
    }

    public boolean assumed() {
        return sourceJa.startsWith(ASSUMED);
    }
}
