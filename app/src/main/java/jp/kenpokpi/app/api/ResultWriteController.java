package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.entry.ResultEntryService;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.entry.ResultEntry;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.StoredResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A result written through the API: the same service, checks, rights and locks as the entry form (a branch editor
 * writes only their branch; a locked year or a submitted report refuses), over the version the caller read.
 */
@RestController
@Tag(name = "実績の書き込み", description = "実績（年度末・月末時点）を1件ずつ書き込みます。入力画面と同じ検査・権限・ロックが効きます")
class ResultWriteController {

    private final ResultEntryService entries;
    private final KpiRecordRepository records;
    private final BranchAccess access;
    private final CatalogueRepository catalogue;

    ResultWriteController(
            ResultEntryService entries,
            KpiRecordRepository records,
            BranchAccess access,
            CatalogueRepository catalogue) {
        this.entries = entries;
        this.records = records;
        this.access = access;
        this.catalogue = catalogue;
    }

    /** What a caller sends for a result: the entry form's fields (a ResultJson read may be sent back as it is). */
    @Schema(description = "書き込む実績。入力画面の欄と同じです（GET で読んだ実績をそのまま送り返せます。読み取り専用の項目は無視します）。送らない欄は空欄です")
    record ResultWrite(
            @Schema(description = "実績（報告書と同じ書き方）", example = "72.2%")
            String actual,

            @Schema(description = "分子（率のKPI）", example = "163860")
            String numerator,

            @Schema(description = "分母（率のKPI）", example = "226946")
            String denominator,

            @Schema(description = "備考") String note,

            @Schema(description = "自己評価 S・A・B・C・D", example = "B")
            String selfEvaluation,

            @Schema(description = "自己評価の理由") String selfEvaluationReason,
            @Schema(description = "取組内容と理由（目標に届かないときは必須）") String narrative) {

        ResultEntry entry() {
            Optional<SelfEvaluation> self = Optional.ofNullable(selfEvaluation)
                    .filter(s -> !s.isBlank())
                    .map(s -> SelfEvaluation.parse(s)
                            .orElseThrow(() -> new ApiParameterException(
                                    "selfEvaluation", "selfEvaluation は S・A・B・C・D のどれかです: " + s)));
            return ResultEntry.of(actual, numerator, denominator, note, self, selfEvaluationReason, narrative);
        }
    }

    @PutMapping("/api/v1/results/{branch}/{year}/{kpiCode}")
    @Operation(
            summary = "実績を書き込む",
            description = "支部・年度・KPIの実績を書き込みます（asOf を付けると月末時点の実績）。既にある実績を変えるときは、"
                    + "読んだときの ETag を If-Match ヘッダーで送ります。その後に他の人が変えていれば 409 と現在の値を返し、何も保存しません。"
                    + "変更履歴には、トークンの利用者が「API」から変更したと記録されます")
    ResponseEntity<?> write(
            @Parameter(description = "支部コード（01〜47、00は協会全体）", example = "09") @PathVariable String branch,
            @Parameter(description = "年度（西暦の開始年）", example = "2023") @PathVariable int year,
            @Parameter(description = "KPIコード", example = "LIFESTYLE_CHECKUP_RATE") @PathVariable String kpiCode,
            @Parameter(description = "月末時点（YYYY-MM）。年度末の実績なら付けません", example = "2023-09") @RequestParam(required = false)
                    String asOf,
            @Parameter(description = "読んだときの ETag（\"3\"）。新しく作るときは付けません")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @RequestBody ResultWrite body) {
        OrgCode org =
                OrgCode.read(branch).orElseThrow(() -> new ApiParameterException("branch", "支部コードは00〜47です: " + branch));
        FiscalYear fiscalYear = FiscalYear.of(year);
        Optional<AsOf> month = Optional.ofNullable(asOf)
                .filter(a -> !a.isBlank())
                .map(a -> AsOf.parse(a)
                        .filter(m -> m.fiscalYear().equals(fiscalYear))
                        .orElseThrow(() -> new ApiParameterException(
                                "asOf", "asOf は " + fiscalYear.japanese() + "の月（YYYY-MM）です: " + a)));
        KpiDefinition definition = entries.definition(kpiCode, fiscalYear)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, fiscalYear.japanese() + "のKPIに「" + kpiCode + "」はありません"));
        UserAccount user = CurrentUser.get();
        // Rights and locks first: another branch's writer learns nothing of the record's version.
        access.requireResultChange(user, org, fiscalYear, month);
        Optional<StoredRow<StoredResult>> stored = stored(org, fiscalYear, month, definition);
        Optional<Integer> version = ApiVersions.ifMatch(ifMatch);
        if (stored.isPresent() && version.isEmpty()) {
            return ApiProblems.versionRequired(
                    "この実績は既にあります（版 " + stored.get().version() + "）。読んだときの ETag を If-Match ヘッダーで送ってください",
                    json(stored.get()),
                    stored.get().version());
        }
        ResultEntry entry = body.entry();
        ResultEntryService.SaveOutcome outcome = month.isPresent()
                ? entries.saveInterim(user, org, month.get(), definition, entry, version)
                : entries.save(user, org, fiscalYear, definition, entry, version);
        if (outcome instanceof ResultEntryService.Conflict) {
            return conflict(stored(org, fiscalYear, month, definition));
        }
        if (outcome instanceof ResultEntryService.Refused refused) {
            return ApiProblems.refused(
                    "実績を保存できませんでした（何も保存していません）",
                    refused.problems().stream()
                            .map(p -> new ApiProblems.FieldProblem(fieldName(p.field()), p.messageJa()))
                            .toList());
        }
        boolean created = stored.isEmpty() && ((ResultEntryService.Saved) outcome).changed();
        StoredRow<StoredResult> now = stored(org, fiscalYear, month, definition).orElseThrow();
        ResponseEntity.BodyBuilder answer = created
                ? ResponseEntity.created(URI.create(location(org, fiscalYear, kpiCode, month)))
                : ResponseEntity.ok();
        return answer.eTag(ApiVersions.etag(now.version())).body(json(now));
    }

    private Optional<StoredRow<StoredResult>> stored(
            OrgCode org, FiscalYear year, Optional<AsOf> month, KpiDefinition definition) {
        return records.findResult(org, year, month, definition.kpiCode(), definition.definitionFy());
    }

    private ResponseEntity<ProblemDetail> conflict(Optional<StoredRow<StoredResult>> current) {
        return ApiProblems.conflict(
                "この実績は読んだ後に変更されています（現在の版 " + current.map(c -> "" + c.version()).orElse("なし")
                        + "）。現在の値を確かめて、その ETag で送り直してください。何も保存していません",
                current.map(this::json).orElse(null),
                current.map(StoredRow::version).orElse(-1));
    }

    private ResultJson json(StoredRow<StoredResult> row) {
        return ResultJson.of(row, catalogue.load());
    }

    /** The body's name of a checked field: SELF_EVALUATION_REASON → selfEvaluationReason. */
    static String fieldName(Enum<?> field) {
        String[] words = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++)
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        return name.toString();
    }

    private static String location(OrgCode org, FiscalYear year, String kpiCode, Optional<AsOf> month) {
        return "/api/v1/results/" + org + "/" + year.value() + "/" + kpiCode
                + month.map(m -> "?asOf=" + m).orElse("");
    }
}
