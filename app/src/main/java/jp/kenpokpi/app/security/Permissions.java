package jp.kenpokpi.app.security;

import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * The permission rules as method security calls them: {@code @PreAuthorize("@permissions.mayLockYears(#user)")}.
 * Each answers true or refuses with the Japanese message the 403 page shows (AccessDeniedToBranchException), so a
 * refusal says why; the branch rule itself stays in BranchAccess.
 */
@Component("permissions")
public class Permissions {

    private final BranchAccess access;

    public Permissions(BranchAccess access) {
        this.access = access;
    }

    /** Locking and unlocking a branch's year: headquarters only. */
    public boolean mayLockYears(UserAccount user) {
        if (user.role() != Role.HQ_ADMIN) {
            throw new AccessDeniedToBranchException("年度の確定（ロック）と解除は本部管理者だけができます");
        }
        return true;
    }

    /** Accounts (create, edit, disable, unlock, reset a password): headquarters' administrators only. */
    public boolean mayAdministerAccounts(UserAccount user) {
        if (user.role() != Role.HQ_ADMIN) {
            throw new AccessDeniedToBranchException("アカウントの管理は本部管理者だけができます");
        }
        return true;
    }

    /** Computing KPIs from member-level records (the compute page): headquarters only. */
    public boolean mayCompute(UserAccount user) {
        if (!user.role().headquarters()) throw new AccessDeniedToBranchException("記録からの算出は本部が行います");
        return true;
    }

    /** Importing files: anyone but a viewer (which branches a file may change is checked row by row). */
    public boolean mayImport(UserAccount user) {
        if (user.role() == Role.VIEWER) throw new AccessDeniedToBranchException("閲覧者はデータを取り込めません");
        return true;
    }

    /** Changing a branch's year: BranchAccess (own branch only, never a locked year). */
    public boolean mayChange(UserAccount user, OrgCode org, FiscalYear year) {
        access.requireChange(user, org, year);
        return true;
    }
}
