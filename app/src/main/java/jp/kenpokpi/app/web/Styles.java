package jp.kenpokpi.app.web;

import jp.kenpokpi.comparison.CellStatus;
import jp.kenpokpi.summary.TileColour;
import jp.kenpokpi.value.Figure;
import org.springframework.stereotype.Component;

/**
 * The CSS classes the pages (and the HTML of the reports) draw core's states with: core says what a state means
 * (CellStatus, Figure.Label, TileColour), the application how it looks. Templates call it as {@code @styles}; a new constant in
 * core does not compile here until it has its class.
 */
@Component("styles")
public class Styles {

    /** A cell of the comparison table: 達成, 未達成, 実績なし, 比較不可. */
    public String status(CellStatus status) {
        return switch (status) {
            case ACHIEVED -> "achieved";
            case MISSED -> "missed";
            case NO_RESULT -> "no-result";
            case NOT_COMPARABLE -> "not-comparable";
        };
    }

    /** A label beside a value: 算, 架空. */
    public String label(Figure.Label label) {
        return switch (label) {
            case COMPUTED -> "computed-label";
            case SYNTHETIC -> "synthetic-label";
        };
    }

    /** A tile of the map and its legend's swatch: tile-q1 (the best fifth) … tile-q5, tile-done, tile-mark-EXCEEDED. */
    public String tile(TileColour colour) {
        return switch (colour.kind()) {
            case QUINTILE -> "tile-q" + colour.quintile();
            case DONE -> "tile-done";
            case NOT_DONE -> "tile-not-done";
            case MARK -> "tile-mark-" + colour.mark().name();
            case NONE -> "tile-none";
        };
    }
}
