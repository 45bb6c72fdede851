package jp.kenpokpi.records.engine;

import jp.kenpokpi.records.definition.KpiQuery;
import jp.kenpokpi.records.schema.RecordKind;

/**
 * Where a computation has got to, told by the engine in stages and rows (a progress bar's, and the run history's
 * rows read and figures made): each kind of record as it is opened, with its rows, then each definition as it starts
 * and finishes, i of N. DuckDB's own progress estimate is no use for this (it is a guess per pipeline and jumps about
 * on joins); these are counts. Called on the computing thread; every method has a default, so a listener takes what
 * it needs.
 */
public interface ComputeProgress {

    /** Nobody listens. */
    ComputeProgress NONE = new ComputeProgress() {};

    /**
     * A kind of record has been opened.
     *
     * @param index 1 for the first kind, up to {@code count}
     * @param rows the rows of its file(s) (Parquet from the files' metadata; a CSV is counted)
     */
    default void read(RecordKind kind, int index, int count, long rows) {}

    /** A definition's query starts ({@code index} 1 to {@code count}). */
    default void started(KpiQuery query, int index, int count) {}

    /** A definition's query has finished with this many figures (one per branch it found). */
    default void finished(KpiQuery query, int index, int count, int figures) {}
}
