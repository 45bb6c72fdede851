package jp.kenpokpi.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.value.PrintedValueParser;
import jp.kenpokpi.value.UnreadableValueException;

/**
 * Stored targets and results written back as interchange rows (docs/INTERCHANGE.md, 「Export」), so that importing
 * the rows into an empty database stores what they came from, and exporting that database gives the same rows.
 * <p>
 * The order is fixed: fiscal year, branch code, as_of (the year-end row first, then the months), KPI code (as text),
 * definition_fy. A target and the year-end result under the version valid that year share one row where one row
 * imports to both (the target has no note of its own, the same source and 架空 label, and the result says something
 * beyond a note); otherwise the target's row comes first and the result's row follows it. A row is what an import
 * reads back: texts stripped, definition_fy left empty for the version valid in the year, the remark an import moved
 * from the actual value into the note taken out of the note again (the import puts it back).
 */
public final class InterchangeExport {

    private static final List<InterchangeColumn> COLUMNS = Arrays.asList(InterchangeColumn.values());

    private final KpiCatalogue catalogue;

    public InterchangeExport(KpiCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The header row: every column's name, as the format defines it (branch_code, …, synthetic). */
    public static List<String> header() {
        return COLUMNS.stream().map(InterchangeColumn::header).toList();
    }

    /** The columns' Japanese labels, the second header row of the Excel template. */
    public static List<String> labels() {
        return COLUMNS.stream().map(InterchangeColumn::labelJa).toList();
    }

    /** The place of a row in the export: organisation, as_of (year-end first), KPI code, definition version. */
    private record Key(OrgCode org, String asOf, String kpiCode, int definitionFy) {

        static final Comparator<Key> ORDER = Comparator.comparing(
                        (Key k) -> k.org().value())
                .thenComparing(Key::asOf)
                .thenComparing(Key::kpiCode)
                .thenComparingInt(Key::definitionFy);
    }

    /** What one key holds: a target, a result, or both. */
    private static final class Slot {
        StoredTarget target;
        StoredResult result;
    }

    /**
     * The rows of one fiscal year's stored targets and results (every organisation's), in the export's order; each
     * row holds a cell per column of {@link #header()}.
     */
    public List<List<String>> rows(
            FiscalYear year, Collection<StoredTarget> targets, Collection<StoredResult> results) {
        Map<Key, Slot> slots = new TreeMap<>(Key.ORDER);
        for (StoredResult r : results) {
            if (!r.year().equals(year) || !carried(r)) continue;
            Key key = new Key(r.org(), r.asOf().map(AsOf::iso).orElse(""), r.kpiCode(), r.definitionFy());
            slots.computeIfAbsent(key, k -> new Slot()).result = r;
        }
        for (StoredTarget t : targets) {
            Optional<KpiDefinition> valid = validIn(t.kpiCode(), year);
            // A target is read under the version valid in its year; a KPI the catalogue no longer has then cannot be
            // imported, and so is not written.
            if (!t.year().equals(year) || valid.isEmpty()) continue;
            Key key = new Key(t.org(), "", t.kpiCode(), valid.get().definitionFy());
            slots.computeIfAbsent(key, k -> new Slot()).target = t;
        }
        List<List<String>> rows = new ArrayList<>();
        slots.forEach((key, slot) -> {
            if (slot.target != null && slot.result != null && oneRow(slot.target, slot.result)) {
                Map<InterchangeColumn, String> row = result(year, key, slot.result);
                row.put(InterchangeColumn.TARGET, text(slot.target.text()));
                rows.add(cells(row));
                return;
            }
            if (slot.target != null) rows.add(cells(target(year, key, slot.target)));
            if (slot.result != null) rows.add(cells(result(year, key, slot.result)));
        });
        return rows;
    }

    /**
     * Whether an import would store the result from its row: a row with nothing but a source (or nothing) writes no
     * result (InterchangeImport: a result's note alone is enough).
     */
    static boolean carried(StoredResult r) {
        return hasResult(r) || present(r.note());
    }

    private static boolean hasResult(StoredResult r) {
        return present(r.actualText())
                || r.result().numerator().isPresent()
                || r.result().denominator().isPresent()
                || present(r.nationalValueText())
                || r.nationalRank().isPresent()
                || r.printedMark().isPresent()
                || r.selfEvaluation().isPresent();
    }

    /**
     * One row imports to both only where the row's note, source and 架空 label are the result's and the target's
     * alike: an import gives a target the row's note only on a row without a result (InterchangeRow.storedTarget).
     */
    private static boolean oneRow(StoredTarget t, StoredResult r) {
        return !present(t.note())
                && hasResult(r)
                && text(t.source()).equals(text(r.source()))
                && t.synthetic() == r.synthetic();
    }

    private Optional<KpiDefinition> validIn(String kpiCode, FiscalYear year) {
        return catalogue.find(kpiCode).flatMap(k -> k.definitionIn(year));
    }

    private Map<InterchangeColumn, String> keyCells(FiscalYear year, Key key) {
        Map<InterchangeColumn, String> row = new EnumMap<>(InterchangeColumn.class);
        row.put(InterchangeColumn.BRANCH_CODE, key.org().value());
        row.put(InterchangeColumn.FISCAL_YEAR, Integer.toString(year.value()));
        row.put(InterchangeColumn.AS_OF, key.asOf());
        row.put(InterchangeColumn.KPI_CODE, key.kpiCode());
        boolean valid = validIn(key.kpiCode(), year)
                .map(d -> d.definitionFy() == key.definitionFy())
                .orElse(false);
        row.put(InterchangeColumn.DEFINITION_FY, valid ? "" : Integer.toString(key.definitionFy()));
        return row;
    }

    private Map<InterchangeColumn, String> target(FiscalYear year, Key key, StoredTarget t) {
        Map<InterchangeColumn, String> row = keyCells(year, key);
        row.put(InterchangeColumn.TARGET, text(t.text()));
        row.put(InterchangeColumn.NOTE, text(t.note()));
        row.put(InterchangeColumn.SOURCE, text(t.source()));
        row.put(InterchangeColumn.SYNTHETIC, synthetic(t.synthetic()));
        return row;
    }

    private Map<InterchangeColumn, String> result(FiscalYear year, Key key, StoredResult r) {
        Map<InterchangeColumn, String> row = keyCells(year, key);
        row.put(InterchangeColumn.ACTUAL, text(r.actualText()));
        row.put(InterchangeColumn.NUMERATOR, number(r.result().numerator()));
        row.put(InterchangeColumn.DENOMINATOR, number(r.result().denominator()));
        row.put(InterchangeColumn.NATIONAL_VALUE, text(r.nationalValueText()));
        row.put(
                InterchangeColumn.NATIONAL_RANK,
                r.nationalRank().map(String::valueOf).orElse(""));
        row.put(InterchangeColumn.MARK, r.printedMark().map(Mark::symbol).orElse(""));
        row.put(
                InterchangeColumn.SELF_EVALUATION,
                r.selfEvaluation().map(Enum::name).orElse(""));
        row.put(InterchangeColumn.NOTE, noteWithoutRemark(text(r.note()), r.actualText()));
        row.put(InterchangeColumn.SOURCE, text(r.source()));
        row.put(InterchangeColumn.SYNTHETIC, synthetic(r.synthetic()));
        return row;
    }

    /**
     * The note as the file gives it: an import appends the remark after the actual value ({@code 72.2% (R6.2現在)})
     * to the note, as {@code note (R6.2現在)}, so the export takes that ending off again.
     */
    static String noteWithoutRemark(String note, Optional<String> actualText) {
        Optional<String> remark = actualText.flatMap(InterchangeExport::remark);
        if (remark.isEmpty()) return note;
        String appended = "(" + remark.get() + ")";
        if (note.equals(appended)) return "";
        return note.endsWith(" " + appended)
                ? note.substring(0, note.length() - appended.length() - 1).strip()
                : note;
    }

    private static Optional<String> remark(String actual) {
        try {
            return PrintedValueParser.parse(actual).remark();
        } catch (UnreadableValueException e) {
            return Optional.empty(); // stored by an older rule: written as it is
        }
    }

    private static List<String> cells(Map<InterchangeColumn, String> row) {
        return COLUMNS.stream().map(c -> row.getOrDefault(c, "")).toList();
    }

    private static String synthetic(boolean synthetic) {
        return synthetic ? InterchangeRow.SYNTHETIC : "";
    }

    private static String number(Optional<BigDecimal> n) {
        return n.map(v -> v.stripTrailingZeros().toPlainString()).orElse("");
    }

    private static boolean present(Optional<String> text) {
        return !text(text).isEmpty();
    }

    /** As an import reads a cell: stripped. */
    private static String text(Optional<String> text) {
        return text.map(String::strip).orElse("");
    }

    private static String text(String text) {
        return text == null ? "" : text.strip();
    }
}
