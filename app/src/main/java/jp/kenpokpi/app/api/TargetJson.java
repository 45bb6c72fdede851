package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.result.StoredTarget;

/**
 * A stored target as the API reads it and a write sends it back: the fields a client changes ({@code text},
 * {@code note}) beside the record's key and its {@code version} (also the ETag of its own address); the rest is read
 * only (the names, the figure as the pages show it).
 */
@Schema(description = "目標1件。書き込み（PUT）では text と note を変え、version（If-Match）を添えて送り返します。")
public record TargetJson(
        @Schema(description = "組織コード（00 協会、01〜47 支部）", example = "09")
        String branch,

        @Schema(description = "組織の名称（読み取り専用）", example = "栃木支部", accessMode = Schema.AccessMode.READ_ONLY)
        String branchName,

        @Schema(description = "年度", example = "2023") int year,

        @Schema(description = "KPIコード", example = "LIFESTYLE_CHECKUP_RATE")
        String kpiCode,

        @Schema(description = "KPI名（その年度の定義。読み取り専用）", accessMode = Schema.AccessMode.READ_ONLY)
        String kpiName,

        @Schema(description = "目標（報告書の書き方のまま）", example = "71.7%以上")
        String text,

        @Schema(description = "画面と同じ表示（ラベル付き。読み取り専用）", accessMode = Schema.AccessMode.READ_ONLY)
        FigureJson figure,

        @Schema(description = "備考") String note,

        @Schema(description = "出典（取込ファイルと行など。読み取り専用）", accessMode = Schema.AccessMode.READ_ONLY)
        String source,

        @Schema(description = "架空（サンプルデータ）の値か") boolean synthetic,

        @Schema(description = "記録の版（ETag と同じ。書き込みの If-Match に使う）", example = "0")
        int version) {

    static TargetJson of(StoredRow<StoredTarget> row, KpiCatalogue catalogue) {
        StoredTarget t = row.value();
        return new TargetJson(
                t.org().value(),
                Organisations.all().get(t.org()).nameJa(),
                t.year().value(),
                t.kpiCode(),
                catalogue
                        .find(t.kpiCode())
                        .flatMap(k -> k.definitionIn(t.year()))
                        .map(KpiDefinition::nameJa)
                        .orElse(null),
                t.text(),
                FigureJson.of(t.figure()),
                t.note().orElse(null),
                t.source().orElse(null),
                t.synthetic(),
                row.version());
    }
}
