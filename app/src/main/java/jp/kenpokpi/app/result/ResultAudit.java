package jp.kenpokpi.app.result;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.StoredResult;

/**
 * How a result is named and written in the change log, the same whether an import or the entry form changed it,
 * so that one history shows both.
 */
public final class ResultAudit {

    public static final String TABLE = "kpi_result";

    private ResultAudit() {}

    /** 09/2023/final/LIFESTYLE_CHECKUP_RATE/2021 */
    public static String key(StoredResult r) {
        return key(r.org(), r.year(), r.asOf(), r.kpiCode(), r.definitionFy());
    }

    public static String key(OrgCode org, FiscalYear year, Optional<AsOf> asOf, String kpiCode, int definitionFy) {
        return org + "/" + year + "/" + asOf.map(Object::toString).orElse("final") + "/" + kpiCode + "/" + definitionFy;
    }

    public static Map<String, String> values(StoredResult r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("actual", r.actualText().orElse(""));
        m.put("numerator", r.result().numerator().map(BigDecimal::toPlainString).orElse(""));
        m.put(
                "denominator",
                r.result().denominator().map(BigDecimal::toPlainString).orElse(""));
        m.put("national_value", r.nationalValueText().orElse(""));
        m.put("national_rank", r.nationalRank().map(Object::toString).orElse(""));
        m.put("mark", r.printedMark().map(Mark::symbol).orElse(""));
        m.put("self_evaluation", r.selfEvaluation().map(Enum::name).orElse(""));
        m.put("note", r.note().orElse(""));
        m.put("source", r.source().orElse(""));
        m.put("synthetic", Boolean.toString(r.synthetic()));
        return m;
    }

    /** A result's values with what the entry form writes beside it. */
    public static Map<String, String> values(StoredResult r, KpiRecordRepository.EntryTexts texts) {
        Map<String, String> m = values(r);
        m.put("self_evaluation_reason", texts.selfEvaluationReason().orElse(""));
        m.put("narrative", texts.narrative().orElse(""));
        return m;
    }
}
