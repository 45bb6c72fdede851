package jp.kenpokpi.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import jp.kenpokpi.app.SampleDataTest;
import jp.kenpokpi.app.importing.PendingImport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

/**
 * What an upload may carry, through the real server (Tomcat reads the upload, not MockMvc): a file of a few MB reaches
 * the import; one over the limit gets the Japanese page naming the limit, read whole by the client (no reset
 * connection), and nothing is imported.
 */
@SampleDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitsIT {

    private static final String HEADER =
            "branch_code,fiscal_year,as_of,kpi_code,definition_fy,target,actual,numerator,denominator,national_value,"
                    + "national_rank,mark,self_evaluation,note,source\n";

    @LocalServerPort
    int port;

    @Value("${spring.servlet.multipart.max-request-size}")
    DataSize maxRequest;

    @Value("${spring.servlet.multipart.max-file-size}")
    DataSize maxFile;

    /** A KPI file of the given size: one row, then rows Excel leaves blank (skipped by the import). */
    private static byte[] csvOf(int bytes) {
        StringBuilder csv = new StringBuilder(HEADER).append("09,2024,,SS_ACHIEVEMENT,,,100%,,,,,,,,上限の試験\n");
        String blank = ",,,,,,,,,,,,,,\n";
        while (csv.length() < bytes) csv.append(blank);
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> upload(byte[] content) throws Exception {
        SignedInClient honbu = SignedInClient.as("honbu", port);
        String csrf = SignedInClient.csrfField(honbu.get("/import").body());
        return honbu.postFile("/import/preview", "files", "all-branches.csv", content, csrf);
    }

    @Test
    void theConfiguredLimitIsTheOneTheImportPagesName() {
        assertThat(maxRequest.toBytes()).isEqualTo(PendingImport.MAX_BYTES);
        assertThat(maxFile.toBytes()).isEqualTo(PendingImport.MAX_BYTES);
    }

    @Test
    void aFileOfSeveralMegabytesReachesTheImport() throws Exception {
        HttpResponse<String> answer = upload(csvOf(3 * 1024 * 1024));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("SS_ACHIEVEMENT").doesNotContain("ファイルが大きすぎます");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitNamed() throws Exception {
        HttpResponse<String> answer = upload(csvOf((int) PendingImport.MAX_BYTES + 1024 * 1024));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("ファイルが大きすぎます。一度に送れるのは合計10MBまでです。ファイルを分けて取り込んでください（何も取り込んでいません）。");
    }
}
