package jp.kenpokpi.app.security;

import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.stereotype.Service;

/**
 * Who may change what: headquarters everything, a branch editor only their own branch, a viewer nothing; and no
 * one a fiscal year that headquarters has locked.
 */
@Service
public class BranchAccess {

    private final FiscalYearLocks locks;

    public BranchAccess(FiscalYearLocks locks) {
        this.locks = locks;
    }

    /** Whether the role and branch allow it at all, before any lock. */
    public static boolean mayChange(UserAccount user, OrgCode org) {
        return switch (user.role()) {
            case HQ_ADMIN -> true;
            case BRANCH_MANAGER, BRANCH_EDITOR ->
                user.branch().map(b -> b.equals(org)).orElse(false);
            case VIEWER -> false;
        };
    }

    public boolean canChange(UserAccount user, OrgCode org, FiscalYear year) {
        return canChange(user, org, locks.find(org, year));
    }

    /** The same rule for a page that has read the year's lock already (it shows it too). */
    public static boolean canChange(UserAccount user, OrgCode org, Optional<FiscalYearLocks.Lock> lock) {
        return mayChange(user, org) && lock.isEmpty();
    }

    /** Throws with a Japanese message when the user may not change the branch's year. */
    public void requireChange(UserAccount user, OrgCode org, FiscalYear year) {
        if (!mayChange(user, org)) {
            throw new AccessDeniedToBranchException(
                    user.role() == Role.VIEWER
                            ? "閲覧者はデータを変更できません"
                            : "自支部以外のデータは変更できません（"
                                    + Organisations.all().get(org).nameJa() + "）");
        }
        if (locks.isLocked(org, year)) throw new AccessDeniedToBranchException(lockedJa(org, year));
    }

    /** Why a locked year cannot change, as every page and refusal says it. */
    public static String lockedJa(OrgCode org, FiscalYear year) {
        return Organisations.all().get(org).nameJa() + "の" + year.japanese() + "は本部が確定（ロック）したため変更できません";
    }
}
