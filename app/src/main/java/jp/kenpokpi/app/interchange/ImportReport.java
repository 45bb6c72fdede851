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

    /** Whether every value of the files was stored already: nothing was written but the import's history entry. */
    public boolean changedNothing() {
        return targetsAdded + targetsChanged + resultsAdded + resultsChanged == 0;
    }

    public String summaryJa() {
        if (changedNothing()) {
            return "このファイルの値はすべて登録済みでした。何も変わっていません（" + rowsRead + "行すべて変更なし。取込#" + batchId + "として取込履歴に残しました）";
        }
        return rowsRead + "行を取り込みました（目標 追加" + targetsAdded + "・変更" + targetsChanged + "、実績 追加" + resultsAdded + "・変更"
                + resultsChanged + "、変更なし" + unchanged + "）";
    }
}
