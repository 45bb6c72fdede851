package jp.kenpokpi.app.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeHistory;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.plan.PlanRepository.StoredMeasure;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.Measure;
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

    public PlanEditService(
            PlanRepository plans, ChangeLog changeLog, BranchAccess access, TransactionTemplate transaction) {
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

    public sealed interface SaveOutcome permits Saved, Refused, Conflict {}

    /** @param changed false when the form held what was already stored */
    public record Saved(Measure measure, boolean changed) implements SaveOutcome {}

    public record Refused(List<MeasureReport.Problem> problems) implements SaveOutcome {}

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
            Map<String, String> after = PlanAudit.values(reported, current.source());
            if (after.equals(current.values())) return new Saved(reported, false);
            Instant now = Instant.now();
            if (!plans.updateMeasure(current, reported, current.source(), user.username(), now, null)) {
                return new Conflict(find(org, year, area, number));
            }
            changeLog.record(
                    PlanAudit.TABLE,
                    current.key(),
                    Optional.of(current.values()),
                    after,
                    user.username(),
                    now,
                    ChangeSource.form());
            return new Saved(reported, true);
        });
    }

    private StoredMeasure find(OrgCode org, FiscalYear year, PlanArea area, int number) {
        return plans.storedMeasure(org, year, area, number)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, year.japanese() + "の事業計画に" + area.nameJa() + "の施策" + number + "はありません"));
    }
}
