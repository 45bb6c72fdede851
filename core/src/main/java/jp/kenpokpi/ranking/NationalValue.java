package jp.kenpokpi.ranking;

import java.math.BigDecimal;
import jp.kenpokpi.value.Figure;

/**
 * The association's value of a KPI in a year (what a branch sets beside its own as 全国平均), with where it comes
 * from. Resolved by {@link NationalValues}, the one place that decides it.
 *
 * @param value    the number compared and drawn: as printed (without trailing zeros), or at the KPI's reporting
 *                 precision when computed
 * @param figure   as every table shows it: the text as printed, or formatted at the KPI's reporting precision when
 *                 computed; its number in the KPI's unit at those decimals (none for a count of branches); 算 when
 *                 computed, 架空 when the row it was read from is synthetic or a synthetic branch value went into it
 * @param sourceJa where it comes from, in words (協会全体の公表値, 栃木支部の報告書に記載の全国平均, Σ…（40支部）)
 */
public record NationalValue(BigDecimal value, Figure figure, Source source, String sourceJa) {

    public enum Source {
        /** The association's own published result. */
        PUBLISHED,
        /** The 全国平均 a branch's report printed beside its result. */
        PRINTED_BY_BRANCH,
        /** Σnumerator / Σdenominator (or Σ, or the branches that carried it out) of the branches' values. */
        COMPUTED
    }

    public NationalValue {
        if (figure.computed() != (source == Source.COMPUTED) || !figure.isPresent()) {
            throw new IllegalArgumentException("全国平均の表示が出所と合いません: " + figure + " " + source);
        }
    }

    public boolean computed() {
        return source == Source.COMPUTED;
    }

    public String text() {
        return figure.textOr("");
    }

    public boolean synthetic() {
        return figure.synthetic();
    }
}
