package jp.kenpokpi.audit;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpokpi.budget.BudgetAmounts;
import jp.kenpokpi.catalogue.CatalogueCsv;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiCatalogue;

/**
 * The fields the change log and the import previews record, as people read them: one Japanese name per field and
 * one way of showing its value (架空: はい/いいえ, 出典 as the report's title, a plan's KPI by its name). The change
 * history of a result, of a plan measure and both import previews all read fields through here.
 */
public final class RecordedFields {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("actual", "実績"),
            Map.entry("numerator", "分子"),
            Map.entry("denominator", "分母"),
            Map.entry("national_value", "全国平均"),
            Map.entry("national_rank", "全国順位"),
            Map.entry("mark", "報告書の記号"),
            Map.entry("self_evaluation", "自己評価"),
            Map.entry("self_evaluation_reason", "自己評価の理由"),
            Map.entry("narrative", "取組内容・理由"),
            Map.entry("note", "備考"),
            Map.entry("source", "出典"),
            Map.entry("synthetic", "架空の値"),
            Map.entry("target", "目標"),
            Map.entry("locked_by", "ロックした人"),
            // A submission's step (提出・承認) and a target proposal or column setting (目標設定).
            Map.entry("state", "状態"),
            Map.entry("step", "操作"),
            Map.entry("comment", "コメント"),
            Map.entry("rule_for_all", "全支部の目標"),
            Map.entry("branches_propose", "支部の提案"),
            Map.entry("locked_at", "ロックした日時"),
            // A business plan's measure (PlanAudit), its actions and KPI links flattened as action1.done_text.
            Map.entry("group", "担当グループ"),
            Map.entry("title", "施策名"),
            Map.entry("plan_text", "計画"),
            Map.entry("done_text", "実施状況"),
            Map.entry("issues", "課題"),
            Map.entry("importance_reason", "【重要度：高】の理由"),
            Map.entry("difficulty_reason", "【困難度：高】の理由"),
            Map.entry("item_no", "項番"),
            Map.entry("target_reasoning", "目標設定の考え方"),
            // A budget item (budget/BudgetRows): its section, category, name and amounts in whole yen.
            Map.entry("section", "予算"),
            Map.entry("category", "分野"),
            Map.entry("item", "主な取組"),
            Map.entry("budget", "予算額"),
            Map.entry("executed", "執行額"),
            // An account (app_user): what headquarters sets, and what a sign-in or the user changes.
            Map.entry("display_name", "氏名"),
            Map.entry("role", "権限"),
            Map.entry("branch_code", "支部"),
            Map.entry("group_name", "所属グループ"),
            Map.entry("email", "メールアドレス"),
            Map.entry("enabled", "状態"),
            Map.entry("password", "パスワード"),
            Map.entry("locked_until", "ロック期限"),
            Map.entry("failed_sign_ins", "続けて失敗したログイン"),
            // An account's notice settings (notices/NoticeSettings).
            Map.entry("email_digest", "お知らせメール"),
            // A directory account (app directory/DirectoryAccounts): where it comes from, the groups giving its role.
            Map.entry("account_source", "アカウントの管理元"),
            Map.entry("directory_groups", "ディレクトリのグループ"),
            // An account's 「すべての端末からサインアウト」 (app/session/AccountSessions): sessions begun before it end.
            Map.entry("sessions_valid_from", "この日時より前のサインインを終了"),
            // A personal API token (app apitoken/ApiTokens): never its secret, only what names it.
            Map.entry("token_name", "トークンの名前"),
            Map.entry("token_prefix", "トークンの先頭"),
            Map.entry("scope", "権限の範囲"),
            Map.entry("expires_at", "有効期限"));

    /** A plan action's fields: action1.done_text. */
    private static final Pattern ACTION_FIELD = Pattern.compile("action(\\d+)\\.(.+)");
    /** A plan KPI link's fields: kpi.SS_ACHIEVEMENT.item_no. */
    private static final Pattern KPI_FIELD = Pattern.compile("kpi\\.([^.]+)\\.(.+)");

    /** The shipped catalogue names a plan's KPI in a history line (codes of KPIs dropped since stay as they are). */
    private static final KpiCatalogue CATALOGUE = CatalogueCsv.reference();

    private RecordedFields() {}

    /** 実績, 取組(1)の実施状況, KPI「ジェネリック医薬品使用割合」の項番; a field not known shows its own name. */
    public static String labelJa(String field) {
        Matcher action = ACTION_FIELD.matcher(field);
        if (action.matches()) return "取組(" + action.group(1) + ")の" + labelJa(action.group(2));
        Matcher kpi = KPI_FIELD.matcher(field);
        if (kpi.matches()) return "KPI「" + kpiNameJa(kpi.group(1)) + "」の" + labelJa(kpi.group(2));
        return LABELS.getOrDefault(field, field);
    }

    /** A recorded value as shown: true/false of 架空 as はい/いいえ, a source as its report's title, yen as 1,910,000円. */
    public static String shownJa(String field, String value) {
        if (field.equals("synthetic")) return value.equals("true") ? "はい" : value.equals("false") ? "いいえ" : value;
        if (field.equals("source")) return SourceText.readableJa(value);
        // A budget item's amounts are whole yen as the budget page prints them: 1,910,000円.
        if ((field.equals("budget") || field.equals("executed")) && value.matches("\\d{1,15}")) {
            return BudgetAmounts.yen(Long.parseLong(value));
        }
        // A numerator or denominator as the import page and the history show counts: 163,860.
        if ((field.equals("numerator") || field.equals("denominator")) && value.matches("\\d{1,20}(\\.\\d+)?")) {
            int point = value.indexOf('.');
            String whole = point < 0 ? value : value.substring(0, point);
            return String.format(java.util.Locale.ROOT, "%,d", new java.math.BigInteger(whole))
                    + (point < 0 ? "" : value.substring(point));
        }
        return value;
    }

    private static String kpiNameJa(String code) {
        return CATALOGUE.find(code).map(Kpi::latest).map(d -> d.nameJa()).orElse(code);
    }
}
