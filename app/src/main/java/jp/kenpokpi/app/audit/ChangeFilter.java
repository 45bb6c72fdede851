package jp.kenpokpi.app.audit;

import java.util.Optional;

/** Which changes to list: any of branch, KPI, who and where from; an empty filter lists every change. */
public record ChangeFilter(
        Optional<String> branch,
        Optional<String> kpiCode,
        Optional<String> changedBy,
        Optional<ChangeSource.Kind> source) {

    public static ChangeFilter all() {
        return new ChangeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ChangeFilter branch(String code) {
        return new ChangeFilter(Optional.of(code), kpiCode, changedBy, source);
    }

    public ChangeFilter kpi(String code) {
        return new ChangeFilter(branch, Optional.of(code), changedBy, source);
    }

    public ChangeFilter by(String user) {
        return new ChangeFilter(branch, kpiCode, Optional.of(user), source);
    }

    public ChangeFilter from(ChangeSource.Kind kind) {
        return new ChangeFilter(branch, kpiCode, changedBy, Optional.of(kind));
    }
}
