package jp.kenpokpi.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.kenpokpi.catalogue.Direction;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.summary.KpiDetail.LegendEntry;
import jp.kenpokpi.summary.KpiDetail.TileColouring;

/**
 * The colour classes of the tile map and their legend. By result, a tile falls into a fifth of the ranking (1 the
 * best, in the KPI's direction, so that a lower-is-better KPI colours its lowest values as best); an action KPI
 * is coloured 実施 / 未実施. By achievement, a tile takes its mark's class.
 */
public final class TileColours {

    public static final int QUANTILES = 5;
    public static final String NONE = "tile-none";

    private TileColours() {
    }

    /** 1 for ranks in the best fifth of the ranked branches, … 5 for the worst fifth. Ties share the rank's fifth. */
    public static int quintile(int rank, int ranked) {
        if (rank < 1 || rank > ranked) throw new IllegalArgumentException("順位 " + rank + " は1〜" + ranked + "ではありません");
        return 1 + (rank - 1) * QUANTILES / ranked;
    }

    public static String byResult(Optional<Integer> quintile, Optional<Boolean> carriedOut) {
        if (carriedOut.isPresent()) return carriedOut.get() ? "tile-done" : "tile-not-done";
        return quintile.map(q -> "tile-q" + q).orElse(NONE);
    }

    public static String byMark(Mark mark) {
        return "tile-mark-" + mark.name();
    }

    public static List<LegendEntry> legend(TileColouring colouring, Direction direction) {
        List<LegendEntry> legend = new ArrayList<>();
        if (colouring == TileColouring.ACHIEVEMENT) {
            for (Mark m : Mark.values()) legend.add(new LegendEntry(byMark(m), m.symbol() + " " + m.legendJa()));
            return legend;
        }
        if (direction == Direction.DONE) {
            legend.add(new LegendEntry("tile-done", "実施"));
            legend.add(new LegendEntry("tile-not-done", "未実施"));
        } else {
            int step = 100 / QUANTILES;
            for (int q = 1; q <= QUANTILES; q++) {
                legend.add(new LegendEntry("tile-q" + q, "順位が上位" + (q - 1) * step + "〜" + q * step + "%"));
            }
        }
        legend.add(new LegendEntry(NONE, "実績なし"));
        return legend;
    }
}
