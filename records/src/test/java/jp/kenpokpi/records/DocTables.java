package jp.kenpokpi.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the Markdown tables of docs/RECORDS.md that tests hold against the code. */
public final class DocTables {

    private static final Path RECORDS_MD = Path.of("../docs/RECORDS.md");

    private DocTables() {}

    public static List<String> recordsMd() {
        try {
            return Files.readAllLines(RECORDS_MD, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows (after the header and its rule) of the table that follows a heading of docs/RECORDS.md. */
    public static List<String> tableUnder(String heading) {
        List<String> lines = recordsMd();
        int at = lines.indexOf(heading);
        assertThat(at).as("heading «%s» in docs/RECORDS.md", heading).isNotNegative();
        int i = at + 1;
        while (i < lines.size() && !lines.get(i).startsWith("|")) i++;
        List<String> rows = new ArrayList<>();
        for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(lines.get(i));
        }
        return rows;
    }
}
