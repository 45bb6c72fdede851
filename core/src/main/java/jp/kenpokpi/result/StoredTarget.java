package jp.kenpokpi.result;

import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.Figure;
import jp.kenpokpi.value.PrintedValue;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.UnreadableValueException;

/** A target as recorded: the text as printed, where it came from, and whether it is synthetic (架空). */
public record StoredTarget(
        OrgCode org,
        FiscalYear year,
        String kpiCode,
        String text,
        Optional<String> note,
        Optional<String> source,
        boolean synthetic) {

    /**
     * The target as every page, report and export shows it (94.0%以上), with its 架空 label; a target printed as a
     * bare value (100%) also as that number. A target is stored as printed and read where it is used (the judgement
     * reads its rule from the text, so that a rule change applies to stored targets): this is that reading for a
     * table, so that no report parses a target's text.
     */
    public Figure figure() {
        PrintedValue value;
        try {
            value = PrintedValueParser.parse(text).value();
        } catch (UnreadableValueException e) {
            value = new PrintedValue.NotYet(); // a wording (94.0%以上, 対前年度以上): text only
        }
        return Figure.printed(text, value, false, synthetic);
    }
}
