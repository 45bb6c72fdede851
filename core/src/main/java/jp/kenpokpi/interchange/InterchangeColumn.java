package jp.kenpokpi.interchange;

/**
 * The columns of the KPI interchange CSV (INTERCHANGE.md). {@code source} is this system's one addition: where a
 * value was read (a report and its page), kept with the value as its provenance.
 */
public enum InterchangeColumn implements ImportCsv.Column {
    BRANCH_CODE(true),
    FISCAL_YEAR(true),
    AS_OF(false),
    KPI_CODE(true),
    DEFINITION_FY(false),
    TARGET(false),
    ACTUAL(false),
    NUMERATOR(false),
    DENOMINATOR(false),
    NATIONAL_VALUE(false),
    NATIONAL_RANK(false),
    MARK(false),
    SELF_EVALUATION(false),
    NOTE(false),
    SOURCE(false);

    private final boolean required;

    InterchangeColumn(boolean required) {
        this.required = required;
    }

    @Override
    public boolean required() {
        return required;
    }
}
