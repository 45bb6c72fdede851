package jp.kenpokpi.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.csv.CsvFormatException;
import jp.kenpokpi.csv.CsvParser;
import jp.kenpokpi.csv.CsvRecord;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.value.Unit;

/** Reads the KPI catalogue in the layout of the reference kpi-catalogue.csv. */
public final class CatalogueCsv {

    private static final List<String> HEADER = List.of(
            "code",
            "valid_from_fy",
            "valid_to_fy",
            "area",
            "group",
            "name_ja",
            "unit",
            "direction",
            "decimals",
            "numerator_ja",
            "denominator_ja",
            "definition_note_ja");

    private CatalogueCsv() {}

    /**
     * The catalogue shipped with the application: the reference KPIs (catalogue/kpi-catalogue.csv, a copy of
     * shared/kpi-catalogue.csv) and headquarters' indicators (catalogue/headquarters-indicators.csv, the same layout).
     */
    public static KpiCatalogue reference() {
        return new KpiCatalogue(
                definitions(resource("/catalogue/kpi-catalogue.csv")),
                definitions(resource("/catalogue/headquarters-indicators.csv")));
    }

    private static String resource(String name) {
        try (var in = CatalogueCsv.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name.substring(1) + " がクラスパスにありません");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A catalogue of plan KPIs in the reference layout. */
    public static KpiCatalogue read(String text) {
        return new KpiCatalogue(definitions(text));
    }

    private static List<KpiDefinition> definitions(String text) {
        try {
            List<CsvRecord> records = CsvParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
            if (records.isEmpty() || !records.get(0).fields().equals(HEADER)) {
                throw new IllegalArgumentException("KPIカタログの見出し行が想定と違います: " + HEADER);
            }
            List<KpiDefinition> definitions = new ArrayList<>();
            for (CsvRecord r : records.subList(1, records.size())) {
                definitions.add(definition(r));
            }
            return definitions;
        } catch (CsvFormatException e) {
            throw new IllegalArgumentException("KPIカタログ " + e.line() + "行目: " + e.getMessage(), e);
        }
    }

    private static KpiDefinition definition(CsvRecord r) {
        List<String> f = r.fields();
        if (f.size() != HEADER.size()) {
            throw new IllegalArgumentException("KPIカタログ " + r.line() + "行目: 列の数が" + HEADER.size() + "ではありません");
        }
        Unit unit = Unit.fromCatalogue(f.get(6))
                .orElseThrow(
                        () -> new IllegalArgumentException("KPIカタログ " + r.line() + "行目: 単位「" + f.get(6) + "」を知りません"));
        return new KpiDefinition(
                f.get(0),
                FiscalYear.of(Integer.parseInt(f.get(1))),
                f.get(2).isBlank() ? Optional.empty() : Optional.of(FiscalYear.of(Integer.parseInt(f.get(2)))),
                f.get(3),
                f.get(4),
                f.get(5),
                unit,
                Direction.fromCatalogue(f.get(7)),
                new ReportingPrecision(Integer.parseInt(f.get(8))),
                f.get(9),
                f.get(10),
                f.get(11));
    }
}
