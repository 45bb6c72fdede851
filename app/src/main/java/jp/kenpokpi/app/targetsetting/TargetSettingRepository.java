package jp.kenpokpi.app.targetsetting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.targetsetting.CellKey;
import jp.kenpokpi.targetsetting.ColumnSetting;
import jp.kenpokpi.targetsetting.ProposalState;
import jp.kenpokpi.targetsetting.TargetProposal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Headquarters' settings of a year's target grid (target_setting) and the branches' proposals (target_proposal). */
@Repository
class TargetSettingRepository {

    private final JdbcClient jdbc;

    TargetSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, ColumnSetting> settings(FiscalYear year) {
        return jdbc
                .sql("SELECT * FROM target_setting WHERE fiscal_year = ?")
                .param(year.value())
                .query((rs, n) -> setting(rs))
                .list()
                .stream()
                .collect(Collectors.toMap(ColumnSetting::kpiCode, s -> s));
    }

    /** Each setting's version by KPI code, which the page sends back with a column's form. */
    Map<String, Integer> settingVersions(FiscalYear year) {
        Map<String, Integer> versions = new java.util.HashMap<>();
        jdbc.sql("SELECT kpi_code, version FROM target_setting WHERE fiscal_year = ?")
                .param(year.value())
                .query(rs -> {
                    versions.put(rs.getString("kpi_code"), rs.getInt("version"));
                });
        return versions;
    }

    Optional<StoredRow<ColumnSetting>> findSetting(FiscalYear year, String kpiCode) {
        return jdbc.sql("SELECT * FROM target_setting WHERE fiscal_year = ? AND kpi_code = ?")
                .params(year.value(), kpiCode)
                .query((rs, n) -> new StoredRow<>(0, rs.getInt("version"), setting(rs)))
                .optional();
    }

    /** Inserts the setting, or updates the version that was read; false when it moved on meanwhile. */
    boolean saveSetting(ColumnSetting s, Optional<Integer> readVersion, String by, Instant at) {
        if (readVersion.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO target_setting (fiscal_year, kpi_code, rule_text, branches_propose, version,
                        changed_by, changed_at) VALUES (?, ?, ?, ?, 0, ?, ?)""")
                    .params(s.year().value(), s.kpiCode(), s.ruleForAll().orElse(null), s.branchesPropose(), by)
                    .param(Timestamp.from(at))
                    .update();
            return true;
        }
        return jdbc.sql("""
                        UPDATE target_setting SET rule_text = ?, branches_propose = ?, version = version + 1,
                            changed_by = ?, changed_at = ? WHERE fiscal_year = ? AND kpi_code = ? AND version = ?""")
                        .params(s.ruleForAll().orElse(null), s.branchesPropose(), by, Timestamp.from(at))
                        .params(s.year().value(), s.kpiCode(), readVersion.get())
                        .update()
                == 1;
    }

    List<TargetProposal> proposals(FiscalYear year) {
        return jdbc.sql("SELECT * FROM target_proposal WHERE fiscal_year = ? ORDER BY org_code, kpi_code")
                .param(year.value())
                .query((rs, n) -> proposal(rs))
                .list();
    }

    /** Each proposal's version by its cell, which the proposals page sends back with each form. */
    Map<CellKey, Integer> proposalVersions(FiscalYear year) {
        Map<CellKey, Integer> versions = new java.util.HashMap<>();
        jdbc.sql("SELECT org_code, kpi_code, version FROM target_proposal WHERE fiscal_year = ?")
                .param(year.value())
                .query(rs -> {
                    versions.put(
                            CellKey.of(OrgCode.of(rs.getString("org_code")), rs.getString("kpi_code")),
                            rs.getInt("version"));
                });
        return versions;
    }

    Optional<StoredRow<TargetProposal>> findProposal(OrgCode org, FiscalYear year, String kpiCode) {
        return jdbc.sql("SELECT * FROM target_proposal WHERE org_code = ? AND fiscal_year = ? AND kpi_code = ?")
                .params(org.value(), year.value(), kpiCode)
                .query((rs, n) -> new StoredRow<>(0, rs.getInt("version"), proposal(rs)))
                .optional();
    }

    /** Inserts the proposal, or updates the version that was read; false when it moved on meanwhile. */
    boolean saveProposal(TargetProposal p, Optional<Integer> readVersion, Instant at) {
        if (readVersion.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO target_proposal (org_code, fiscal_year, kpi_code, target_text, reasoning, state, comment,
                        proposed_by, decided_by, version, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                    .params(p.branch().value(), p.year().value(), p.kpiCode(), p.targetText(), p.reasoning())
                    .params(
                            p.state().name(),
                            p.comment().orElse(null),
                            p.proposedBy(),
                            p.decidedBy().orElse(null))
                    .param(Timestamp.from(at))
                    .update();
            return true;
        }
        return jdbc.sql("""
                        UPDATE target_proposal SET target_text = ?, reasoning = ?, state = ?, comment = ?,
                            proposed_by = ?, decided_by = ?, version = version + 1, changed_at = ?
                        WHERE org_code = ? AND fiscal_year = ? AND kpi_code = ? AND version = ?""")
                        .params(
                                p.targetText(),
                                p.reasoning(),
                                p.state().name(),
                                p.comment().orElse(null))
                        .params(p.proposedBy(), p.decidedBy().orElse(null), Timestamp.from(at))
                        .params(p.branch().value(), p.year().value(), p.kpiCode(), readVersion.get())
                        .update()
                == 1;
    }

    private static ColumnSetting setting(ResultSet rs) throws SQLException {
        return new ColumnSetting(
                FiscalYear.of(rs.getInt("fiscal_year")),
                rs.getString("kpi_code"),
                Optional.ofNullable(rs.getString("rule_text")),
                rs.getBoolean("branches_propose"));
    }

    private static TargetProposal proposal(ResultSet rs) throws SQLException {
        return new TargetProposal(
                OrgCode.of(rs.getString("org_code")),
                FiscalYear.of(rs.getInt("fiscal_year")),
                rs.getString("kpi_code"),
                rs.getString("target_text"),
                rs.getString("reasoning"),
                ProposalState.valueOf(rs.getString("state")),
                Optional.ofNullable(rs.getString("comment")),
                rs.getString("proposed_by"),
                Optional.ofNullable(rs.getString("decided_by")));
    }
}
