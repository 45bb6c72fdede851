package jp.kenpokpi.summary;

import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.value.Figure;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.Unit;
import jp.kenpokpi.value.ValueFormat;

/**
 * How a result reads in a table: as printed where it was printed (at the display formatting of
 * {@link ValueFormat#display}: half-width digits and %), otherwise formatted at reporting precision. The
 * {@link Figure} it makes carries the typed number beside the text, so that no renderer parses the text again.
 */
public final class ResultText {

    private ResultText() {}

    public static Optional<String> of(Optional<String> printed, Result result, KpiDefinition definition) {
        return figure(printed, result, definition, false, false).text();
    }

    public static Optional<String> of(StoredResult stored, KpiDefinition definition) {
        return of(stored.actualText(), stored.result(), definition);
    }

    /** A stored result as shown, with its 架空 label and its number. */
    public static Figure figure(StoredResult stored, KpiDefinition definition) {
        return figure(stored.actualText(), stored.result(), definition, false, stored.synthetic());
    }

    /**
     * The result as every page, report and export shows it: the text by the rules above, and its number in the KPI's
     * unit where it is one (the typed value read where it came in, or the number at reporting precision).
     */
    public static Figure figure(
            Optional<String> printed, Result result, KpiDefinition definition, boolean computed, boolean synthetic) {
        // A count of branches reads 6支部 on every page, also where headquarters' report printed ６支部.
        if (result.value() instanceof PrintedValue.BranchCount count)
            return Figure.of(Optional.of(count.count() + "支部"), computed, synthetic);
        if (printed.isPresent() && result.value().isPresent())
            return Figure.printed(printed.get(), result.value(), computed, synthetic);
        if (result.carriedOut().isPresent())
            return Figure.of(Optional.of(result.carriedOut().get() ? "実施" : "未実施"), computed, synthetic);
        Optional<Figure> number = result.number(definition)
                .map(n -> definition.unit() == Unit.DONE
                        // A number of a 実施 KPI is no amount a spreadsheet adds up: its text alone.
                        ? Figure.of(Optional.of(ValueFormat.amount(n, definition.unit())), computed, synthetic)
                        : Figure.of(n, definition.unit(), computed, synthetic));
        return number.orElseGet(() -> Figure.of(printed, computed, synthetic));
    }
}
