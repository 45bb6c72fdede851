package jp.kenpokpi.records.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.csv.CsvFormatException;
import jp.kenpokpi.csv.CsvParser;
import jp.kenpokpi.csv.CsvRecord;
import jp.kenpokpi.csv.CsvWriter;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.records.definition.KpiQuery;

/**
 * The branches' figures as a CSV file, the way an engine in another process hands them over (records-spark's
 * SparkComputeJob writes it, on this machine or a cluster; the application reads it back into ComputedFigure): one
 * row per branch and definition version, the period it was computed for on every row.
 *
 * <pre>fiscal_year,as_of,kpi_code,definition_fy,branch_code,numerator,denominator
 * 2023,,LIFESTYLE_CHECKUP_RATE,2021,09,44,73</pre>
 */
public final class FiguresCsv {

    public static final List<String> HEADER =
            List.of("fiscal_year", "as_of", "kpi_code", "definition_fy", "branch_code", "numerator", "denominator");

    private FiguresCsv() {}

    /** The figures of a period as the file's text. */
    public static String write(FiscalYear year, Optional<AsOf> asOf, List<ComputedFigure> figures) {
        CsvWriter csv = new CsvWriter().row(HEADER);
        for (ComputedFigure f : figures) {
            csv.row(List.of(
                    Integer.toString(year.value()),
                    asOf.map(AsOf::iso).orElse(""),
                    f.kpiCode(),
                    Integer.toString(f.definition().definitionFy()),
                    f.org().value(),
                    f.numerator().toPlainString(),
                    f.denominator().toPlainString()));
        }
        return csv.toString();
    }

    /**
     * The figures of a file, for the queries that were asked for: each row's definition version is one of theirs
     * (its KpiDefinition is the query's, from the caller's catalogue), and the period is the one asked for.
     *
     * @param name the file's name, for messages
     * @throws RecordsException in Japanese, naming the file, line and column of what cannot be read
     */
    public static List<ComputedFigure> read(
            String name, String text, FiscalYear year, Optional<AsOf> asOf, List<KpiQuery> queries) {
        List<CsvRecord> records;
        try {
            records = CsvParser.parse(text);
        } catch (CsvFormatException e) {
            throw new RecordsException(name + " の" + e.line() + "行目をCSVとして読めません: " + e.getMessage(), e);
        }
        if (records.isEmpty() || !records.get(0).fields().equals(HEADER)) {
            throw new RecordsException(name + " の1行目は見出し " + String.join(",", HEADER) + " でなければなりません");
        }
        Map<String, KpiQuery> byVersion = new HashMap<>();
        for (KpiQuery q : queries)
            byVersion.put(version(q.definition().kpiCode(), q.definition().definitionFy()), q);
        List<ComputedFigure> figures = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            List<String> f = record.fields();
            String where = name + " の" + record.line() + "行目";
            if (f.size() != HEADER.size()) {
                throw new RecordsException(where + ": 列が" + HEADER.size() + "個ではありません（" + f.size() + "個）");
            }
            if (!f.get(0).equals(Integer.toString(year.value()))
                    || !f.get(1).equals(asOf.map(AsOf::iso).orElse(""))) {
                throw new RecordsException(where + ": fiscal_year・as_of が " + year.value() + "・"
                        + asOf.map(AsOf::iso).orElse("（空欄）") + " ではありません（" + f.get(0) + "・" + f.get(1) + "）");
            }
            KpiQuery query = byVersion.get(version(f.get(2), f.get(3)));
            if (query == null) {
                throw new RecordsException(
                        where + ": kpi_code・definition_fy「" + f.get(2) + "@" + f.get(3) + "」は算出を求めた定義ではありません");
            }
            OrgCode org = OrgCode.read(f.get(4))
                    .filter(code -> !code.isAssociation())
                    .orElseThrow(() -> new RecordsException(where + ": branch_code「" + f.get(4) + "」は支部コードではありません"));
            figures.add(new ComputedFigure(
                    org,
                    query.definition(),
                    number(where, "numerator", f.get(5)),
                    number(where, "denominator", f.get(6))));
        }
        List<ComputedFigure> ordered = new ArrayList<>();
        for (KpiQuery q : queries) {
            figures.stream()
                    .filter(f -> f.definition().equals(q.definition()))
                    .sorted(Comparator.comparing(ComputedFigure::org))
                    .forEach(ordered::add);
        }
        return List.copyOf(ordered);
    }

    private static String version(String kpiCode, Object definitionFy) {
        return kpiCode + "@" + definitionFy;
    }

    private static BigDecimal number(String where, String column, String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new RecordsException(where + ": " + column + "「" + text + "」は数値ではありません", e);
        }
    }
}
