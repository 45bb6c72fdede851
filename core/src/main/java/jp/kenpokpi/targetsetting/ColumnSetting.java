package jp.kenpokpi.targetsetting;

import java.util.Optional;
import jp.kenpokpi.period.FiscalYear;

/**
 * What headquarters decides for one KPI of a year's target grid: the rule every branch gets (71.7%以上,
 * 対前年度以上), if it sets one, and whether the branches propose their own target for it (with their reasoning).
 */
public record ColumnSetting(FiscalYear year, String kpiCode, Optional<String> ruleForAll, boolean branchesPropose) {

    public ColumnSetting {
        ruleForAll = ruleForAll.map(String::strip).filter(r -> !r.isEmpty());
    }

    /** A KPI headquarters has decided nothing for: no common rule, and the branches do not propose. */
    public static ColumnSetting none(FiscalYear year, String kpiCode) {
        return new ColumnSetting(year, kpiCode, Optional.empty(), false);
    }
}
