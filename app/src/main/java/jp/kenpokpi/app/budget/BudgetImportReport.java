package jp.kenpokpi.app.budget;

/** What a budget import changed, counted in items 取組 (their categories follow them). */
public record BudgetImportReport(long batchId, int rowsRead, int added, int changed, int deleted, int unchanged) {

    public String summaryJa() {
        return "予算執行 " + rowsRead + "行を取り込みました（取組 追加" + added + "・変更" + changed + "・削除" + deleted + "、変更なし" + unchanged
                + "）";
    }
}
