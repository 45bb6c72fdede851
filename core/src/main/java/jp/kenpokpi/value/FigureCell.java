package jp.kenpokpi.value;

import java.util.Optional;

/** A table cell that shows one {@link Figure}: its text and labels read from it, one rule for every such cell. */
public interface FigureCell {

    Figure figure();

    /** As printed, or formatted when computed; empty for no value. */
    default Optional<String> text() {
        return figure().text();
    }

    /** Formed from the branches' values (算), not published. */
    default boolean computed() {
        return figure().computed();
    }

    /** Synthetic (架空). */
    default boolean synthetic() {
        return figure().synthetic();
    }
}
