package jp.kenpokpi.app.plan;

/** What a plan import changed, counted in measures 施策 (their actions and KPI links go with them). */
public record PlanImportReport(
        long batchId, int rowsRead, int plans, int added, int changed, int deleted, int unchanged) {

    public String summaryJa() {
        return "事業計画 " + rowsRead + "行（" + plans + "計画）を取り込みました（施策 追加" + added + "・変更" + changed + "・削除" + deleted
                + "、変更なし" + unchanged + "）";
    }
}
