package jp.kenpokpi.targetsetting;

import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.target.TargetRuleParser;
import jp.kenpokpi.value.FieldLimits;
import jp.kenpokpi.value.UnreadableValueException;

/**
 * Whether a target typed into the grid or a proposal can be stored: the same reading the import applies to its
 * target column (TargetRuleParser), so a target the grid accepts is one every page and report can judge.
 */
public final class TargetTexts {

    private TargetTexts() {}

    /** Why the text is not a target for the KPI, or empty; an empty text is "no target" and is the caller's to refuse. */
    public static Optional<String> problem(String text, KpiDefinition definition) {
        Optional<String> tooLong = FieldLimits.Text.TARGET.problem(text);
        if (tooLong.isPresent()) return tooLong;
        try {
            TargetRuleParser.parse(text, definition);
            return Optional.empty();
        } catch (UnreadableValueException e) {
            return Optional.of(e.getMessage());
        }
    }
}
