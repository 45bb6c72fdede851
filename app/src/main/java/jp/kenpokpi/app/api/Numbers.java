package jp.kenpokpi.app.api;

import java.math.BigDecimal;

/** Numbers as JSON writes them: 163860, never 1.6386E+5 (a stored numerator has its trailing zeros stripped). */
final class Numbers {

    private Numbers() {}

    static BigDecimal plain(BigDecimal value) {
        return value == null || value.scale() >= 0 ? value : value.setScale(0);
    }
}
