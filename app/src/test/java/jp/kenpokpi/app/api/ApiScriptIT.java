package jp.kenpokpi.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jp.kenpokpi.app.SampleDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The curl script of docs/API.md, run as written against the application on a real port: a token made on the web,
 * Tochigi's FY2023 evaluations read, a CSV dry-run and applied, R1 downloaded as PDF, a write to another branch
 * refused, the changes in the change log as the user's through the API, the incentive scheme's ranking and a what-if. The document cannot drift from the API.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiScriptIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** The script between the document's markers, without its ```sh fence. */
    static String script() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "API.md"), StandardCharsets.UTF_8);
        String block = doc.substring(doc.indexOf("<!-- api-script -->"), doc.indexOf("<!-- /api-script -->"));
        return block.substring(block.indexOf("```sh\n") + "```sh\n".length(), block.lastIndexOf("```"));
    }

    @Test
    void theDocumentedCurlScriptDoesWhatItSays(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("api-example.sh");
        Files.writeString(script, script(), StandardCharsets.UTF_8);
        ProcessBuilder run = new ProcessBuilder("sh", script.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true);
        run.environment().put("KENPO_URL", "http://127.0.0.1:" + port);
        Process process = run.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the script ends").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .contains(
                        "evaluations: ok",
                        "dry run: ok",
                        "applied: ok",
                        "R1 pdf: ok",
                        "other branch refused: ok",
                        "change log: ok",
                        "incentive: ok",
                        "what-if: ok");
        assertThat(Files.readAllBytes(dir.resolve("r1.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(jdbc.sql("""
                        SELECT changed_by || ' ' || source_kind FROM data_change
                        WHERE table_name = 'kpi_result' AND row_key LIKE '09/2023/final/EMPLOYER_CHECKUP_DATA_RATE/%'
                        ORDER BY id DESC LIMIT 1""").query(String.class).single()).isEqualTo("tochigi API");
    }
}
