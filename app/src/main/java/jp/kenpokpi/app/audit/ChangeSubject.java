package jp.kenpokpi.app.audit;

import java.util.Optional;

/**
 * What a change is about, read from its row key (every key starts with branch and fiscal year, 09/2023/…): the
 * branch, the year and, for a KPI's target or result, the KPI. Stored beside the change so that the log can be
 * listed by them.
 */
public record ChangeSubject(Optional<String> branch, Optional<Integer> fiscalYear, Optional<String> kpiCode) {

    public static ChangeSubject of(String table, String rowKey) {
        String[] parts = rowKey.split("/");
        Optional<String> branch =
                parts.length > 0 && parts[0].matches("\\d{2}") ? Optional.of(parts[0]) : Optional.empty();
        Optional<Integer> year = parts.length > 1 && parts[1].matches("\\d{4}")
                ? Optional.of(Integer.parseInt(parts[1]))
                : Optional.empty();
        // kpi_target, target_proposal: 09/2023/KPI; target_setting: --/2023/KPI (every branch);
        // kpi_result: 09/2023/final/KPI/2021 (ResultAudit.key)
        int kpiAt = switch (table) {
            case "kpi_target", "target_proposal", "target_setting" -> 2;
            case "kpi_result" -> 3;
            default -> -1;
        };
        Optional<String> kpi = kpiAt >= 0 && parts.length > kpiAt ? Optional.of(parts[kpiAt]) : Optional.empty();
        return new ChangeSubject(branch, year, kpi);
    }
}
