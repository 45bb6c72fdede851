package jp.kenpokpi.app.auditlog;

import java.util.Map;

/** What each table of the change log holds, as the audit log names it. */
final class AuditTables {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("kpi_target", "目標"),
            Map.entry("kpi_result", "実績"),
            Map.entry("plan_measure", "事業計画"),
            Map.entry("budget_category", "予算の分野"),
            Map.entry("budget_item", "予算の取組"),
            Map.entry("fiscal_year_lock", "年度の確定"),
            Map.entry("submission", "提出・承認"),
            Map.entry("target_setting", "目標設定"),
            Map.entry("target_proposal", "支部の提案"),
            Map.entry("app_user", "アカウント"));

    private AuditTables() {}

    /** The table's Japanese name; a table not known shows its own name. */
    static String nameJa(String table) {
        return NAMES.getOrDefault(table, table);
    }
}
