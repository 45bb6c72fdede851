package jp.kenpokpi.app.plan;

import java.util.List;
import java.util.Map;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.plan.PlanEditService.Conflict;
import jp.kenpokpi.app.plan.PlanEditService.PlanRefused;
import jp.kenpokpi.app.plan.PlanEditService.SaveOutcome;
import jp.kenpokpi.app.plan.PlanEditService.Saved;
import jp.kenpokpi.app.plan.PlanRepository.StoredMeasure;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.BusinessPlan;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.MeasurePlan;
import jp.kenpokpi.plan.PlanArea;
import jp.kenpokpi.plan.PlanKpi;
import jp.kenpokpi.value.FieldLimits;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Making a plan on the web instead of importing it: starting a year from the year before, adding and removing
 * measures, and changing what a measure plans (its texts, actions, KPIs with 項番 and 設定に当たっての考え方). Each is
 * one transaction checked again inside it (the branch, the year's lock, the plan report's freeze) and kept in the
 * change log as the import keeps it (PlanAudit).
 */
@Service
public class PlanStructureService {

    private final PlanRepository plans;
    private final PlanEditService edits;
    private final MeasureWriter writer;
    private final BranchAccess access;
    private final CatalogueRepository catalogue;
    private final TransactionTemplate transaction;

    PlanStructureService(
            PlanRepository plans,
            PlanEditService edits,
            MeasureWriter writer,
            BranchAccess access,
            CatalogueRepository catalogue,
            TransactionTemplate transaction) {
        this.plans = plans;
        this.edits = edits;
        this.writer = writer;
        this.access = access;
        this.catalogue = catalogue;
        this.transaction = transaction;
    }

    /** @param kpisLeftOut the names of last year's KPIs that this year's catalogue no longer has */
    public record Started(int measures, List<String> kpisLeftOut) {}

    /**
     * The year's plan begun as a copy of the year before: its measures, tags, actions and KPIs (of this year's
     * catalogue) with 項番 and reasoning; nothing reported yet.
     */
    public Started start(UserAccount user, OrgCode org, FiscalYear year) {
        return transaction.execute(status -> {
            access.requireChange(user, org, year);
            if (plans.find(org, year).isPresent()) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, year.japanese() + "の事業計画は既にあります");
            }
            BusinessPlan previous = plans.find(org, year.previous())
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.NOT_FOUND, year.previous().japanese() + "の事業計画がないため、写せません"));
            Map<String, String> names = kpiNames(year);
            Map<String, String> previousNames = kpiNames(year.previous());
            List<String> leftOut = previous.measures().stream()
                    .flatMap(m -> m.kpis().stream())
                    .map(PlanKpi::kpiCode)
                    .filter(code -> !names.containsKey(code))
                    .map(code -> previousNames.getOrDefault(code, code))
                    .toList();
            for (Measure m : previous.measures()) writer.insert(user, org, year, m.withoutYearEnd(names::containsKey));
            return new Started(previous.measures().size(), leftOut);
        });
    }

    /** A new measure numbered after the last of its area, with its title (and group) only. */
    public SaveOutcome addMeasure(
            UserAccount user, OrgCode org, FiscalYear year, PlanArea area, String group, String title) {
        return transaction.execute(status -> {
            access.requireChange(user, org, year);
            List<MeasurePlan.Problem> problems =
                    new MeasurePlan(group, title, "", "", "", List.of(), List.of()).problems(year, List.of(), Map.of());
            if (!problems.isEmpty()) return new PlanRefused(problems);
            int number = plans.storedMeasures(org, year).stream()
                            .map(StoredMeasure::measure)
                            .filter(m -> m.area() == area)
                            .mapToInt(Measure::number)
                            .max()
                            .orElse(0)
                    + 1;
            Measure added = MeasurePlan.newMeasure(area, number, group, title);
            writer.insert(user, org, year, added);
            return new Saved(added, true);
        });
    }

    /** The measure's plan as typed, over the version the form was read at. */
    public SaveOutcome savePlan(
            UserAccount user, OrgCode org, FiscalYear year, PlanArea area, int number, MeasurePlan plan, int version) {
        return transaction.execute(status -> {
            access.requireChange(user, org, year);
            StoredMeasure current = edits.find(org, year, area, number);
            if (current.version() != version) return new Conflict(current);
            List<Measure> others = plans.storedMeasures(org, year).stream()
                    .filter(s -> s.id() != current.id())
                    .map(StoredMeasure::measure)
                    .toList();
            List<MeasurePlan.Problem> problems = plan.problems(year, others, kpiNames(year));
            if (!problems.isEmpty()) return new PlanRefused(problems);
            Measure planned = plan.applyTo(current.measure());
            int length = ChangeLog.length(PlanAudit.values(planned, current.source()));
            if (length > FieldLimits.CHANGE_LOG_VALUES) {
                return new PlanRefused(List.of(new MeasurePlan.Problem(
                        MeasurePlan.Field.PLAN_TEXT,
                        0,
                        "施策と取組の文章が合わせて長すぎます（" + length + "文字、" + FieldLimits.CHANGE_LOG_VALUES
                                + "文字まで）。文を短くするか、施策を分けてください")));
            }
            return switch (writer.update(user, current, planned)) {
                case UNCHANGED -> new Saved(planned, false);
                case CONFLICT -> new Conflict(edits.find(org, year, area, number));
                case CHANGED -> new Saved(planned, true);
            };
        });
    }

    /** The measure with its actions and KPI links; a conflict when it changed since the page was read. */
    public SaveOutcome removeMeasure(
            UserAccount user, OrgCode org, FiscalYear year, PlanArea area, int number, int version) {
        return transaction.execute(status -> {
            access.requireChange(user, org, year);
            StoredMeasure current = edits.find(org, year, area, number);
            if (current.version() != version || !writer.delete(user, current)) {
                status.setRollbackOnly();
                return new Conflict(current);
            }
            return new Saved(current.measure(), true);
        });
    }

    private Map<String, String> kpiNames(FiscalYear year) {
        return catalogue.load().namesIn(year);
    }
}
