package jp.kenpokpi.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import jp.kenpokpi.app.security.AccessDeniedToBranchException;
import jp.kenpokpi.interchange.ImportProblem;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The problems the API's writes and imports answer with (the lead's endpoints build them here). */
class ApiProblemsTest {

    private final ApiProblems problems = new ApiProblems();

    @Test
    void aRefusedBranchIs403WithBranchAccesssReason() {
        ResponseEntity<ProblemDetail> answer =
                problems.forbidden(new AccessDeniedToBranchException("栃木支部のデータは変更できません（所属：秋田支部）"));
        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getTitle()).isEqualTo("この操作の権限がありません");
        assertThat(answer.getBody().getDetail()).isEqualTo("栃木支部のデータは変更できません（所属：秋田支部）");
    }

    @Test
    void aStaleWriteIs409WithTheCurrentValueAndItsVersionAlsoAsTheEtag() {
        Map<String, Object> current = Map.of("text", "72.0%以上", "version", 4);
        ResponseEntity<ProblemDetail> answer = ApiProblems.conflict("ほかの人が先に変更しました", current, 4);
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getHeaders().getETag()).isEqualTo("\"4\"");
        assertThat(answer.getBody().getTitle()).isEqualTo("ほかの更新と競合しました");
        assertThat(answer.getBody().getProperties())
                .containsEntry("current", current)
                .containsEntry("version", 4);
    }

    @Test
    void anImportRefusedIs422ListingFileRowColumnAndMessage() {
        List<ImportProblem> found = List.of(
                ImportProblem.at("tochigi.csv", 3, "actual", "「7２.x%」を値として読めません"),
                ImportProblem.inFile("tochigi.csv", 7, "同じキーの行が2つあります"));
        ResponseEntity<ProblemDetail> answer = problems.importRejected(new ImportRejectedException(found));
        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody().getDetail()).isEqualTo("取り込みを中止しました（2件の誤り。データベースは変更していません）");
        assertThat(answer.getBody().getProperties().get("errors"))
                .isEqualTo(List.of(
                        new ApiProblems.ImportError("tochigi.csv", 3, "actual", "「7２.x%」を値として読めません"),
                        new ApiProblems.ImportError("tochigi.csv", 7, null, "同じキーの行が2つあります")));
    }

    @Test
    void aVersionIsReadFromAnIfMatchHoweverItIsQuoted() {
        assertThat(ApiVersions.read("\"3\"")).contains(3);
        assertThat(ApiVersions.read("W/\"3\"")).contains(3);
        assertThat(ApiVersions.read("3")).contains(3);
        assertThat(ApiVersions.read("*")).isEmpty();
        assertThat(ApiVersions.read(null)).isEmpty();
        assertThat(ApiVersions.etag(3)).isEqualTo("\"3\"");
    }
}
