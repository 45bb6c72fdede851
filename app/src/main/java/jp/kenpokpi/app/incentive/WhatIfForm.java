package jp.kenpokpi.app.incentive;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.kenpokpi.incentive.Indicator;
import jp.kenpokpi.incentive.RateChange;

/**
 * The what-if panel's form as typed (指標 and ポイント, both blank until asked): read into a {@link RateChange}, or a
 * Japanese message that names the field at fault.
 */
record WhatIfForm(String indicator, String points) {

    /** 1.0, +0.5, -2, and full-width digits as typed on a Japanese keyboard. */
    private static final Pattern POINTS = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{1,3})?");

    /** A rate moves at most this many points: a rate is a share of 100. */
    private static final BigDecimal LIMIT = BigDecimal.valueOf(100);

    WhatIfForm {
        indicator = indicator == null ? "" : indicator.strip();
        points = points == null ? "" : normalise(points.strip());
    }

    boolean asked() {
        return !indicator.isEmpty() || !points.isEmpty();
    }

    /** The change asked for; empty when nothing was asked. */
    Optional<RateChange> change() {
        if (!asked()) return Optional.empty();
        Indicator i = indicatorAsked();
        if (points.isEmpty()) throw new Invalid("「ポイント」欄を入力してください（例 1.0、下げる場合は -0.5）");
        if (!POINTS.matcher(points).matches()) {
            throw new Invalid("「ポイント」欄の「" + points + "」は数値として読めません（例 1.0、下げる場合は -0.5、小数は3桁まで）");
        }
        BigDecimal value = new BigDecimal(points.startsWith("+") ? points.substring(1) : points);
        if (value.abs().compareTo(LIMIT) > 0) {
            throw new Invalid("「ポイント」欄は -100 から 100 の間で指定してください: " + points);
        }
        return Optional.of(new RateChange(i, value));
    }

    private Indicator indicatorAsked() {
        if (indicator.isEmpty()) throw new Invalid("「指標」欄を選んでください（①〜⑤）");
        try {
            return Indicator.byNumber(Integer.parseInt(indicator))
                    .orElseThrow(() -> new Invalid("「指標」欄の「" + indicator + "」はありません（①〜⑤から選んでください）"));
        } catch (NumberFormatException e) {
            throw new Invalid("「指標」欄の「" + indicator + "」はありません（①〜⑤から選んでください）");
        }
    }

    /** Full-width digits, signs and point (１．０, －０．５) read as half-width. */
    private static String normalise(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') s.append((char) ('0' + (c - '０')));
            else if (c == '．') s.append('.');
            else if (c == '－' || c == '−' || c == 'ー') s.append('-');
            else if (c == '＋') s.append('+');
            else s.append(c);
        }
        return s.toString();
    }

    /** A field typed wrong: the message names it. */
    static final class Invalid extends RuntimeException {
        Invalid(String messageJa) {
            super(messageJa);
        }
    }
}
