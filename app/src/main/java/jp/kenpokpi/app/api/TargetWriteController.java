package jp.kenpokpi.app.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.app.targetsetting.TargetSettingService;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.targetsetting.CellKey;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A target written through the API: one cell of headquarters' target grid (TargetSettingService), with its rules
 * (headquarters sets targets; a locked year or an approved plan refuses) over the version the caller read.
 */
@RestController
@Tag(name = "目標の書き込み", description = "支部・年度・KPIの目標を1件ずつ書き込みます（本部のみ。目標設定の表と同じ検査・ロック）")
class TargetWriteController {

    private final TargetSettingService targets;
    private final KpiRecordRepository records;
    private final CatalogueRepository catalogue;

    TargetWriteController(TargetSettingService targets, KpiRecordRepository records, CatalogueRepository catalogue) {
        this.targets = targets;
        this.records = records;
        this.catalogue = catalogue;
    }

    @Schema(description = "書き込む目標（GET で読んだ目標をそのまま送り返せます。読み取り専用の項目は無視します）")
    record TargetWrite(
            @Schema(description = "目標（報告書と同じ書き方。target とも書けます）", example = "71.7%以上") @JsonAlias("target")
            String text) {}

    @PutMapping("/api/v1/targets/{branch}/{year}/{kpiCode}")
    @Operation(
            summary = "目標を書き込む",
            description = "既にある目標を変えるときは、読んだときの ETag を If-Match ヘッダーで送ります。その後に他の人が変えていれば 409 と"
                    + "現在の値を返し、何も保存しません。目標を決めるのは本部です（支部は目標設定の画面で提案します）")
    ResponseEntity<?> write(
            @Parameter(description = "支部コード（01〜47、00は協会全体）", example = "09") @PathVariable String branch,
            @Parameter(description = "年度（西暦の開始年）", example = "2025") @PathVariable int year,
            @Parameter(description = "KPIコード", example = "LIFESTYLE_CHECKUP_RATE") @PathVariable String kpiCode,
            @Parameter(description = "読んだときの ETag（\"3\"）。新しく作るときは付けません")
                    @RequestHeader(name = "If-Match", required = false)
                    String ifMatch,
            @RequestBody TargetWrite body) {
        OrgCode org =
                OrgCode.read(branch).orElseThrow(() -> new ApiParameterException("branch", "支部コードは00〜47です: " + branch));
        FiscalYear fiscalYear = FiscalYear.of(year);
        // Rights first: a branch's writer learns nothing of the record's version.
        TargetSettingService.requireHeadquarters(CurrentUser.get());
        Optional<Integer> version = ApiVersions.ifMatch(ifMatch);
        Optional<StoredRow<StoredTarget>> stored = records.findTarget(org, fiscalYear, kpiCode);
        if (stored.isPresent() && version.isEmpty()) {
            return ApiProblems.versionRequired(
                    "この目標は既にあります（版 " + stored.get().version() + "）。読んだときの ETag を If-Match ヘッダーで送ってください",
                    json(stored.get()),
                    stored.get().version());
        }
        if (!stored.map(StoredRow::version).equals(version)) return conflict(org, fiscalYear, kpiCode);
        CellKey cell = CellKey.of(org, kpiCode);
        Map<CellKey, Integer> read = new LinkedHashMap<>();
        version.ifPresent(v -> read.put(cell, v));
        TargetSettingService.Saved saved = targets.saveCells(
                CurrentUser.get(), fiscalYear, Map.of(cell, body.text() == null ? "" : body.text()), read);
        if (!saved.ok()) {
            // Between our read and the save's own check someone else may have written: the save says so.
            String problem = saved.problems().values().iterator().next();
            if (problem.startsWith("他の人が先に変更しました")) return conflict(org, fiscalYear, kpiCode);
            return ApiProblems.refused(
                    "目標を保存できませんでした（何も保存していません）", List.of(new ApiProblems.FieldProblem("target", problem)));
        }
        StoredRow<StoredTarget> now =
                records.findTarget(org, fiscalYear, kpiCode).orElseThrow();
        return ResponseEntity.status(stored.isEmpty() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(ApiVersions.etag(now.version()))
                .body(json(now));
    }

    private ResponseEntity<ProblemDetail> conflict(OrgCode org, FiscalYear year, String kpiCode) {
        Optional<StoredRow<StoredTarget>> current = records.findTarget(org, year, kpiCode);
        return ApiProblems.conflict(
                "この目標は読んだ後に変更されています（現在の版 " + current.map(c -> "" + c.version()).orElse("なし")
                        + "）。現在の値を確かめて、その ETag で送り直してください。何も保存していません",
                current.map(this::json).orElse(null),
                current.map(StoredRow::version).orElse(-1));
    }

    private TargetJson json(StoredRow<StoredTarget> row) {
        return TargetJson.of(row, catalogue.load());
    }
}
