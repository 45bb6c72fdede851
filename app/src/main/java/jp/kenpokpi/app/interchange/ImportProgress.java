package jp.kenpokpi.app.interchange;

/** Where a running import has got to, for the progress bar of a long import (importing/). */
@FunctionalInterface
public interface ImportProgress {
    /** Nothing listens: the command line and the sample data. */
    ImportProgress NONE = (stageJa, done, total) -> {};

    /**
     * @param stageJa the stage as the page shows it: 読み込み, 検査, 保存, 記録, 再評価
     * @param done rows of this stage done so far, of total
     */
    void reached(String stageJa, long done, long total);
}
