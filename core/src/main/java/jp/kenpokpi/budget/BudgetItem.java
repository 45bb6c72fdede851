package jp.kenpokpi.budget;

import java.util.Optional;

/**
 * One line of a budget table 主な取組: its printed number within the table ((1), (2), …), its name, the amounts,
 * where it was read, and whether it is a synthetic sample value (架空).
 */
public record BudgetItem(int number, String nameJa, BudgetAmounts amounts, Optional<String> source, boolean synthetic) {

    public BudgetItem {
        if (number < 1) throw new IllegalArgumentException("取組の番号は1以上です: " + number);
        if (nameJa.isBlank()) throw new IllegalArgumentException("取組の名前が空です");
    }

    /** (1) */
    public String label() {
        return "(" + number + ")";
    }
}
