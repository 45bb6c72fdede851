package jp.kenpokpi.app.entry;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.app.result.KpiRecordRepository.EntryTexts;
import jp.kenpokpi.entry.ResultEntry;
import jp.kenpokpi.entry.ResultEntryCheck;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.result.StoredResult;
import jp.kenpokpi.value.FieldLimits;
import org.springframework.validation.BindingResult;

/**
 * The entry form's fields as typed, bound to the HTML form: not the stored row. Bean Validation checks what needs
 * no KPI (lengths fitting their columns, a self-evaluation S–D); whether the value reads and fits the KPI, and
 * whether a narrative is due, is the domain's check ({@link jp.kenpokpi.entry.ResultEntryCheck}).
 */
public class ResultEntryForm {

    @Size(max = FieldLimits.ACTUAL_TEXT, message = "{entry.size}")
    private String actual;

    @Size(max = FieldLimits.COUNT_TEXT, message = "{entry.size}")
    private String numerator;

    @Size(max = FieldLimits.COUNT_TEXT, message = "{entry.size}")
    private String denominator;

    @Size(max = FieldLimits.NOTE, message = "{entry.size}")
    private String note;

    @Pattern(regexp = "[SABCD]?", message = "{entry.selfEvaluation.pattern}")
    private String selfEvaluation;

    @Size(max = FieldLimits.RESULT_SELF_EVALUATION_REASON, message = "{entry.size}")
    private String selfEvaluationReason;

    @Size(max = FieldLimits.NARRATIVE, message = "{entry.size}")
    private String narrative;

    /** The version of the stored result the form was filled from; empty when there was none yet. */
    @PositiveOrZero(message = "{entry.version}")
    private Integer version;

    /**
     * The stored 実績, 分子 and 分母 the form was filled with (hidden fields): a 分子/分母 sent back untouched beside a
     * changed 実績 belongs to the old value, not the new one.
     */
    @Size(max = 200, message = "{entry.size}")
    private String loadedActual;

    @Size(max = 20, message = "{entry.size}")
    private String loadedNumerator;

    @Size(max = 20, message = "{entry.size}")
    private String loadedDenominator;

    /** The form filled with what is stored, or empty for a KPI without a result yet. */
    static ResultEntryForm of(Optional<ResultEntryService.StoredEntry> stored) {
        ResultEntryForm form = new ResultEntryForm();
        stored.ifPresent(s -> {
            StoredResult r = s.result();
            EntryTexts texts = s.texts();
            form.actual = r.actualText().orElse("");
            form.numerator =
                    r.result().numerator().map(BigDecimal::toPlainString).orElse("");
            form.denominator =
                    r.result().denominator().map(BigDecimal::toPlainString).orElse("");
            form.note = r.note().orElse("");
            form.selfEvaluation = r.selfEvaluation().map(Enum::name).orElse("");
            form.selfEvaluationReason = texts.selfEvaluationReason().orElse("");
            form.narrative = texts.narrative().orElse("");
            form.version = s.version();
            form.loadedActual = form.actual;
            form.loadedNumerator = form.numerator;
            form.loadedDenominator = form.denominator;
        });
        return form;
    }

    /**
     * Only 実績 was changed: the stored 分子/分母 were those of the old value, and would be refused as not matching
     * the new one (「分子÷分母と一致しません」). They are blanked, and the page says so; a user who types a new
     * 分子/分母 (or clears them) keeps what they typed.
     *
     * @return the old value whose 分子/分母 were blanked, if any
     */
    Optional<String> dropStaleFraction() {
        if (loadedActual == null || blank(loadedNumerator) && blank(loadedDenominator)) return Optional.empty();
        boolean actualChanged = !strip(actual).equals(strip(loadedActual));
        boolean fractionUntouched = strip(numerator).equals(strip(loadedNumerator))
                && strip(denominator).equals(strip(loadedDenominator));
        if (!actualChanged || !fractionUntouched || blank(actual)) return Optional.empty();
        numerator = "";
        denominator = "";
        loadedNumerator = "";
        loadedDenominator = "";
        String old = loadedActual;
        loadedActual = actual;
        return Optional.of(old);
    }

    /** {@link #dropStaleFraction}, and what the page then tells the user, if it blanked anything. */
    Optional<String> dropStaleFractionNotice() {
        return dropStaleFraction().map(old -> "分子・分母は前の実績（" + old + "）のものだったため空にしました。" + "新しい分子・分母があれば入力してください。");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** Each problem the domain's check found, as a message next to its field. */
    static void reject(ResultEntryService.Refused refused, BindingResult binding) {
        refused.problems()
                .forEach(p -> binding.rejectValue(field(p.field()), "entry." + field(p.field()), p.messageJa()));
    }

    private static String field(ResultEntryCheck.Field field) {
        return switch (field) {
            case ACTUAL -> "actual";
            case NUMERATOR -> "numerator";
            case DENOMINATOR -> "denominator";
            case NOTE -> "note";
            case SELF_EVALUATION -> "selfEvaluation";
            case SELF_EVALUATION_REASON -> "selfEvaluationReason";
            case NARRATIVE -> "narrative";
        };
    }

    ResultEntry toEntry() {
        return ResultEntry.of(
                actual,
                numerator,
                denominator,
                note,
                SelfEvaluation.parse(selfEvaluation),
                selfEvaluationReason,
                narrative);
    }

    /**
     * The fields a month-end result has: its value and note. A result part way through the year has no
     * self-evaluation or narrative; anything sent in their place is not read.
     */
    ResultEntry toInterimEntry() {
        return ResultEntry.of(actual, numerator, denominator, note, Optional.empty(), null, null);
    }

    Optional<Integer> readVersion() {
        return Optional.ofNullable(version);
    }

    public String getActual() {
        return actual;
    }

    public void setActual(String actual) {
        this.actual = actual;
    }

    public String getNumerator() {
        return numerator;
    }

    public void setNumerator(String numerator) {
        this.numerator = numerator;
    }

    public String getDenominator() {
        return denominator;
    }

    public void setDenominator(String denominator) {
        this.denominator = denominator;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSelfEvaluation() {
        return selfEvaluation;
    }

    public void setSelfEvaluation(String selfEvaluation) {
        this.selfEvaluation = selfEvaluation;
    }

    public String getSelfEvaluationReason() {
        return selfEvaluationReason;
    }

    public void setSelfEvaluationReason(String selfEvaluationReason) {
        this.selfEvaluationReason = selfEvaluationReason;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getLoadedActual() {
        return loadedActual;
    }

    public void setLoadedActual(String loadedActual) {
        this.loadedActual = loadedActual;
    }

    public String getLoadedNumerator() {
        return loadedNumerator;
    }

    public void setLoadedNumerator(String loadedNumerator) {
        this.loadedNumerator = loadedNumerator;
    }

    public String getLoadedDenominator() {
        return loadedDenominator;
    }

    public void setLoadedDenominator(String loadedDenominator) {
        this.loadedDenominator = loadedDenominator;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
