package jp.kenpokpi.app.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.SelfEvaluation;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanAction;
import jp.kenpokpi.plan.PlanArea;
import jp.kenpokpi.plan.PlanKpi;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Business plans as stored: measures with an optimistic version that covers their actions and KPI links. A plan is
 * read in three queries (measures, actions, KPIs), and all plans of a year in three as well, for the report book.
 */
@Repository
public class PlanRepository {

    private final JdbcClient jdbc;

    public PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A measure as stored, with the version a save must still find, and the source its row names. */
    public record StoredMeasure(
            long id, int version, OrgCode org, FiscalYear year, Measure measure, Optional<String> source) {

        public String key() {
            return PlanAudit.key(org, year, measure.area(), measure.number());
        }

        public Map<String, String> values() {
            return PlanAudit.values(measure, source);
        }
    }

    /** The branch's plan for the year, or empty when none was imported. */
    public Optional<BusinessPlan> find(OrgCode org, FiscalYear year) {
        return Optional.ofNullable(plans(storedMeasures(org, year)).get(org));
    }

    /** Every branch's plan for the year, by organisation: one call for the 47 branches of a report book. */
    public Map<OrgCode, BusinessPlan> findAll(FiscalYear year) {
        return plans(measures("m.fiscal_year = ?", List.of(year.value())));
    }

    /** The years with a plan of the organisation, newest first. */
    public List<FiscalYear> years(OrgCode org) {
        return jdbc.sql("SELECT DISTINCT fiscal_year FROM plan_measure WHERE org_code = ? ORDER BY fiscal_year DESC")
                .param(org.value())
                .query((rs, n) -> FiscalYear.of(rs.getInt(1)))
                .list();
    }

    public int countMeasures() {
        return jdbc.sql("SELECT COUNT(*) FROM plan_measure")
                .query(Integer.class)
                .single();
    }

    public List<StoredMeasure> storedMeasures(OrgCode org, FiscalYear year) {
        return measures("m.org_code = ? AND m.fiscal_year = ?", List.of(org.value(), year.value()));
    }

    public Optional<StoredMeasure> storedMeasure(OrgCode org, FiscalYear year, PlanArea area, int number) {
        return storedMeasures(org, year).stream()
                .filter(s -> s.measure().area() == area && s.measure().number() == number)
                .findFirst();
    }

    private static Map<OrgCode, BusinessPlan> plans(List<StoredMeasure> stored) {
        Map<OrgCode, List<StoredMeasure>> byOrg = new LinkedHashMap<>();
        stored.forEach(
                s -> byOrg.computeIfAbsent(s.org(), k -> new ArrayList<>()).add(s));
        Map<OrgCode, BusinessPlan> plans = new LinkedHashMap<>();
        byOrg.forEach((org, list) -> plans.put(
                org,
                new BusinessPlan(
                        org,
                        list.get(0).year(),
                        list.stream().map(StoredMeasure::measure).toList(),
                        list.stream()
                                .map(StoredMeasure::source)
                                .flatMap(Optional::stream)
                                .findFirst())));
        return plans;
    }

    /** The rows of a table a measure holds (its actions, its KPI links) in the order given, by measure id. */
    private <T> Map<Long, List<T>> byMeasure(
            String table, String order, String where, List<Object> params, RowMapper<T> mapper) {
        Map<Long, List<T>> byMeasure = new HashMap<>();
        jdbc.sql("SELECT c.* FROM " + table + " c JOIN plan_measure m ON c.measure_id = m.id WHERE " + where
                        + " ORDER BY " + order)
                .params(params)
                .query((ResultSet rs) -> {
                    byMeasure
                            .computeIfAbsent(rs.getLong("measure_id"), k -> new ArrayList<>())
                            .add(mapper.mapRow(rs, 0));
                });
        return byMeasure;
    }

    private static PlanAction action(ResultSet rs, int n) throws SQLException {
        return new PlanAction(
                rs.getInt("action_no"),
                rs.getString("plan_text"),
                rs.getString("done_text"),
                Optional.ofNullable(rs.getString("mark")).map(Mark::fromStored));
    }

    private static PlanKpi kpi(ResultSet rs, int n) throws SQLException {
        return new PlanKpi(
                rs.getString("kpi_code"), rs.getInt("item_no"), Optional.ofNullable(rs.getString("target_reasoning")));
    }

    /** The measures matching the condition on plan_measure m, with their actions and KPIs. */
    private List<StoredMeasure> measures(String where, List<Object> params) {
        Map<Long, List<PlanAction>> actions =
                byMeasure("plan_action", "c.measure_id, c.action_no", where, params, PlanRepository::action);
        Map<Long, List<PlanKpi>> kpis = byMeasure("plan_kpi", "c.item_no", where, params, PlanRepository::kpi);
        return jdbc.sql("SELECT m.* FROM plan_measure m WHERE " + where + " ORDER BY m.org_code, m.id")
                .params(params)
                .query((rs, n) -> stored(
                        rs,
                        actions.getOrDefault(rs.getLong("id"), List.of()),
                        kpis.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static StoredMeasure stored(ResultSet rs, List<PlanAction> actions, List<PlanKpi> kpis)
            throws SQLException {
        Measure measure = new Measure(
                rs.getInt("measure_no"),
                PlanArea.valueOf(rs.getString("area")),
                rs.getString("group_ja"),
                rs.getString("title"),
                rs.getString("plan_text"),
                rs.getString("done_text"),
                rs.getString("issues"),
                Optional.ofNullable(rs.getString("importance_reason")),
                Optional.ofNullable(rs.getString("difficulty_reason")),
                Optional.ofNullable(rs.getString("self_evaluation"))
                        .map(String::strip)
                        .map(SelfEvaluation::valueOf),
                rs.getString("self_evaluation_reason"),
                actions,
                kpis);
        return new StoredMeasure(
                rs.getLong("id"),
                rs.getInt("version"),
                OrgCode.of(rs.getString("org_code")),
                FiscalYear.of(rs.getInt("fiscal_year")),
                measure,
                Optional.ofNullable(rs.getString("source")));
    }

    long insertMeasure(
            OrgCode org, FiscalYear year, Measure m, Optional<String> source, String user, Instant at, Long batch) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO plan_measure (org_code, fiscal_year, area, measure_no, group_ja, title, plan_text, done_text,
                    issues, importance_reason, difficulty_reason, self_evaluation, self_evaluation_reason, source,
                    version, changed_by, changed_at, batch_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")
                .params(org.value(), year.value(), m.area().name(), m.number())
                .params(writtenFields(m, source, user, at, batch))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertParts(id, org, year, m);
        return id;
    }

    /**
     * Replaces the measure's fields, actions and KPI links. False when someone else changed the measure since it
     * was read (its version moved on); nothing is written then.
     */
    boolean updateMeasure(
            StoredMeasure stored, Measure m, Optional<String> source, String user, Instant at, Long batch) {
        boolean written = jdbc.sql("""
                UPDATE plan_measure SET group_ja = ?, title = ?, plan_text = ?, done_text = ?, issues = ?,
                    importance_reason = ?, difficulty_reason = ?, self_evaluation = ?, self_evaluation_reason = ?,
                    source = ?, version = version + 1, changed_by = ?, changed_at = ?, batch_id = ?
                WHERE id = ? AND version = ?""")
                        .params(writtenFields(m, source, user, at, batch))
                        .params(stored.id(), stored.version())
                        .update()
                == 1;
        if (!written) return false;
        deleteParts(stored.id());
        insertParts(stored.id(), stored.org(), stored.year(), m);
        return true;
    }

    /**
     * The values an insert and an update both write, in the order both statements name their columns (group_ja to
     * self_evaluation_reason, then source, changed_by, changed_at, batch_id).
     */
    private static List<Object> writtenFields(Measure m, Optional<String> source, String user, Instant at, Long batch) {
        return Arrays.asList(
                m.group(),
                m.title(),
                m.planText(),
                m.doneText(),
                m.issues(),
                m.importanceReason().orElse(null),
                m.difficultyReason().orElse(null),
                m.selfEvaluation().map(Enum::name).orElse(null),
                m.selfEvaluationReason(),
                source.orElse(null),
                user,
                Timestamp.from(at),
                batch);
    }

    /** The measure's KPI links and actions go before it; false when the measure changed since it was read. */
    boolean deleteMeasure(StoredMeasure stored) {
        deleteParts(stored.id());
        return jdbc.sql("DELETE FROM plan_measure WHERE id = ? AND version = ?")
                        .params(stored.id(), stored.version())
                        .update()
                == 1;
    }

    /** Removes the measure's KPI links and actions, freeing its KPIs and item numbers for another measure. */
    void deleteParts(long measureId) {
        jdbc.sql("DELETE FROM plan_kpi WHERE measure_id = ?").param(measureId).update();
        jdbc.sql("DELETE FROM plan_action WHERE measure_id = ?")
                .param(measureId)
                .update();
    }

    private void insertParts(long measureId, OrgCode org, FiscalYear year, Measure m) {
        for (PlanAction a : m.actions()) {
            jdbc.sql(
                            "INSERT INTO plan_action (measure_id, action_no, plan_text, done_text, mark) VALUES (?, ?, ?, ?, ?)")
                    .params(
                            measureId,
                            a.number(),
                            a.planText(),
                            a.doneText(),
                            a.mark().map(Mark::stored).orElse(null))
                    .update();
        }
        for (PlanKpi k : m.kpis()) {
            jdbc.sql("""
                    INSERT INTO plan_kpi (measure_id, org_code, fiscal_year, kpi_code, item_no, target_reasoning)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            measureId,
                            org.value(),
                            year.value(),
                            k.kpiCode(),
                            k.item(),
                            k.targetReasoning().orElse(null))
                    .update();
        }
    }
}
