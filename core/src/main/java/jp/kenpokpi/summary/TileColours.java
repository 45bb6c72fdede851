package jp.kenpokpi.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.summary.KpiDetail.LegendEntry;
import jp.kenpokpi.summary.KpiDetail.TileColouring;

/**
 * The colours of the tile map and their legend (what they mean; the application draws them, web/Styles). By result, a tile falls into a fifth of the ranking (1 the
 * best, in the KPI's direction, so that a lower-is-better KPI colours its lowest values as best); an action KPI
 * is coloured 実施 / 未実施. By achievement, a tile takes its mark's class.
 */
public final class TileColours {

    public static final int QUANTILES = 5;
    public static final TileColour NONE = TileColour.NONE;

    private TileColours() {}

    /** 1 for ranks in the best fifth of the ranked branches, … 5 for the worst fifth. Ties share the rank's fifth. */
    public static int quintile(int rank, int ranked) {
        if (rank < 1 || rank > ranked) throw new IllegalArgumentException("順位 " + rank + " は1〜" + ranked + "ではありません");
        return 1 + (rank - 1) * QUANTILES / ranked;
    }

    public static TileColour byResult(Optional<Integer> quintile, Optional<Boolean> carriedOut) {
        return TileColour.carriedOut(carriedOut, quintile);
    }

    public static TileColour byMark(Mark mark) {
        return TileColour.of(mark);
    }

    public static List<LegendEntry> legend(TileColouring colouring, Direction direction) {
        List<LegendEntry> legend = new ArrayList<>();
        if (colouring == TileColouring.ACHIEVEMENT) {
            for (Mark m : Mark.values()) legend.add(new LegendEntry(byMark(m), m.symbol() + " " + m.legendJa()));
            return legend;
        }
        if (direction == Direction.DONE) {
            legend.add(new LegendEntry(TileColour.DONE, "実施"));
            legend.add(new LegendEntry(TileColour.NOT_DONE, "未実施"));
        } else {
            int step = 100 / QUANTILES;
            for (int q = 1; q <= QUANTILES; q++) {
                legend.add(new LegendEntry(TileColour.quintile(q), "順位が上位" + (q - 1) * step + "〜" + q * step + "%"));
            }
        }
        legend.add(new LegendEntry(NONE, "実績なし"));
        return legend;
    }
}
