package jp.kenpokpi.incentive;

/**
 * What the engine does with a branch that lacks a sub-item's input. Either way the sub-item's mean and standard
 * deviation are taken over the branches that have the value only, and every output marks the branch's sub-item 欠測.
 */
public enum MissingInputRule {
    /**
     * The branch scores the lowest deviation score given for that sub-item and stays in the ranking: the published
     * ranking always lists all 47 branches, and no branch may come out better for a figure it did not give. The
     * default.
     */
    LOWEST_SCORE("欠測の小項目は全支部中の最低の偏差値"),
    /**
     * The branch is left out: its values count in no mean or standard deviation, it gets no total rank and no
     * reward (its scores against the others are still shown, its missing sub-items at the lowest score).
     */
    EXCLUDED_FROM_RANKING("欠測のある支部は順位付けの対象外");

    private final String labelJa;

    MissingInputRule(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
