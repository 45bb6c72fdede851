package jp.kenpokpi.organisation;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each branch sits on the tile map of Japan: one square per prefecture in a grid of 13 columns and 11 rows,
 * 北海道 top right and 沖縄 bottom left, each prefecture next to its real neighbours as far as squares allow. A tile
 * map gives Tottori the same room as Tokyo, which is what a comparison of 47 branches wants; a real map would not.
 *
 * <p>The arrangement is kept here as data, and only here: rows top to bottom, columns left to right, each cell the
 * branch's JIS X 0401 code or {@code ..} for sea.
 */
public final class TileGrid {

    /** Rows 1–11, columns 1–13. */
    private static final String[] ROWS = {
        ".. .. .. .. .. .. .. .. .. .. .. .. 01",
        ".. .. .. .. .. .. .. .. .. .. .. .. 02",
        ".. .. .. .. .. .. .. .. .. .. .. 05 03",
        ".. .. .. .. .. .. .. .. .. .. .. 06 04",
        ".. .. .. .. .. .. .. .. 17 16 15 07 ..",
        ".. .. .. .. .. .. .. 18 21 20 10 09 08",
        ".. .. 35 32 31 28 26 25 23 19 11 13 12",
        "41 40 .. 34 33 27 29 24 .. 22 14 .. ..",
        "42 43 44 38 37 .. 30 .. .. .. .. .. ..",
        ".. 46 45 39 36 .. .. .. .. .. .. .. ..",
        "47 .. .. .. .. .. .. .. .. .. .. .. ..",
    };

    /** A branch's square: row and column counted from 1, as CSS grid lines are. */
    public record Position(int row, int column) {}

    private static final Map<OrgCode, Position> POSITIONS = read();

    private TileGrid() {}

    public static int rows() {
        return ROWS.length;
    }

    public static int columns() {
        return ROWS[0].split(" ").length;
    }

    public static Position positionOf(OrgCode branch) {
        Position p = POSITIONS.get(branch);
        if (p == null) throw new IllegalArgumentException("タイル地図に" + branch + "の位置がありません");
        return p;
    }

    /** Every branch with its square, in code order. */
    public static Map<OrgCode, Position> positions() {
        return POSITIONS;
    }

    private static Map<OrgCode, Position> read() {
        Map<OrgCode, Position> map = new TreeMap<>();
        for (int r = 0; r < ROWS.length; r++) {
            String[] cells = ROWS[r].split(" ");
            for (int c = 0; c < cells.length; c++) {
                if (cells[c].equals("..")) continue;
                Position previous = map.put(OrgCode.of(cells[c]), new Position(r + 1, c + 1));
                if (previous != null) throw new IllegalStateException("タイル地図で" + cells[c] + "が二度あります");
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
