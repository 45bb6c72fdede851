package jp.kenpokpi.app.result;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.StoredTarget;

/**
 * How a target is named and written in the change log, the same whether an import, the target grid or an accepted
 * proposal set it, so that one history shows them all.
 */
public final class TargetAudit {

    public static final String TABLE = "kpi_target";

    private TargetAudit() {}

    /** 09/2023/LIFESTYLE_CHECKUP_RATE */
    public static String key(OrgCode org, FiscalYear year, String kpiCode) {
        return org + "/" + year + "/" + kpiCode;
    }

    public static Map<String, String> values(StoredTarget t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("target", t.text());
        m.put("note", t.note().orElse(""));
        m.put("source", t.source().orElse(""));
        m.put("synthetic", Boolean.toString(t.synthetic()));
        return m;
    }
}
