package jp.kenpokpi.summary;

import java.util.Optional;
import jp.kenpokpi.evaluation.Mark;

/**
 * What a tile of the map (and its legend's swatch) is coloured by: a fifth of the ranking (1 the best), 実施 or
 * 未実施, a mark, or nothing to colour by. The meaning only: the application draws it (web/Styles).
 *
 * @param quintile 1–5 with {@link Kind#QUINTILE}, else 0
 * @param mark the mark with {@link Kind#MARK}, else {@link Mark#NONE}
 */
public record TileColour(Kind kind, int quintile, Mark mark) {

    public enum Kind {
        QUINTILE,
        DONE,
        NOT_DONE,
        MARK,
        NONE
    }

    public static final TileColour NONE = new TileColour(Kind.NONE, 0, Mark.NONE);
    public static final TileColour DONE = new TileColour(Kind.DONE, 0, Mark.NONE);
    public static final TileColour NOT_DONE = new TileColour(Kind.NOT_DONE, 0, Mark.NONE);

    public static TileColour quintile(int quintile) {
        return new TileColour(Kind.QUINTILE, quintile, Mark.NONE);
    }

    public static TileColour of(Mark mark) {
        return new TileColour(Kind.MARK, 0, mark);
    }

    static TileColour carriedOut(Optional<Boolean> carriedOut, Optional<Integer> quintile) {
        if (carriedOut.isPresent()) return carriedOut.get() ? DONE : NOT_DONE;
        return quintile.map(TileColour::quintile).orElse(NONE);
    }
}
