package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kenpokpi.evaluation.Mark;

/** A mark (実施状況) as the pages print it, with the legend's wording of it. */
@Schema(description = "実施状況の記号とその意味（画面の凡例と同じ）")
public record MarkJson(
        @Schema(description = "記号（◎○△×—）", example = "◎") String symbol,

        @Schema(description = "記号のコード（EXCEEDED、AS_PLANNED、BELOW_PLAN、NOT_CARRIED_OUT、NONE）", example = "EXCEEDED")
        String code,

        @Schema(description = "記号の意味", example = "計画を上回る実施状況")
        String meaning) {

    static MarkJson of(Mark mark) {
        return new MarkJson(mark.symbol(), mark.name(), mark.legendJa());
    }
}
