package jp.kenpokpi.interchange;

import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;

/** What makes a row unique: one organisation, year, period, KPI and definition version. */
public record RowKey(OrgCode org, FiscalYear year, Optional<AsOf> asOf, String kpiCode, int definitionFy) {

    public String describeJa() {
        return org + " " + year.japanese() + asOf.map(a -> " " + a.japanese()).orElse(" 年度末") + " " + kpiCode + "（定義"
                + definitionFy + "年度版）";
    }
}
