package jp.kenpokpi.app.targetsetting;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeHistory;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.app.result.TargetAudit;
import jp.kenpokpi.app.result.VersionedCache;
import jp.kenpokpi.app.security.AccessDeniedToBranchException;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.FiscalYearLocks;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.submission.ReportFreeze;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.period.JapanTime;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.submission.SubmissionKind;
import jp.kenpokpi.targetsetting.CellKey;
import jp.kenpokpi.targetsetting.ColumnSetting;
import jp.kenpokpi.targetsetting.TargetGrid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 目標設定 for headquarters: the year's target grid, typing into it, and its bulk actions per KPI (one rule for all
 * branches, last year's column copied forward). Every target written is in the change log as typed on a form, and
 * a branch whose plan is submitted or approved, or whose year is locked, keeps its targets.
 */
@Service
public class TargetSettingService {

    static final String SETTING_TABLE = "target_setting";

    private final KpiRecordRepository records;
    private final TargetSettingRepository settings;
    private final CatalogueRepository catalogue;
    private final ReportFreeze freeze;
    private final FiscalYearLocks locks;
    private final ChangeLog changeLog;
    private final TransactionTemplate transaction;
    private final Clock clock = JapanTime.clock();
    private final VersionedCache cache = new VersionedCache();

    TargetSettingService(
            KpiRecordRepository records,
            TargetSettingRepository settings,
            CatalogueRepository catalogue,
            ReportFreeze freeze,
            FiscalYearLocks locks,
            ChangeLog changeLog,
            TransactionTemplate transaction) {
        this.records = records;
        this.settings = settings;
        this.catalogue = catalogue;
        this.freeze = freeze;
        this.locks = locks;
        this.changeLog = changeLog;
        this.transaction = transaction;
    }

    /** The grid with each stored target's version, which the page sends back so that a change made meanwhile is seen. */
    public record GridPage(TargetGrid grid, Map<OrgCode, Map<String, Integer>> versions) {
        public Optional<Integer> version(OrgCode org, String kpiCode) {
            return Optional.ofNullable(versions.getOrDefault(org, Map.of()).get(kpiCode));
        }
    }

    /** The year's grid for the organisations shown; kept until the data changes (every write is in the change log). */
    public GridPage page(FiscalYear year, List<Organisation> orgs) {
        String key =
                "grid " + year + " " + orgs.stream().map(o -> o.code().value()).toList();
        return cache.get(
                key, records.dataVersion(), () -> new GridPage(grid(year, orgs), records.targetVersions(year)));
    }

    TargetGrid grid(FiscalYear year, List<Organisation> orgs) {
        return TargetGrid.of(
                year,
                catalogue.load().definitionsIn(year),
                orgs,
                records.targets(year.previous(), year),
                settings.settings(year),
                settings.proposals(year),
                frozen(year));
    }

    public Map<String, Integer> settingVersions(FiscalYear year) {
        return settings.settingVersions(year);
    }

    /**
     * The part of the grid a save of these cells needs: their organisations' rows with only these cells' stored
     * targets, read now. A save changes the data, so the whole grid would be read again from the database on every
     * save; a person saves a few cells at a time.
     */
    private TargetGrid gridOf(FiscalYear year, java.util.Set<CellKey> cells) {
        List<Organisation> orgs = cells.stream()
                .map(k -> Organisations.all().find(k.org().value()))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        List<StoredTarget> stored = cells.stream()
                .map(k -> records.findTarget(k.org(), year, k.kpiCode()))
                .flatMap(Optional::stream)
                .map(StoredRow::value)
                .toList();
        return TargetGrid.of(
                year,
                catalogue.load().definitionsIn(year),
                orgs,
                new jp.kenpokpi.result.KpiDataSet(stored, List.of()),
                Map.of(),
                List.of(),
                frozen(year));
    }

    /** One line of an organisation's target history: which KPI, whether its target or its proposal, and the change. */
    public record HistoryLine(String kpiNameJa, String whatJa, ChangeHistory.Line line) {}

    /** Every change to the organisation's targets and proposals of the year, newest first. */
    public List<HistoryLine> history(OrgCode org, FiscalYear year) {
        var catalogueNow = catalogue.load();
        List<ChangeLog.Change> changes =
                changeLog.history(List.of(TargetAudit.TABLE, TargetProposalService.TABLE), org.value(), year.value());
        List<HistoryLine> lines = new java.util.ArrayList<>();
        for (ChangeLog.Change c : changes) {
            String kpi = c.subject().kpiCode().orElse("");
            String name = catalogueNow
                    .find(kpi)
                    .flatMap(k -> k.definitionIn(year))
                    .map(d -> d.nameJa())
                    .orElse(kpi);
            String what = c.table().equals(TargetAudit.TABLE) ? "目標" : "支部の提案";
            lines.add(new HistoryLine(name, what, ChangeHistory.of(List.of(c)).get(0)));
        }
        java.util.Collections.reverse(lines);
        return lines;
    }

    /** Why each organisation's targets of the year cannot change now: its year locked, or its plan frozen. */
    Map<OrgCode, String> frozen(FiscalYear year) {
        Map<OrgCode, String> frozen = new HashMap<>(freeze.frozenBranches(year, SubmissionKind.PLAN));
        locks.lockedIn(year).forEach(org -> frozen.put(org, BranchAccess.lockedJa(org, year)));
        return frozen;
    }

    /** What a save did: the targets it wrote, the branches it passed over, or the problems at cells (then nothing). */
    public record Saved(
            List<TargetGrid.CellChange> changes, List<Organisation> skipped, Map<CellKey, String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }

        static Saved refused(Map<CellKey, String> problems) {
            return new Saved(List.of(), List.of(), problems);
        }
    }

    /**
     * Saves the cells typed into the grid, all or none: a cell that cannot be read, a frozen branch's cell, or a
     * cell someone else changed since the page was read (its version then differs) refuses the whole save.
     *
     * @param readVersions the version of each stored target as the page showed it; a cell without one showed none
     */
    public Saved saveCells(
            UserAccount user, FiscalYear year, Map<CellKey, String> typed, Map<CellKey, Integer> readVersions) {
        requireHeadquarters(user);
        return transaction.execute(status -> {
            TargetGrid.Edit edit = gridOf(year, typed.keySet()).edit(typed);
            if (!edit.ok()) return Saved.refused(edit.problems());
            Map<CellKey, String> conflicts = new LinkedHashMap<>();
            Instant at = Instant.now(clock);
            for (TargetGrid.CellChange change : edit.changes()) {
                Optional<Integer> read = Optional.ofNullable(readVersions.get(change.key()));
                if (!write(user, year, change, read, at)) {
                    String now = records.findTarget(
                                    change.key().org(), year, change.key().kpiCode())
                            .map(s -> s.value().text())
                            .orElse("（なし）");
                    conflicts.put(change.key(), "他の人が先に変更しました（現在: " + now + "）。確かめて、もう一度保存してください");
                }
            }
            if (!conflicts.isEmpty()) {
                status.setRollbackOnly();
                return Saved.refused(conflicts);
            }
            return new Saved(edit.changes(), List.of(), Map.of());
        });
    }

    /**
     * Headquarters' setting for a KPI of the year: whether the branches propose their own target, and one rule for
     * all branches, written into every branch's cell but those whose targets cannot change now (listed).
     *
     * @param readVersion the setting's version as the page showed it (empty: it showed none)
     */
    public Saved setColumn(
            UserAccount user,
            FiscalYear year,
            String kpiCode,
            Optional<String> ruleForAll,
            boolean branchesPropose,
            Optional<Integer> readVersion) {
        requireHeadquarters(user);
        return transaction.execute(status -> {
            TargetGrid grid = grid(year, Organisations.all().list());
            TargetGrid.Column column = grid.column(kpiCode).orElseThrow(() -> noKpi(year, kpiCode));
            ColumnSetting wanted = new ColumnSetting(year, kpiCode, ruleForAll, branchesPropose);
            TargetGrid.Edit edit = wanted.ruleForAll()
                    .map(rule -> grid.ruleForAllBranches(kpiCode, rule))
                    .orElseGet(() -> new TargetGrid.Edit(List.of(), Map.of(), List.of()));
            if (!edit.ok()) return Saved.refused(edit.problems());
            Instant at = Instant.now(clock);
            Optional<StoredRow<ColumnSetting>> stored = settings.findSetting(year, kpiCode);
            if (!stored.map(StoredRow::version).equals(readVersion)
                    || !settings.saveSetting(wanted, readVersion, user.username(), at)) {
                return Saved.refused(Map.of(
                        CellKey.of(OrgCode.of("00"), kpiCode),
                        "「" + column.definition().nameJa() + "」の設定は他の人が先に変更しました。確かめて、もう一度保存してください"));
            }
            changeLog.record(
                    SETTING_TABLE,
                    "--/" + year + "/" + kpiCode,
                    stored.map(s -> values(s.value())),
                    values(wanted),
                    user.username(),
                    at,
                    ChangeSource.typedBy(user.username()));
            writeAll(user, year, edit, at);
            return new Saved(edit.changes(), edit.skipped(), Map.of());
        });
    }

    /** 前年度から写す: every organisation's target of last year for the KPI, where it had one and may change. */
    public Saved copyForward(UserAccount user, FiscalYear year, String kpiCode) {
        requireHeadquarters(user);
        return transaction.execute(status -> {
            TargetGrid grid = grid(year, Organisations.all().list());
            grid.column(kpiCode).orElseThrow(() -> noKpi(year, kpiCode));
            TargetGrid.Edit edit = grid.copyForward(kpiCode);
            if (!edit.ok()) return Saved.refused(edit.problems());
            writeAll(user, year, edit, Instant.now(clock));
            return new Saved(edit.changes(), edit.skipped(), Map.of());
        });
    }

    void writeAll(UserAccount user, FiscalYear year, TargetGrid.Edit edit, Instant at) {
        for (TargetGrid.CellChange change : edit.changes()) {
            Optional<Integer> current = records.findTarget(
                            change.key().org(), year, change.key().kpiCode())
                    .map(StoredRow::version);
            if (!write(user, year, change, current, at)) {
                throw new IllegalStateException("目標 " + change.key() + " は保存中に他の人が変更しました。もう一度操作してください");
            }
        }
    }

    /**
     * Writes one target over the version that was read, keeping the stored note; a target typed here is no
     * longer 架空 and names no report as its source.
     *
     * @return false when the stored target is not the version that was read
     */
    boolean write(UserAccount user, FiscalYear year, TargetGrid.CellChange change, Optional<Integer> read, Instant at) {
        CellKey key = change.key();
        Optional<StoredRow<StoredTarget>> stored = records.findTarget(key.org(), year, key.kpiCode());
        if (!stored.map(StoredRow::version).equals(read)) return false;
        StoredTarget wanted = new StoredTarget(
                key.org(),
                year,
                key.kpiCode(),
                change.text(),
                stored.flatMap(s -> s.value().note()),
                Optional.empty(),
                false);
        if (stored.isEmpty()) {
            records.insertTarget(wanted, user.username(), at, null);
        } else if (!records.updateTarget(
                stored.get().id(), stored.get().version(), wanted, user.username(), at, null)) {
            return false;
        }
        changeLog.record(
                TargetAudit.TABLE,
                TargetAudit.key(key.org(), year, key.kpiCode()),
                stored.map(s -> TargetAudit.values(s.value())),
                TargetAudit.values(wanted),
                user.username(),
                at,
                ChangeSource.typedBy(user.username()));
        return true;
    }

    private static Map<String, String> values(ColumnSetting s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rule_for_all", s.ruleForAll().orElse(""));
        m.put("branches_propose", Boolean.toString(s.branchesPropose()));
        return m;
    }

    public static void requireHeadquarters(UserAccount user) {
        if (!user.role().headquarters()) {
            throw new AccessDeniedToBranchException("目標の設定は本部が行います（支部は目標を提案できます）");
        }
    }

    static org.springframework.web.server.ResponseStatusException noKpi(FiscalYear year, String kpiCode) {
        return new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, year.japanese() + "のKPIに「" + kpiCode + "」はありません");
    }
}
