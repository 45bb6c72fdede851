package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.summary.ResultText;

/**
 * A stored result, year-end or as of a month end, as the API reads it and a write sends it back: what the branch
 * reports (value as printed, numerator, denominator, 全国平均 and rank printed, mark printed, self-evaluation, note,
 * narrative) beside its key and {@code version}; the figure is read only, the value as the pages show it
 * (core ResultText: the one rule of a result's text, number and labels).
 */
@Schema(description = "実績1件（年度末、または月末時点）。書き込み（PUT）では値の項目を変え、version（If-Match）を添えて送り返します。")
public record ResultJson(
        @Schema(description = "組織コード（00 協会、01〜47 支部）", example = "09")
        String branch,

        @Schema(description = "組織の名称（読み取り専用）", example = "栃木支部", accessMode = Schema.AccessMode.READ_ONLY)
        String branchName,

        @Schema(description = "年度", example = "2023") int year,

        @Schema(description = "月末時点（YYYY-MM。年度末の実績は null）", example = "2023-09")
        String asOf,

        @Schema(description = "定義の版（その版が有効になった年度）", example = "2021")
        int definitionFy,

        @Schema(description = "KPIコード", example = "LIFESTYLE_CHECKUP_RATE")
        String kpiCode,

        @Schema(description = "KPI名（読み取り専用）", accessMode = Schema.AccessMode.READ_ONLY)
        String kpiName,

        @Schema(description = "実績（報告書の書き方のまま）", example = "72.2%")
        String actual,

        @Schema(description = "画面と同じ表示（数値、単位、ラベル。読み取り専用）", accessMode = Schema.AccessMode.READ_ONLY)
        FigureJson figure,

        @Schema(description = "分子", example = "163860") BigDecimal numerator,
        @Schema(description = "分母", example = "226946") BigDecimal denominator,

        @Schema(description = "報告書の全国平均（書き方のまま）", example = "57.7%")
        String nationalValue,

        @Schema(description = "報告書の全国順位", example = "3") Integer nationalRank,
        @Schema(description = "報告書の記号（◎○△×）", example = "◎") String printedMark,

        @Schema(description = "自己評価（S、A、B、C、D）", example = "A")
        String selfEvaluation,

        @Schema(description = "自己評価の理由") String selfEvaluationReason,
        @Schema(description = "取組内容と理由（目標未達成のとき）") String narrative,
        @Schema(description = "備考") String note,

        @Schema(description = "出典（取込ファイルと行など。読み取り専用）", accessMode = Schema.AccessMode.READ_ONLY)
        String source,

        @Schema(description = "架空（サンプルデータ）の値か") boolean synthetic,

        @Schema(description = "記録の版（ETag と同じ。書き込みの If-Match に使う）", example = "0")
        int version) {

    static ResultJson of(StoredRow<StoredResult> row, KpiCatalogue catalogue) {
        StoredResult r = row.value();
        Optional<KpiDefinition> definition = catalogue
                .find(r.kpiCode())
                .flatMap(k -> k.versionStartingIn(r.definitionFy()).or(() -> k.definitionIn(r.year())));
        return new ResultJson(
                r.org().value(),
                Organisations.all().get(r.org()).nameJa(),
                r.year().value(),
                r.asOf().map(AsOf::iso).orElse(null),
                r.definitionFy(),
                r.kpiCode(),
                definition.map(KpiDefinition::nameJa).orElse(null),
                r.actualText().orElse(null),
                definition.map(d -> FigureJson.of(ResultText.figure(r, d))).orElse(null),
                Numbers.plain(r.result().numerator().orElse(null)),
                Numbers.plain(r.result().denominator().orElse(null)),
                r.nationalValueText().orElse(null),
                r.nationalRank().orElse(null),
                r.printedMark().map(Mark::symbol).orElse(null),
                r.selfEvaluation().map(Enum::name).orElse(null),
                r.selfEvaluationReason().orElse(null),
                r.narrative().orElse(null),
                r.note().orElse(null),
                r.source().orElse(null),
                r.synthetic(),
                row.version());
    }
}
