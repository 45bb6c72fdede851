package jp.kenpokpi.app.audit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which changes to list: any of branch, KPI, who, where from, a date range (days in Japan, both ends included) and a
 * text the values before or after contain, an import batch; an empty filter lists every change.
 */
public record ChangeFilter(
        Optional<String> branch,
        Optional<String> kpiCode,
        Optional<String> changedBy,
        Optional<ChangeSource.Kind> source,
        Optional<LocalDate> fromDay,
        Optional<LocalDate> toDay,
        Optional<String> text,
        Optional<Long> batch) {

    public ChangeFilter(
            Optional<String> branch,
            Optional<String> kpiCode,
            Optional<String> changedBy,
            Optional<ChangeSource.Kind> source) {
        this(
                branch,
                kpiCode,
                changedBy,
                source,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public static ChangeFilter all() {
        return new ChangeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ChangeFilter branch(String code) {
        return new ChangeFilter(Optional.of(code), kpiCode, changedBy, source, fromDay, toDay, text, batch);
    }

    public ChangeFilter kpi(String code) {
        return new ChangeFilter(branch, Optional.of(code), changedBy, source, fromDay, toDay, text, batch);
    }

    public ChangeFilter by(String user) {
        return new ChangeFilter(branch, kpiCode, Optional.of(user), source, fromDay, toDay, text, batch);
    }

    public ChangeFilter from(ChangeSource.Kind kind) {
        return new ChangeFilter(branch, kpiCode, changedBy, Optional.of(kind), fromDay, toDay, text, batch);
    }

    public ChangeFilter between(Optional<LocalDate> first, Optional<LocalDate> last) {
        return new ChangeFilter(branch, kpiCode, changedBy, source, first, last, text, batch);
    }

    public ChangeFilter containing(String words) {
        return new ChangeFilter(branch, kpiCode, changedBy, source, fromDay, toDay, Optional.of(words), batch);
    }

    /** The changes one import made (and, for an import undone, not the changes that undid it). */
    public ChangeFilter batch(long id) {
        return new ChangeFilter(branch, kpiCode, changedBy, source, fromDay, toDay, text, Optional.of(id));
    }
}
