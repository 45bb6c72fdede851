package jp.kenpokpi.result;

import java.util.Optional;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.UnreadableValueException;

/**
 * Year-end results as the import stores them, for tests: the texts as printed and the values read from them once
 * (the typed value beside the result's text, the number beside the 全国平均's), under the year's definition.
 */
public final class PrintedResults {

    private PrintedResults() {}

    /**
     * @param national the 全国平均 as printed, or "－" for none
     * @param note     the note, or "" for none
     */
    public static StoredResult printed(
            OrgCode org, FiscalYear year, String kpi, String actual, String national, String note, boolean synthetic) {
        try {
            Optional<PrintedValue> nationalValue = national.equals("－")
                    ? Optional.empty()
                    : Optional.of(PrintedValueParser.parse(national).value());
            return new StoredResult(
                    org,
                    year,
                    Optional.empty(),
                    kpi,
                    ReferenceCatalogue.get()
                            .get(kpi)
                            .definitionIn(year)
                            .orElseThrow()
                            .definitionFy(),
                    Optional.of(actual),
                    Result.of(PrintedValueParser.parse(actual).value()),
                    nationalValue.map(v -> national),
                    nationalValue.map(v -> ((PrintedValue.Amount) v).number()),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    note.isEmpty() ? Optional.empty() : Optional.of(note),
                    Optional.empty(),
                    synthetic);
        } catch (UnreadableValueException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A result with no 全国平均 and no note. */
    public static StoredResult printed(OrgCode org, FiscalYear year, String kpi, String actual, boolean synthetic) {
        return printed(org, year, kpi, actual, "－", "", synthetic);
    }
}
