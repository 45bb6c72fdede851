package jp.kenpokpi.plan;

import java.util.Optional;

/**
 * A KPI by which a measure is judged.
 *
 * @param kpiCode         the catalogue code
 * @param item            項番: the KPI's number in the branch's summary table, (1) to (19) in Tochigi FY2023; it
 *                        orders the report's rows
 * @param targetReasoning 設定に当たっての考え方: why the target is set as it is (the Akita KPI一覧表)
 */
public record PlanKpi(String kpiCode, int item, Optional<String> targetReasoning) {

    public PlanKpi {
        if (item < 1) throw new IllegalArgumentException("item < 1: " + item);
        targetReasoning = targetReasoning.map(String::strip).filter(s -> !s.isEmpty());
    }
}
