package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import jp.kenpokpi.value.Figure;

/**
 * A value as the pages show it ({@link Figure}): the text at its display formatting, the number and unit where it is
 * one, and its labels (算, 架空) with the meaning the pages' legend gives them, from the one rule of core's Figure.
 */
@Schema(description = "画面・報告資料と同じ表示の値：表示文字列、数値と単位、ラベル（算・架空）")
public record FigureJson(
        @Schema(description = "表示文字列（値がないときは null）", example = "72.2%")
        String text,

        @Schema(description = "数値（単位のある数値のとき。実施・－などは null）", example = "72.2")
        BigDecimal number,

        @Schema(description = "単位（%、円、件など）", example = "%") String unit,

        @Schema(description = "値のラベル（算：支部の値から算出、架空：サンプルデータの架空の値）")
        List<Label> labels) {

    @Schema(description = "値のラベルとその意味")
    public record Label(
            @Schema(description = "ラベル", example = "架空") String label,

            @Schema(description = "ラベルの意味", example = "報告書にない架空の値（サンプルデータ）、または架空の値を含む算出値")
            String meaning) {}

    /** The figure, or null for no value, so that an absent value is absent in the JSON too. */
    static FigureJson of(Figure figure) {
        if (!figure.isPresent()) return null;
        return new FigureJson(
                figure.text().orElse(null),
                figure.amount().map(a -> Numbers.plain(a.number())).orElse(null),
                figure.amount().flatMap(a -> a.unit()).map(u -> u.symbol()).orElse(null),
                figure.labels().stream()
                        .map(l -> new Label(l.ja(), l.meaningJa()))
                        .toList());
    }
}
