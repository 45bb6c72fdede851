package jp.kenpokpi.evaluation;

import java.util.Optional;
import jp.kenpokpi.value.Digits;

/** 自己評価: the S–D grade a branch gives a measure, with the legend the reports print. */
public enum SelfEvaluation {
    S("計画を大幅に上回っている"),
    A("計画を上回っている"),
    B("概ね計画どおり"),
    C("計画を下回っている"),
    D("計画を大幅に下回っている");

    private final String legendJa;

    SelfEvaluation(String legendJa) {
        this.legendJa = legendJa;
    }

    public String legendJa() {
        return legendJa;
    }

    /** What a self-evaluation lacks: the reason of a grade, or the grade of a reason. */
    public enum Lacking {
        REASON,
        GRADE;

        /** The plan's wording of what is lacking (the plan form, a report's submission); the result form words a missing reason its own way. */
        public String messageJa(Optional<SelfEvaluation> grade) {
            return switch (this) {
                case REASON -> "自己評価（" + grade.map(Enum::name).orElse("") + "）の理由を入力してください";
                case GRADE -> "自己評価の理由がありますが、自己評価（S〜D）が選ばれていません";
            };
        }
    }

    /**
     * The one rule for a self-evaluation wherever it is given (the plan file, the plan form, the result form): a
     * grade needs its reason, and a reason its grade. Each input words the problem for its reader.
     */
    public static Optional<Lacking> lacking(Optional<SelfEvaluation> grade, Optional<String> reason) {
        boolean reasoned = reason.map(r -> !r.isBlank()).orElse(false);
        if (grade.isPresent() && !reasoned) return Optional.of(Lacking.REASON);
        if (grade.isEmpty() && reasoned) return Optional.of(Lacking.GRADE);
        return Optional.empty();
    }

    public static Optional<SelfEvaluation> parse(String printed) {
        if (printed == null) return Optional.empty();
        String s = Digits.withoutSpaces(Digits.toHalfWidth(printed)).toUpperCase();
        for (SelfEvaluation e : values()) {
            if (e.name().equals(s)) return Optional.of(e);
        }
        return Optional.empty();
    }
}
