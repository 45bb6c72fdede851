package jp.kenpokpi.sampledata;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.interchange.InterchangeRow;
import jp.kenpokpi.interchange.RowKey;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.Result;

/**
 * What the real reports say, as far as the generator needs it: which keys they hold (never to be written again)
 * and the branches' year-end values (which the synthetic values of the same branch are anchored on, and which its
 * synthetic half-year values and next targets start from).
 */
final class RealData {

    /** A branch's real year-end value of a KPI definition version in one year. */
    record Point(int year, double value) {}

    private final Set<RowKey> targetKeys = new HashSet<>();
    private final Set<RowKey> resultKeys = new HashSet<>();
    /** "branch|kpi|definitionFy" → year → value; sorted, so anything computed over it is in a stable order. */
    private final TreeMap<String, TreeMap<Integer, BigDecimal>> yearEndValues = new TreeMap<>();
    /** "branch|kpi|definitionFy|year" → 実施 or 未実施. */
    private final Map<String, Boolean> carriedOut = new HashMap<>();

    RealData(List<InterchangeRow> rows) {
        for (InterchangeRow row : rows) {
            if (row.target().isPresent()) targetKeys.add(row.key());
            if (row.hasResult() || row.target().isEmpty()) resultKeys.add(row.key());
            if (row.org().isAssociation() || row.asOf().isPresent()) continue;
            KpiDefinition definition = row.definition();
            String name = name(row.org(), definition.kpiCode(), definition.definitionFy());
            Result result = new Result(row.actual(), row.numerator(), row.denominator());
            result.number(definition)
                    .ifPresent(value -> yearEndValues
                            .computeIfAbsent(name, k -> new TreeMap<>())
                            .put(row.year().value(), value));
            result.carriedOut()
                    .ifPresent(done -> carriedOut.put(name + "|" + row.year().value(), done));
        }
    }

    /** A real row sets the target of this key: a synthetic row for it may carry only a result. */
    boolean hasTarget(RowKey key) {
        return targetKeys.contains(key);
    }

    /** A real row holds a result for this key: no synthetic row may. */
    boolean hasResult(RowKey key) {
        return resultKeys.contains(key);
    }

    /** The year-end key of a branch, year and definition version. */
    static RowKey yearEndKey(OrgCode branch, int year, KpiDefinition definition) {
        return new RowKey(
                branch, FiscalYear.of(year), Optional.empty(), definition.kpiCode(), definition.definitionFy());
    }

    Optional<BigDecimal> yearEndValue(OrgCode branch, int year, KpiDefinition definition) {
        return yearEndValue(branch, year, definition.kpiCode(), definition.definitionFy());
    }

    Optional<BigDecimal> yearEndValue(OrgCode branch, int year, String kpiCode, int definitionFy) {
        return Optional.ofNullable(values(branch, kpiCode, definitionFy).get(year));
    }

    /** Whether the branch's report says a done-KPI was carried out in the year. */
    Optional<Boolean> carriedOut(OrgCode branch, int year, String kpiCode, int definitionFy) {
        return Optional.ofNullable(carriedOut.get(name(branch, kpiCode, definitionFy) + "|" + year));
    }

    /** The branch's real year-end values under a definition version, oldest first. */
    List<Point> points(OrgCode branch, String kpiCode, int definitionFy) {
        return values(branch, kpiCode, definitionFy).entrySet().stream()
                .map(e -> new Point(e.getKey(), e.getValue().doubleValue()))
                .toList();
    }

    private TreeMap<Integer, BigDecimal> values(OrgCode branch, String kpiCode, int definitionFy) {
        return yearEndValues.getOrDefault(name(branch, kpiCode, definitionFy), new TreeMap<>());
    }

    private static String name(OrgCode branch, String kpiCode, int definitionFy) {
        return branch + "|" + kpiCode + "|" + definitionFy;
    }
}
