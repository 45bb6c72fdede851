package jp.kenpokpi.incentive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kenpokpi.csv.CsvFormatException;
import jp.kenpokpi.csv.CsvParser;
import jp.kenpokpi.csv.CsvRecord;
import jp.kenpokpi.organisation.OrgCode;

/**
 * The branches' premium bases (総報酬額, yen) the fund is raised and shared on. The data hold none, so these are
 * 架空: a deterministic table ({@code incentive/premium-bases-synthetic.csv}) from each prefecture's population, with
 * the formula in its source column. Every output that shows a reduction or a share says so ({@link #sourceJa}).
 */
public record SyntheticPremiumBases(Map<OrgCode, Long> yen, String sourceJa) {

    static final String RESOURCE = "/incentive/premium-bases-synthetic.csv";
    private static final List<String> HEADER = List.of("branch_code", "yen", "source_ja");

    public SyntheticPremiumBases {
        yen = java.util.Collections.unmodifiableMap(new TreeMap<>(yen));
    }

    public static SyntheticPremiumBases reference() {
        try (InputStream in = SyntheticPremiumBases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " がクラスパスにありません");
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SyntheticPremiumBases read(String text) {
        List<CsvRecord> records;
        try {
            records = CsvParser.parse(text);
        } catch (CsvFormatException e) {
            throw new IllegalArgumentException("総報酬額（架空）の表 " + e.line() + "行目: " + e.getMessage(), e);
        }
        if (records.isEmpty() || !records.get(0).fields().equals(HEADER)) {
            throw new IllegalArgumentException("総報酬額（架空）の表の見出し行が想定と違います: " + HEADER);
        }
        Map<OrgCode, Long> yen = new TreeMap<>();
        String source = "";
        for (CsvRecord r : records.subList(1, records.size())) {
            List<String> f = r.fields();
            String at = "総報酬額（架空）の表 " + r.line() + "行目: ";
            if (f.size() != HEADER.size()) throw new IllegalArgumentException(at + "列の数が" + HEADER.size() + "ではありません");
            OrgCode branch = OrgCode.read(f.get(0))
                    .filter(b -> !b.isAssociation())
                    .orElseThrow(() -> new IllegalArgumentException(at + "branch_code「" + f.get(0) + "」は支部コードではありません"));
            try {
                yen.put(branch, Long.parseLong(f.get(1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(at + "yen「" + f.get(1) + "」は円の整数ではありません", e);
            }
            if (!f.get(2).startsWith("架空")) throw new IllegalArgumentException(at + "source_ja は「架空」で始めてください");
            source = f.get(2);
        }
        return new SyntheticPremiumBases(yen, source);
    }

    public long total() {
        return yen.values().stream().mapToLong(Long::longValue).sum();
    }
}
