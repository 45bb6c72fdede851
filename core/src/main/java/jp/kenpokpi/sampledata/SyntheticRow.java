package jp.kenpokpi.sampledata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.interchange.InterchangeColumn;
import jp.kenpokpi.interchange.InterchangeRow;
import jp.kenpokpi.interchange.RowKey;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;

/**
 * One generated row of the interchange CSV.
 *
 * @param definition the definition version the value is computed under
 * @param restated   a value restated under a later definition than the year's: only then is definition_fy written
 *                   (empty means the version valid in the year, as in the real sample files)
 */
record SyntheticRow(
        OrgCode branch,
        int year,
        Optional<AsOf> asOf,
        KpiDefinition definition,
        boolean restated,
        Optional<String> target,
        SyntheticResult result,
        Optional<String> note) {

    /** The label every synthetic value carries, by which the system tells it from a real one. */
    static final String SOURCE = "架空（合成データ生成器による値。実在の報告書の値ではありません）";

    static List<String> header() {
        return Arrays.stream(InterchangeColumn.values())
                .map(InterchangeColumn::header)
                .toList();
    }

    /** The fields in the order of {@link #header()}. */
    List<String> fields() {
        return Arrays.stream(InterchangeColumn.values()).map(this::field).toList();
    }

    private String field(InterchangeColumn column) {
        return switch (column) {
            case BRANCH_CODE -> branch.value();
            case FISCAL_YEAR -> Integer.toString(year);
            case AS_OF -> asOf.map(AsOf::iso).orElse("");
            case KPI_CODE -> definition.kpiCode();
            case DEFINITION_FY -> restated ? Integer.toString(definition.definitionFy()) : "";
            case TARGET -> target.orElse("");
            case ACTUAL -> result.actual();
            case NUMERATOR -> result.numerator().map(String::valueOf).orElse("");
            case DENOMINATOR -> result.denominator().map(String::valueOf).orElse("");
            case NATIONAL_VALUE, NATIONAL_RANK, MARK, SELF_EVALUATION -> "";
            case NOTE -> note.orElse("");
            case SOURCE -> SOURCE;
            case SYNTHETIC -> InterchangeRow.SYNTHETIC;
        };
    }

    SyntheticRow withoutTarget() {
        return new SyntheticRow(branch, year, asOf, definition, restated, Optional.empty(), result, note);
    }

    /** What makes the row unique, as the importer sees it. */
    RowKey key() {
        return new RowKey(branch, FiscalYear.of(year), asOf, definition.kpiCode(), definition.definitionFy());
    }
}
