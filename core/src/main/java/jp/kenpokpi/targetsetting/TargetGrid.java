package jp.kenpokpi.targetsetting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.StoredTarget;

/**
 * 目標設定: a year's targets as headquarters sets them, organisations down (協会全体 and the branches) and the year's
 * KPIs across, each column with headquarters' setting for it, each row with why it cannot change (its plan
 * submitted or approved, its year locked), if it cannot.
 */
public record TargetGrid(FiscalYear year, List<Column> columns, List<Row> rows) {

    public TargetGrid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A KPI of the year with headquarters' setting for it. */
    public record Column(KpiDefinition definition, ColumnSetting setting) {
        public String kpiCode() {
            return definition.kpiCode();
        }
    }

    /** An organisation's targets, one cell per column. */
    public record Row(Organisation org, Optional<String> frozenBecause, List<TargetCell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public boolean frozen() {
            return frozenBecause.isPresent();
        }
    }

    /**
     * @param data      the stored targets of the year and the year before
     * @param settings  headquarters' settings by KPI code; a KPI without one has none
     * @param proposals the branches' proposals of the year
     * @param frozen    why an organisation's targets cannot change, by organisation
     */
    public static TargetGrid of(
            FiscalYear year,
            List<KpiDefinition> definitions,
            List<Organisation> orgs,
            KpiDataSet data,
            Map<String, ColumnSetting> settings,
            Collection<TargetProposal> proposals,
            Map<OrgCode, String> frozen) {
        Map<CellKey, TargetProposal> proposed = proposals.stream()
                .filter(p -> p.year().equals(year))
                .collect(Collectors.toMap(p -> CellKey.of(p.branch(), p.kpiCode()), Function.identity()));
        List<Column> columns = definitions.stream()
                .map(d -> new Column(d, settings.getOrDefault(d.kpiCode(), ColumnSetting.none(year, d.kpiCode()))))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (Organisation org : orgs) {
            List<TargetCell> cells = columns.stream()
                    .map(c -> new TargetCell(
                            org.code(),
                            c.kpiCode(),
                            data.target(org.code(), year, c.kpiCode()),
                            data.target(org.code(), year.previous(), c.kpiCode()),
                            Optional.ofNullable(proposed.get(CellKey.of(org.code(), c.kpiCode())))))
                    .toList();
            rows.add(new Row(org, Optional.ofNullable(frozen.get(org.code())), cells));
        }
        return new TargetGrid(year, columns, rows);
    }

    public Optional<Row> row(OrgCode org) {
        return rows.stream().filter(r -> r.org().code().equals(org)).findFirst();
    }

    public Optional<Column> column(String kpiCode) {
        return columns.stream().filter(c -> c.kpiCode().equals(kpiCode)).findFirst();
    }

    public Optional<TargetCell> cell(CellKey key) {
        int index = columns.indexOf(column(key.kpiCode()).orElse(null));
        if (index < 0) return Optional.empty();
        return row(key.org()).map(r -> r.cells().get(index));
    }

    /** A target to write: the cell, what it holds now, and the new text. */
    public record CellChange(CellKey key, Optional<StoredTarget> before, String text) {}

    /**
     * What typing into the grid changes: the cells whose text differs from what is stored, and a Japanese problem
     * for each cell that cannot take its text. A cell not in the grid is a problem too (a form from another grid).
     */
    public record Edit(List<CellChange> changes, Map<CellKey, String> problems, List<Organisation> skipped) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Cells typed one by one: a frozen row's cell that would change is a problem. */
    public Edit edit(Map<CellKey, String> typed) {
        return edit(typed, false);
    }

    /**
     * One rule for a KPI across all branches (not 協会全体, whose target is the association's own): what it
     * changes, passing over the branches whose targets cannot change now (they are listed, not refused).
     */
    public Edit ruleForAllBranches(String kpiCode, String text) {
        Map<CellKey, String> typed = new LinkedHashMap<>();
        rows.stream()
                .filter(r -> !r.org().isAssociation())
                .forEach(r -> typed.put(CellKey.of(r.org().code(), kpiCode), text));
        return edit(typed, true);
    }

    /** A KPI's column copied forward: each organisation's target of last year where it had one. */
    public Edit copyForward(String kpiCode) {
        Map<CellKey, String> typed = new LinkedHashMap<>();
        column(kpiCode)
                .ifPresent(c -> rows.forEach(r -> r.cells()
                        .get(columns.indexOf(c))
                        .lastYear()
                        .ifPresent(last -> typed.put(CellKey.of(r.org().code(), kpiCode), last.text()))));
        return edit(typed, true);
    }

    private Edit edit(Map<CellKey, String> typed, boolean passOverFrozen) {
        List<CellChange> changes = new ArrayList<>();
        Map<CellKey, String> problems = new LinkedHashMap<>();
        List<Organisation> skipped = new ArrayList<>();
        typed.forEach((key, raw) -> {
            String text = raw.strip();
            Optional<TargetCell> cell = cell(key);
            if (cell.isEmpty()) {
                problems.put(key, "この表にない欄です（" + key.org().value() + " " + key.kpiCode() + "）");
                return;
            }
            if (text.equals(cell.get().text())) return;
            if (text.isEmpty()) {
                problems.put(key, "目標は空欄にできません（目標を設けない場合は「削除」と入力してください）");
                return;
            }
            Optional<String> frozen = row(key.org()).flatMap(Row::frozenBecause);
            if (frozen.isPresent()) {
                if (passOverFrozen) skipped.add(row(key.org()).orElseThrow().org());
                else problems.put(key, frozen.get());
                return;
            }
            KpiDefinition definition = column(key.kpiCode()).orElseThrow().definition();
            Optional<String> unreadable = TargetTexts.problem(text, definition);
            if (unreadable.isPresent()) {
                problems.put(key, unreadable.get());
                return;
            }
            changes.add(new CellChange(key, cell.get().target(), text));
        });
        return new Edit(changes, problems, skipped);
    }
}
