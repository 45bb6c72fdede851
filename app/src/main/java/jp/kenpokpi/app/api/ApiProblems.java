package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import jp.kenpokpi.interchange.ImportProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}) with a Japanese {@code title} and
 * {@code detail}, for the controllers of this package only (the pages keep their HTML error pages, web/). Ahead of
 * the pages' advice, which would otherwise answer an API's 400 or 403 with HTML.
 *
 * <p>The static factories are the one shape of each problem for every API endpoint: a bad parameter (400, naming it),
 * a stale write (409, with the current value and its version), an import refused (422, with every problem's file,
 * row and column).
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** The title of each status a client sees, in Japanese; Spring's English reason phrase otherwise. */
    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "パラメータが正しくありません"),
            Map.entry(401, "サインインが必要です"),
            Map.entry(403, "この操作の権限がありません"),
            Map.entry(404, "見つかりません"),
            Map.entry(405, "このメソッドは使えません"),
            Map.entry(406, "指定の形式では返せません"),
            Map.entry(409, "ほかの更新と競合しました"),
            Map.entry(412, "版が一致しません"),
            Map.entry(428, "版の指定が必要です"),
            Map.entry(422, "内容に誤りがあります"),
            Map.entry(500, "サーバーで誤りが発生しました"));

    /** One problem of an import: the file, the row (line of the file), the column (when one is to blame), why. */
    @Schema(description = "取込の誤り1件：ファイル、行、列、理由")
    public record ImportError(
            @Schema(description = "ファイル名", example = "tochigi.csv")
            String file,

            @Schema(description = "行番号（1から、見出し行を含む）", example = "3")
            int row,

            @Schema(description = "列名（行全体の誤りのときは null）", example = "actual")
            String column,

            @Schema(description = "誤りの内容", example = "「7２.x%」を値として読めません")
            String message) {

        static ImportError of(ImportProblem p) {
            return new ImportError(p.file(), p.line(), p.column().orElse(null), p.messageJa());
        }
    }

    /** A problem of the status with the Japanese detail and the status's Japanese title. */
    public static ProblemDetail problem(HttpStatusCode status, String detailJa) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailJa);
        problem.setTitle(titleOf(status));
        return problem;
    }

    /** 400 naming the parameter that cannot be read (also as the property {@code parameter}). */
    public static ProblemDetail badParameter(String parameter, String detailJa) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detailJa);
        problem.setProperty("parameter", parameter);
        return problem;
    }

    /**
     * 409 for a write made against a version that is no longer the record's: the record as it is now
     * ({@code current}, in the shape its GET answers) and its {@code version}, also as the ETag, so that the client
     * can show the difference and send its change again with {@code If-Match} of that version.
     */
    public static ResponseEntity<ProblemDetail> conflict(String detailJa, Object current, int version) {
        return withCurrent(HttpStatus.CONFLICT, detailJa, current, version);
    }

    /**
     * 428 for a write over a stored record that names no version: the record as it is now and its version, so that
     * the client can send its change again with If-Match of that version.
     */
    public static ResponseEntity<ProblemDetail> versionRequired(String detailJa, Object current, int version) {
        return withCurrent(HttpStatus.PRECONDITION_REQUIRED, detailJa, current, version);
    }

    /** A problem about a record's version: the record as it is now, its version, also as the ETag. */
    private static ResponseEntity<ProblemDetail> withCurrent(
            HttpStatus status, String detailJa, Object current, int version) {
        ProblemDetail problem = problem(status, detailJa);
        problem.setProperty("current", current);
        problem.setProperty("version", version);
        return ResponseEntity.status(status)
                .eTag(ApiVersions.etag(version))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** One field of a write's body the checks refuse: its name in the body and why. */
    @Schema(description = "書き込みの誤り1件：項目と理由")
    public record FieldProblem(
            @Schema(description = "項目名（送った JSON の名前）", example = "narrative")
            String field,

            @Schema(description = "誤りの内容") String message) {}

    /** 422 for a write its checks refuse, nothing saved: every field's problem in {@code errors}. */
    public static ResponseEntity<ProblemDetail> refused(String detailJa, List<FieldProblem> problems) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, detailJa);
        problem.setProperty("errors", problems);
        return answer(problem);
    }

    /** 422 for an import refused, nothing saved: every problem as {file, row, column, message} in {@code errors}. */
    public static ResponseEntity<ProblemDetail> importRejected(List<ImportProblem> problems) {
        ProblemDetail problem =
                problem(HttpStatus.UNPROCESSABLE_CONTENT, "取り込みを中止しました（" + problems.size() + "件の誤り。データベースは変更していません）");
        problem.setTitle("取り込めない内容があります");
        problem.setProperty("errors", problems.stream().map(ImportError::of).toList());
        return answer(problem);
    }

    @ExceptionHandler(ApiParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(ApiParameterException e) {
        return answer(badParameter(e.parameter(), e.getMessage()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return answer(badParameter(e.getParameterName(), "パラメータ「" + e.getParameterName() + "」を指定してください"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> unreadableParameter(MethodArgumentTypeMismatchException e) {
        return answer(badParameter(e.getName(), "パラメータ「" + e.getName() + "」の値「" + e.getValue() + "」を読めません"));
    }

    /** A parameter object's field that cannot be read (page=x): the first such parameter, named. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> unreadableParameters(BindException e) {
        FieldError field = e.getFieldError();
        if (field == null) return answer(problem(HttpStatus.BAD_REQUEST, titleOf(HttpStatus.BAD_REQUEST)));
        return answer(badParameter(
                field.getField(), "パラメータ「" + field.getField() + "」の値「" + field.getRejectedValue() + "」を読めません"));
    }

    /** Another branch's record, a viewer's write, a locked year: 403 with the reason BranchAccess gives. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return answer(problem(HttpStatus.FORBIDDEN, e.getMessage()));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> importRejected(ImportRejectedException e) {
        return importRejected(e.problems());
    }

    /** A 404 of a record or report not there, with the reason the pages give (WebParameters, ReportUnavailable). */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        return answer(problem(e.getStatusCode(), e.getReason() == null ? titleOf(e.getStatusCode()) : e.getReason()));
    }

    /** Spring's own refusals (a method not allowed, a body not readable): their status, a Japanese title. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e) {
        if (e instanceof ErrorResponse spring) {
            HttpStatusCode status = spring.getStatusCode();
            return answer(problem(status, titleOf(status) + "（" + status.value() + "）"));
        }
        log.error("API request failed", e);
        return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "サーバーで誤りが発生しました。時間をおいてもう一度試し、続くときは管理者に連絡してください。"));
    }

    private static String titleOf(HttpStatusCode status) {
        String title = TITLES.get(status.value());
        if (title != null) return title;
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "エラー" : known.getReasonPhrase();
    }

    /** As problem JSON whatever the request accepts (a PDF download's error is JSON too). */
    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
