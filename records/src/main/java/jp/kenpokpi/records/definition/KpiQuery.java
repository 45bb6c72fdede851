package jp.kenpokpi.records.definition;

import java.util.Objects;
import jp.kenpokpi.catalogue.KpiDefinition;

/**
 * One catalogue definition version written as SQL over the record views. It returns a row per branch with
 * {@code branch_code}, {@code numerator} and {@code denominator}, and names its period only by the parameters
 * {@link QueryParameters} fills in.
 *
 * @param definition the catalogue's definition version this query computes
 * @param sql        the query, with {@code :name} parameters
 */
public record KpiQuery(KpiDefinition definition, String sql) {

    public KpiQuery {
        Objects.requireNonNull(definition);
        Objects.requireNonNull(sql);
    }

    /** The resource name of a definition version's query: {@code LIFESTYLE_CHECKUP_RATE@2021.sql}. */
    public static String fileName(String kpiCode, int validFromFy) {
        return kpiCode + "@" + validFromFy + ".sql";
    }

    public String fileName() {
        return fileName(definition.kpiCode(), definition.definitionFy());
    }
}
