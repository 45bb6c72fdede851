package jp.kenpokpi.summary;

import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.ValueFormat;

/**
 * How a result reads in a table: as printed where it was printed (at the display formatting of
 * {@link ValueFormat#display}: half-width digits and %), otherwise formatted at reporting precision.
 */
public final class ResultText {

    private ResultText() {}

    public static Optional<String> of(Optional<String> printed, Result result, KpiDefinition definition) {
        // A count of branches reads 6支部 on every page, also where headquarters' report printed ６支部.
        if (result.value() instanceof PrintedValue.BranchCount count) return Optional.of(count.count() + "支部");
        if (printed.isPresent() && result.value().isPresent()) return printed.map(ValueFormat::display);
        if (result.carriedOut().isPresent())
            return Optional.of(result.carriedOut().get() ? "実施" : "未実施");
        return result.number(definition)
                .map(n -> ValueFormat.amount(n, definition.unit()))
                .or(() -> printed.map(ValueFormat::display));
    }

    public static Optional<String> of(StoredResult stored, KpiDefinition definition) {
        return of(stored.actualText(), stored.result(), definition);
    }
}
