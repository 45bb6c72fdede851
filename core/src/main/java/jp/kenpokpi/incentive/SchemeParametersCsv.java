package jp.kenpokpi.incentive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.csv.CsvFormatException;
import jp.kenpokpi.csv.CsvParser;
import jp.kenpokpi.csv.CsvRecord;
import jp.kenpokpi.period.FiscalYear;

/** Reads the incentive scheme's parameters: one row a value, with the years it applies to and its source. */
public final class SchemeParametersCsv {

    static final String RESOURCE = "/incentive/incentive-scheme.csv";
    private static final List<String> HEADER = List.of("parameter", "key", "from_fy", "to_fy", "value", "source_ja");

    private SchemeParametersCsv() {}

    public static SchemeParameters reference() {
        try (InputStream in = SchemeParametersCsv.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " がクラスパスにありません");
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SchemeParameters read(String text) {
        List<CsvRecord> records;
        try {
            records = CsvParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CsvFormatException e) {
            throw new IllegalArgumentException("インセンティブ制度のパラメータ " + e.line() + "行目: " + e.getMessage(), e);
        }
        if (records.isEmpty() || !records.get(0).fields().equals(HEADER)) {
            throw new IllegalArgumentException("インセンティブ制度のパラメータの見出し行が想定と違います: " + HEADER);
        }
        List<SchemeParameter> rows = new ArrayList<>();
        for (CsvRecord r : records.subList(1, records.size())) {
            rows.add(row(r));
        }
        return new SchemeParameters(rows);
    }

    private static SchemeParameter row(CsvRecord r) {
        List<String> f = r.fields();
        String at = "インセンティブ制度のパラメータ " + r.line() + "行目: ";
        if (f.size() != HEADER.size()) throw new IllegalArgumentException(at + "列の数が" + HEADER.size() + "ではありません");
        if (f.get(5).isBlank()) throw new IllegalArgumentException(at + "source_ja（出典）が空です");
        FiscalYear from = FiscalYear.parse(f.get(2))
                .orElseThrow(() -> new IllegalArgumentException(at + "from_fy「" + f.get(2) + "」は年度ではありません"));
        Optional<FiscalYear> to = f.get(3).isBlank() ? Optional.empty() : FiscalYear.parse(f.get(3));
        if (!f.get(3).isBlank() && to.isEmpty()) {
            throw new IllegalArgumentException(at + "to_fy「" + f.get(3) + "」は年度ではありません");
        }
        if (f.get(0).equals("weight") && SubItem.byKey(f.get(1)).isEmpty()) {
            throw new IllegalArgumentException(at + "小項目「" + f.get(1) + "」を知りません");
        }
        return new SchemeParameter(
                f.get(0), f.get(1), from, to, f.get(4).strip(), f.get(5).strip());
    }
}
