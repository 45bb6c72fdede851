package jp.kenpokpi.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The mark-policy presets, and how they are named in configuration and on the command line. */
public final class MarkPolicies {

    public static final MarkPolicy EXCEEDS = new ExceedsMarkPolicy();
    public static final MarkPolicy LARGE_MARGIN =
            new LargeMarginMarkPolicy(LargeMarginMarkPolicy.DEFAULT_MARGIN_PERCENT);

    private MarkPolicies() {}

    public static List<MarkPolicy> presets() {
        return List.of(EXCEEDS, LARGE_MARGIN);
    }

    /** exceeds, large-margin, large-margin:15 (percent of the target). */
    public static Optional<MarkPolicy> parse(String id) {
        if (id == null) return Optional.empty();
        String s = id.strip();
        if (s.equals("exceeds")) return Optional.of(EXCEEDS);
        if (s.equals("large-margin")) return Optional.of(LARGE_MARGIN);
        if (s.startsWith("large-margin:")) {
            try {
                BigDecimal percent =
                        new BigDecimal(s.substring("large-margin:".length()).replace("%", ""));
                if (percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(1000)) <= 0) {
                    return Optional.of(new LargeMarginMarkPolicy(percent));
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
