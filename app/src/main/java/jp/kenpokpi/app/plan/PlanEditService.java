package jp.kenpokpi.app.plan;

import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeHistory;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.plan.PlanRepository.StoredMeasure;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.MeasurePlan;
import jp.kenpokpi.plan.MeasureReport;
import jp.kenpokpi.plan.PlanArea;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Recording a measure's year-end report on the web: all or nothing, never over a change made since the form was
 * read (by another editor or an import), each change kept in the change log with who made it.
 */
@Service
public class PlanEditService {

    private final PlanRepository plans;
    private final ChangeLog changeLog;
    private final BranchAccess access;
    private final TransactionTemplate transaction;
    private final MeasureWriter writer;

    PlanEditService(
            PlanRepository plans,
            ChangeLog changeLog,
            BranchAccess access,
            TransactionTemplate transaction,
            MeasureWriter writer) {
        this.writer = writer;
        this.plans = plans;
        this.changeLog = changeLog;
        this.access = access;
        this.transaction = transaction;
    }

    /** The measure being edited and its history, oldest first. */
    public record EditPage(StoredMeasure stored, List<ChangeHistory.Line> history) {

        public Optional<ChangeHistory.Line> lastChange() {
            return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
        }
    }

    public sealed interface SaveOutcome permits Saved, Refused, PlanRefused, Conflict {}

    /** @param changed false when the form held what was already stored */
    public record Saved(Measure measure, boolean changed) implements SaveOutcome {}

    public record Refused(List<MeasureReport.Problem> problems) implements SaveOutcome {}

    /** The measure's plan as typed breaks a rule of the plan; nothing was saved. */
    public record PlanRefused(List<MeasurePlan.Problem> problems) implements SaveOutcome {}

    /** The measure changed since the form was read; nothing was saved. */
    public record Conflict(StoredMeasure current) implements SaveOutcome {}

    public EditPage page(OrgCode org, FiscalYear year, PlanArea area, int number) {
        StoredMeasure stored = find(org, year, area, number);
        return new EditPage(stored, ChangeHistory.of(changeLog.history(PlanAudit.TABLE, stored.key())));
    }

    public SaveOutcome save(
            UserAccount user,
            OrgCode org,
            FiscalYear year,
            PlanArea area,
            int number,
            MeasureReport report,
            int version) {
        return transaction.execute(status -> {
            // Checked again inside the transaction: a lock set since the form was opened wins.
            access.requireChange(user, org, year);
            StoredMeasure current = find(org, year, area, number);
            if (current.version() != version) return new Conflict(current);
            List<MeasureReport.Problem> problems = report.problems();
            if (!problems.isEmpty()) return new Refused(problems);
            Measure reported = report.applyTo(current.measure());
            return switch (writer.update(user, current, reported)) {
                case UNCHANGED -> new Saved(reported, false);
                case CONFLICT -> new Conflict(find(org, year, area, number));
                case CHANGED -> new Saved(reported, true);
            };
        });
    }

    StoredMeasure find(OrgCode org, FiscalYear year, PlanArea area, int number) {
        return plans.storedMeasure(org, year, area, number)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, year.japanese() + "の事業計画に" + area.nameJa() + "の施策" + number + "はありません"));
    }
}
