package jp.kenpokpi.app.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data sets the compute page offers: the root's folders that hold a members file (members.parquet, members/ or
 * members.csv), by name, each with its README's first line, scale and years; nothing else — not a file, not a folder
 * without records, not a name outside the root.
 */
class RecordDataSetsTest {

    @TempDir
    Path root;

    @Test
    void onlyFoldersWithAMembersFileAreOfferedByNameWithWhatTheirReadmeSays() throws IOException {
        Files.createDirectories(root.resolve("b-parquet"));
        Files.writeString(root.resolve("b-parquet/members.parquet"), "");
        Files.writeString(
                root.resolve("b-parquet/README.txt"),
                "架空の記録データセット（kenpo-kpi generate-records が生成）\nSynthetic\n\n規模 scale: 0.001（1.0＝全国）\n"
                        + "年度 fiscal years: 2021-2024\nseed: 1\n",
                StandardCharsets.UTF_8);
        Files.createDirectories(root.resolve("a-csv"));
        Files.writeString(root.resolve("a-csv/members.csv"), "member_id\n");
        Files.createDirectories(root.resolve("c-directory/members"));
        Files.createDirectories(root.resolve("empty"));
        Files.writeString(root.resolve("members.csv"), "member_id\n");

        RecordDataSets sets = new RecordDataSets(root);
        assertThat(sets.list())
                .extracting(RecordDataSets.DataSet::name)
                .containsExactly("a-csv", "b-parquet", "c-directory");
        RecordDataSets.DataSet generated = sets.find("b-parquet").orElseThrow();
        assertThat(generated.descriptionJa())
                .isEqualTo(
                        "架空の記録データセット（kenpo-kpi generate-records が生成）　規模 scale: 0.001（1.0＝全国）　年度 fiscal years: 2021-2024");
        assertThat(generated.lastYear()).contains(2024);
        assertThat(sets.find("a-csv").orElseThrow().lastYear()).isEmpty();
        assertThat(sets.find("empty")).isEmpty();
        assertThat(sets.find("..")).isEmpty();
        assertThat(sets.find(root.resolve("a-csv").toString()))
                .as("a path is not a name")
                .isEmpty();
    }

    @Test
    void aRootThatDoesNotExistOffersNothing() {
        assertThat(new RecordDataSets(root.resolve("nowhere")).list()).isEmpty();
    }
}
