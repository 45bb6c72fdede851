package jp.kenpokpi.app.audit;

import java.util.Map;
import jp.kenpokpi.organisation.Organisations;

/** What each table of the change log holds, as the audit log names it, and a change's record as people read it. */
public final class AuditTables {

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
            Map.entry("app_user", "アカウント"),
            Map.entry("api_token", "APIトークン"));

    private AuditTables() {}

    /** The table's Japanese name; a table not known shows its own name. */
    public static String nameJa(String table) {
        return NAMES.getOrDefault(table, table);
    }

    /** 栃木支部 2023年度 LIFESTYLE_CHECKUP_RATE, or the row key where it names no branch, year or KPI. */
    public static String subjectJa(ChangeLog.Change c) {
        ChangeSubject subject = c.subject();
        String subjectJa = String.join(
                        " ",
                        subject.branch()
                                .flatMap(b -> Organisations.all().find(b))
                                .map(o -> o.nameJa())
                                .orElse(""),
                        subject.fiscalYear().map(y -> y + "年度").orElse(""),
                        subject.kpiCode().orElse(""))
                .strip();
        return subjectJa.isEmpty() ? c.rowKey() : subjectJa;
    }

    /** The record a change is about, as a refusal names it: 実績「栃木支部 2023年度 LIFESTYLE_CHECKUP_RATE」. */
    public static String recordJa(ChangeLog.Change c) {
        return nameJa(c.table()) + "「" + subjectJa(c) + "」";
    }
}
