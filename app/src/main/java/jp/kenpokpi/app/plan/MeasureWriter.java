package jp.kenpokpi.app.plan;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.plan.PlanRepository.StoredMeasure;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.plan.Measure;
import jp.kenpokpi.plan.PlanPart;
import org.springframework.stereotype.Component;

/**
 * Every change the web makes to a measure (its year-end report, its plan, adding or removing it), written the one
 * way: refused while the report of a half it touches is frozen (PlanPart, PlanFreeze), never over a change made
 * since it was read, and kept in the change log with who made it. Callers run it inside their transaction.
 */
@Component
class MeasureWriter {

    private final PlanRepository plans;
    private final ChangeLog changeLog;
    private final PlanFreeze freeze;

    MeasureWriter(PlanRepository plans, ChangeLog changeLog, PlanFreeze freeze) {
        this.plans = plans;
        this.changeLog = changeLog;
        this.freeze = freeze;
    }

    /** What an update came to. */
    enum Written {
        CHANGED,
        UNCHANGED,
        CONFLICT
    }

    Written update(UserAccount user, StoredMeasure current, Measure changed) {
        Map<String, String> after = PlanAudit.values(changed, current.source());
        if (after.equals(current.values())) return Written.UNCHANGED;
        freeze.requireOpen(
                current.org(), current.year(), PlanPart.touched(Optional.of(current.measure()), Optional.of(changed)));
        Instant now = Instant.now();
        if (!plans.updateMeasure(current, changed, current.source(), user.username(), now, null))
            return Written.CONFLICT;
        changeLog.record(
                PlanAudit.TABLE,
                current.key(),
                Optional.of(current.values()),
                after,
                user.username(),
                now,
                ChangeSource.form());
        return Written.CHANGED;
    }

    void insert(UserAccount user, OrgCode org, FiscalYear year, Measure added) {
        freeze.requireOpen(org, year, PlanPart.touched(Optional.empty(), Optional.of(added)));
        Instant now = Instant.now();
        plans.insertMeasure(org, year, added, Optional.empty(), user.username(), now, null);
        changeLog.record(
                PlanAudit.TABLE,
                PlanAudit.key(org, year, added.area(), added.number()),
                Optional.empty(),
                PlanAudit.values(added, Optional.empty()),
                user.username(),
                now,
                ChangeSource.form());
    }

    /** False when the measure changed since it was read; nothing is removed then. */
    boolean delete(UserAccount user, StoredMeasure current) {
        freeze.requireOpen(
                current.org(), current.year(), PlanPart.touched(Optional.of(current.measure()), Optional.empty()));
        if (!plans.deleteMeasure(current)) return false;
        changeLog.recordDeletion(
                PlanAudit.TABLE, current.key(), current.values(), user.username(), Instant.now(), ChangeSource.form());
        return true;
    }
}
