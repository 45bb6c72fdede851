package jp.kenpokpi.app.lock;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.security.FiscalYearLocks;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Headquarters locks a branch's fiscal year once its report is approved, and unlocks it to allow a correction.
 * Both are recorded in the change log like any change of data.
 */
@Service
public class YearLocking {

    static final String TABLE = "fiscal_year_lock";

    private final FiscalYearLocks locks;
    private final ChangeLog changeLog;
    private final TransactionTemplate transaction;

    public YearLocking(FiscalYearLocks locks, ChangeLog changeLog, TransactionTemplate transaction) {
        this.locks = locks;
        this.changeLog = changeLog;
        this.transaction = transaction;
    }

    /** @return false when the year was locked already */
    @PreAuthorize("@permissions.mayLockYears(#user)")
    public boolean lock(UserAccount user, OrgCode org, FiscalYear year) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (locks.isLocked(org, year)) return false;
            locks.lock(org, year, user.username());
            changeLog.record(
                    TABLE,
                    key(org, year),
                    Optional.empty(),
                    values(locks.find(org, year).orElseThrow()),
                    user.username(),
                    Instant.now(),
                    ChangeSource.form());
            return true;
        }));
    }

    /** @return false when the year was not locked */
    @PreAuthorize("@permissions.mayLockYears(#user)")
    public boolean unlock(UserAccount user, OrgCode org, FiscalYear year) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            Optional<FiscalYearLocks.Lock> lock = locks.find(org, year);
            if (lock.isEmpty()) return false;
            locks.unlock(org, year);
            changeLog.recordDeletion(
                    TABLE, key(org, year), values(lock.get()), user.username(), Instant.now(), ChangeSource.form());
            return true;
        }));
    }

    static String key(OrgCode org, FiscalYear year) {
        return org + "/" + year;
    }

    private static Map<String, String> values(FiscalYearLocks.Lock lock) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("locked_by", lock.lockedBy());
        m.put("locked_at", lock.lockedAt().toString());
        return m;
    }
}
