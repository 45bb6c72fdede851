package jp.kenpokpi.records.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.kenpokpi.records.DocTables;
import org.junit.jupiter.api.Test;

/**
 * docs/RECORDS.md and the proof data set say what {@link RecordKind} declares: the doc's table of each kind lists its
 * columns in order with the same type and meanings, and each proof CSV's header names them in that order.
 */
class RecordsDocTest {

    private static final Path PROOF = Path.of("src/test/resources/proof");

    @Test
    void theDocumentsTablesAreTheDeclaredSchema() {
        for (RecordKind kind : RecordKind.values()) {
            List<String> declared = kind.columns().stream()
                    .map(c -> "| `" + c.name() + "` | " + c.sqlType() + " | " + c.meaningJa() + " | " + c.meaningEn()
                            + " |")
                    .toList();
            assertThat(DocTables.tableUnder("### " + kind.fileName() + " — " + kind.nameJa()))
                    .as(kind.fileName())
                    .containsExactlyElementsOf(declared);
        }
    }

    @Test
    void theDocumentHasNoTableOfAKindTheSchemaLacks() {
        List<String> headings = DocTables.recordsMd().stream()
                .filter(l -> l.startsWith("### ") && l.contains(" — "))
                .toList();
        assertThat(headings)
                .containsExactly(java.util.Arrays.stream(RecordKind.values())
                        .map(k -> "### " + k.fileName() + " — " + k.nameJa())
                        .toArray(String[]::new));
    }

    @Test
    void everyProofFileHasTheDeclaredColumnsInOrder() throws IOException {
        for (RecordKind kind : RecordKind.values()) {
            String header = Files.readAllLines(PROOF.resolve(kind.fileName() + ".csv"), StandardCharsets.UTF_8)
                    .get(0);
            assertThat(List.of(header.split(",")))
                    .as(kind.fileName())
                    .containsExactlyElementsOf(
                            kind.columns().stream().map(RecordColumn::name).toList());
        }
    }
}
