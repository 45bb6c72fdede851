package jp.kenpokpi.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpokpi.comparison.CellStatus;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.summary.TileColour;
import jp.kenpokpi.value.Figure;
import org.junit.jupiter.api.Test;

/** The classes the stylesheet and the browser tests know core's states by (they were core's until issue 9). */
class StylesTest {

    private final Styles styles = new Styles();

    @Test
    void aComparisonCellIsDrawnByItsStatus() {
        assertThat(styles.status(CellStatus.NOT_COMPARABLE)).isEqualTo("not-comparable");
        assertThat(styles.status(CellStatus.ACHIEVED)).isEqualTo("achieved");
        assertThat(styles.status(CellStatus.MISSED)).isEqualTo("missed");
        assertThat(styles.status(CellStatus.NO_RESULT)).isEqualTo("no-result");
    }

    @Test
    void aValuesLabelsAreDrawnByTheirOwnClass() {
        assertThat(styles.label(Figure.Label.COMPUTED)).isEqualTo("computed-label");
        assertThat(styles.label(Figure.Label.SYNTHETIC)).isEqualTo("synthetic-label");
    }

    @Test
    void aTileIsDrawnByItsFifthItsActionOrItsMark() {
        assertThat(styles.tile(TileColour.quintile(1))).isEqualTo("tile-q1");
        assertThat(styles.tile(TileColour.quintile(5))).isEqualTo("tile-q5");
        assertThat(styles.tile(TileColour.DONE)).isEqualTo("tile-done");
        assertThat(styles.tile(TileColour.NOT_DONE)).isEqualTo("tile-not-done");
        assertThat(styles.tile(TileColour.of(Mark.BELOW_PLAN))).isEqualTo("tile-mark-BELOW_PLAN");
        assertThat(styles.tile(TileColour.NONE)).isEqualTo("tile-none");
    }
}
