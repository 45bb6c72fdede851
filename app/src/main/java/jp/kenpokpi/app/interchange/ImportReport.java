package jp.kenpokpi.app.interchange;

/** What an import changed. */
public record ImportReport(
        long batchId,
        int rowsRead,
        int targetsAdded,
        int targetsChanged,
        int resultsAdded,
        int resultsChanged,
        int unchanged) {

    public String summaryJa() {
        return rowsRead + "行を取り込みました（目標 追加" + targetsAdded + "・変更" + targetsChanged + "、実績 追加" + resultsAdded + "・変更"
                + resultsChanged + "、変更なし" + unchanged + "）";
    }
}
