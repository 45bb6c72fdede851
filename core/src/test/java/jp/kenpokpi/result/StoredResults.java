package jp.kenpokpi.result;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.Unit;
import jp.kenpokpi.value.UnreadableValueException;

/**
 * Test data: stored results and targets as a report or a file gives them. A result has nothing printed beside it
 * (no national value, rank, mark, self-evaluation, note or source) and is not synthetic unless a test says so, so
 * that a test names only what its rule reads.
 */
public final class StoredResults {

    private StoredResults() {}

    /** A year-end result of an organisation under one definition version; no value until the test gives one. */
    public static Builder yearEnd(OrgCode org, FiscalYear year, String kpiCode, int definitionFy) {
        return new Builder(org, year, Optional.empty(), kpiCode, definitionFy);
    }

    public static Builder yearEnd(String org, FiscalYear year, String kpiCode, int definitionFy) {
        return yearEnd(OrgCode.of(org), year, kpiCode, definitionFy);
    }

    /** An interim result as of a month, counted in that month's fiscal year. */
    public static Builder interim(String org, AsOf asOf, String kpiCode, int definitionFy) {
        return new Builder(OrgCode.of(org), asOf.fiscalYear(), Optional.of(asOf), kpiCode, definitionFy);
    }

    /** A target as printed in a branch's plan. */
    public static StoredTarget target(String org, FiscalYear year, String kpiCode, String text) {
        return new StoredTarget(OrgCode.of(org), year, kpiCode, text, Optional.empty(), Optional.empty(), false);
    }

    /** A value as a report prints it ("57.7%", "実施"), read by the parser every import uses. */
    public static PrintedValue parsed(String printed) {
        try {
            return PrintedValueParser.parse(printed).value();
        } catch (UnreadableValueException e) {
            throw new IllegalArgumentException(printed, e);
        }
    }

    /** A rate printed as a number of percent. */
    public static Result percent(String value) {
        return Result.of(new PrintedValue.Amount(new BigDecimal(value), Optional.of(Unit.PERCENT)));
    }

    /** A ratio KPI's result given as numerator and denominator only, nothing printed. */
    public static Result ratio(long numerator, long denominator) {
        return new Result(
                new PrintedValue.NotYet(),
                Optional.of(BigDecimal.valueOf(numerator)),
                Optional.of(BigDecimal.valueOf(denominator)));
    }

    /** Builds one {@link StoredResult}; each setter names one thing the organisation printed or the data is. */
    public static final class Builder {
        private final OrgCode org;
        private final FiscalYear year;
        private final Optional<AsOf> asOf;
        private final String kpiCode;
        private final int definitionFy;
        private Optional<String> actualText = Optional.empty();
        private Result result = Result.none();
        private Optional<String> national = Optional.empty();
        private Optional<String> note = Optional.empty();
        private boolean synthetic;

        private Builder(OrgCode org, FiscalYear year, Optional<AsOf> asOf, String kpiCode, int definitionFy) {
            this.org = org;
            this.year = year;
            this.asOf = asOf;
            this.kpiCode = kpiCode;
            this.definitionFy = definitionFy;
        }

        /** The result as printed: kept as text and read as the value. */
        public Builder printed(String actual) {
            this.actualText = Optional.of(actual);
            this.result = Result.of(parsed(actual));
            return this;
        }

        /** The result with no printed text: a value, or a numerator and denominator. */
        public Builder value(Result value) {
            this.result = value;
            return this;
        }

        /** The 全国平均 printed beside the result ("82.0%"): kept as text and read as its number. */
        public Builder national(String text) {
            this.national = Optional.of(text);
            return this;
        }

        public Builder note(String text) {
            this.note = Optional.of(text);
            return this;
        }

        /** Whether the value was made up by the sample-data generator (架空). */
        public Builder synthetic(boolean made) {
            this.synthetic = made;
            return this;
        }

        public StoredResult build() {
            return new StoredResult(
                    org,
                    year,
                    asOf,
                    kpiCode,
                    definitionFy,
                    actualText,
                    result,
                    national,
                    national.map(text -> ((PrintedValue.Amount) parsed(text)).number()),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    note,
                    Optional.empty(),
                    synthetic,
                    Optional.empty(),
                    Optional.empty());
        }
    }
}
