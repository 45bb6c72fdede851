package jp.kenpokpi.value;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The lengths and number sizes the database schema enforces (app/src/main/resources/db/migration, V1–V5), declared
 * once so that every way data comes in (the interchange, plan and budget imports, the entry and plan edit forms)
 * refuses what would not fit with its own Japanese message before anything is written, instead of the database
 * aborting the write with its own English one. The int constants serve annotations (Bean Validation) too.
 */
public final class FieldLimits {

    // kpi_target, kpi_result (V1, V2)
    public static final int TARGET_TEXT = 500;
    public static final int ACTUAL_TEXT = 200;
    public static final int NATIONAL_VALUE_TEXT = 100;
    public static final int NOTE = 2000;
    public static final int SOURCE = 1000;
    public static final int RESULT_SELF_EVALUATION_REASON = 2000;
    public static final int NARRATIVE = 4000;
    /** A numerator or denominator as typed: 20 digits, separators and decimals fit in well under this. */
    public static final int COUNT_TEXT = 40;
    // plan_measure, plan_action, plan_kpi (V5); docs/PLAN.md keeps group and reasons shorter than their columns
    public static final int PLAN_GROUP = 50;
    public static final int PLAN_TITLE = 200;
    /** Enough for the longest measure of the Tochigi report (about 1,500 characters) several times over. */
    public static final int PLAN_TEXT = 8000;
    /** 自己評価の理由, 重要度・困難度の理由, 設定に当たっての考え方. */
    public static final int PLAN_REASON = 2000;

    public static final int PLAN_MARK = 20;
    // budget_category, budget_item (V3)
    public static final int BUDGET_SECTION = 200;
    public static final int BUDGET_CATEGORY = 200;
    public static final int BUDGET_ITEM = 500;
    // data_change (V4): a change-log entry holds all fields of a row (a plan measure with its actions) in one text
    public static final int CHANGE_LOG_VALUES = 32000;
    /**
     * A submission's comment: headquarters' reason for returning or reopening a report (issue 10). Declared before
     * its table exists: the migration that keeps submission events gives its column this length.
     */
    public static final int SUBMISSION_COMMENT = 2000;
    /** A code, number or symbol cell (branch_code, kpi_code, mark…): whatever its reader accepts is far shorter. */
    public static final int CODE = 100;
    /** An account's e-mail address (app_user.email, V13). */
    public static final int EMAIL = 200;

    private FieldLimits() {}

    /** A text field: its longest length and whether it may hold line breaks and tabs. */
    public enum Text {
        TARGET(TARGET_TEXT, false),
        ACTUAL(ACTUAL_TEXT, false),
        NATIONAL_VALUE(NATIONAL_VALUE_TEXT, false),
        NOTE(FieldLimits.NOTE, true),
        SOURCE(FieldLimits.SOURCE, true),
        RESULT_SELF_EVALUATION_REASON(FieldLimits.RESULT_SELF_EVALUATION_REASON, true),
        NARRATIVE(FieldLimits.NARRATIVE, true),
        COUNT(COUNT_TEXT, false),
        PLAN_GROUP(FieldLimits.PLAN_GROUP, false),
        PLAN_TITLE(FieldLimits.PLAN_TITLE, false),
        PLAN_TEXT(FieldLimits.PLAN_TEXT, true),
        PLAN_REASON(FieldLimits.PLAN_REASON, true),
        PLAN_MARK(FieldLimits.PLAN_MARK, false),
        BUDGET_SECTION(FieldLimits.BUDGET_SECTION, false),
        BUDGET_CATEGORY(FieldLimits.BUDGET_CATEGORY, false),
        BUDGET_ITEM(FieldLimits.BUDGET_ITEM, false),
        SUBMISSION_COMMENT(FieldLimits.SUBMISSION_COMMENT, true),
        CODE(FieldLimits.CODE, false),
        EMAIL(FieldLimits.EMAIL, false);

        private final int maxLength;
        private final boolean multiLine;

        Text(int maxLength, boolean multiLine) {
            this.maxLength = maxLength;
            this.multiLine = multiLine;
        }

        public int maxLength() {
            return maxLength;
        }

        public boolean multiLine() {
            return multiLine;
        }

        /**
         * Why the text cannot be stored in this field, or empty: a control character (NUL cannot be stored by
         * PostgreSQL; an escape sequence rewrites the terminal that prints it), or more characters than the column
         * holds. Line breaks and tabs are allowed in a multi-line field only.
         */
        public Optional<String> problem(String text) {
            Optional<String> control = controlCharacter(text, multiLine);
            if (control.isPresent()) return control;
            // Counted in UTF-16 units, as H2 counts; PostgreSQL counts code points, never more.
            if (text.length() > maxLength) {
                return Optional.of("長すぎます（" + text.length() + "文字、" + maxLength + "文字まで）");
            }
            return Optional.empty();
        }
    }

    /** A number column: how many digits it keeps before and after the decimal point. */
    public enum Number {
        /** numerator, denominator: DECIMAL(24, 4). */
        COUNT(20, 4),
        /** actual_value, national_value: DECIMAL(24, 8). */
        VALUE(16, 8);

        private final int integerDigits;
        private final int decimals;

        Number(int integerDigits, int decimals) {
            this.integerDigits = integerDigits;
            this.decimals = decimals;
        }

        /** Why the number does not fit the column, or empty. */
        public Optional<String> problem(BigDecimal value) {
            BigDecimal v = value.stripTrailingZeros();
            int scale = Math.max(0, v.scale());
            int whole = v.precision() - v.scale();
            if (whole > integerDigits) {
                return Optional.of("桁が多すぎます（整数部" + whole + "桁。" + integerDigits + "桁まで）");
            }
            if (scale > decimals) {
                return Optional.of("小数の桁が多すぎます（小数部" + scale + "桁。" + decimals + "桁まで）");
            }
            return Optional.empty();
        }
    }

    /**
     * The first control character of a text (C0, DEL, C1), named by its code point, or empty. Tab, line feed and
     * carriage return are allowed where the field holds several lines.
     */
    public static Optional<String> controlCharacter(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c)) continue;
            if (multiLine && (c == '\t' || c == '\n' || c == '\r')) continue;
            String what = switch (c) {
                case '\0' -> "NUL文字";
                case '\t' -> "タブ";
                case '\n', '\r' -> "改行";
                case 0x1B -> "エスケープ文字";
                default -> "制御文字";
            };
            return Optional.of(what + "（U+" + String.format("%04X", (int) c) + "、" + (i + 1) + "文字目）は使えません"
                    + (c == '\n' || c == '\r' || c == '\t' ? "（この欄は1行で書きます）" : "。取り除いてください"));
        }
        return Optional.empty();
    }
}
