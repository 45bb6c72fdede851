package jp.kenpokpi.result;

import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.Figure;

/** A target as recorded: the text as printed, where it came from, and whether it is synthetic (架空). */
public record StoredTarget(
        OrgCode org,
        FiscalYear year,
        String kpiCode,
        String text,
        Optional<String> note,
        Optional<String> source,
        boolean synthetic) {

    /** The target as every page, report and export shows it (94.0%以上), with its 架空 label. */
    public Figure figure() {
        return Figure.of(text, synthetic);
    }
}
