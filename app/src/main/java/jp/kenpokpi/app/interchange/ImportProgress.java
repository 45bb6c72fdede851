package jp.kenpokpi.app.interchange;

/** Where a running import (or a computation from records) has got to, for the progress bar of a long one (importing/). */
@FunctionalInterface
public interface ImportProgress {
    /** Nothing listens: the command line and the sample data. */
    ImportProgress NONE = (stageJa, done, total) -> {};

    /**
     * @param stageJa the stage as the page shows it: 読み込み, 検査, 保存, 記録, 再評価
     * @param done rows of this stage done so far, of total
     */
    void reached(String stageJa, long done, long total);

    /**
     * As {@link #reached(String, long, long)}, with what the stage is on as people read it (健診 209行, a KPI's
     * name): the records' compute tells it; a listener that has no use for it hears the stage and rows.
     */
    default void reached(String stageJa, long done, long total, String detailJa) {
        reached(stageJa, done, total);
    }
}
