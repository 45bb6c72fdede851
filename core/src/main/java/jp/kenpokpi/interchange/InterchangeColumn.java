package jp.kenpokpi.interchange;

import jp.kenpokpi.value.FieldLimits;

/**
 * The columns of the KPI interchange CSV (docs/INTERCHANGE.md). {@code source} is this system's one addition: where
 * a value was read (a report and its page), kept with the value as its provenance; {@code synthetic} carries the 架空
 * label of a synthetic value. A header row may name a column
 * by its Japanese label instead (the Excel template's header).
 */
public enum InterchangeColumn implements ImportCsv.Column {
    BRANCH_CODE(true, "支部コード", FieldLimits.Text.CODE),
    FISCAL_YEAR(true, "年度", FieldLimits.Text.CODE),
    AS_OF(false, "時点", FieldLimits.Text.CODE),
    KPI_CODE(true, "KPIコード", FieldLimits.Text.CODE),
    DEFINITION_FY(false, "定義の版", FieldLimits.Text.CODE),
    TARGET(false, "目標", FieldLimits.Text.TARGET),
    ACTUAL(false, "実績", FieldLimits.Text.ACTUAL),
    NUMERATOR(false, "分子", FieldLimits.Text.COUNT),
    DENOMINATOR(false, "分母", FieldLimits.Text.COUNT),
    NATIONAL_VALUE(false, "全国平均", FieldLimits.Text.NATIONAL_VALUE),
    NATIONAL_RANK(false, "全国順位", FieldLimits.Text.CODE),
    MARK(false, "実施状況", FieldLimits.Text.CODE),
    SELF_EVALUATION(false, "自己評価", FieldLimits.Text.CODE),
    NOTE(false, "備考", FieldLimits.Text.NOTE),
    SOURCE(false, "出典", FieldLimits.Text.SOURCE),
    /**
     * 架空 (synthetic) or empty. Present, it decides whether the row's values are synthetic; absent, a source that
     * says 架空 does (the rule before the column existed). The export writes it, so that 架空 travels as a value.
     */
    SYNTHETIC(false, "架空", FieldLimits.Text.CODE);

    private final boolean required;
    private final String labelJa;
    private final FieldLimits.Text limit;

    InterchangeColumn(boolean required, String labelJa, FieldLimits.Text limit) {
        this.required = required;
        this.labelJa = labelJa;
        this.limit = limit;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }

    @Override
    public FieldLimits.Text limit() {
        return limit;
    }
}
