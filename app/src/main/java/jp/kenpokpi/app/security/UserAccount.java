package jp.kenpokpi.app.security;

import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;

/** A sign-in account: a branch editor or manager belongs to one branch. */
public record UserAccount(String username, String displayName, Role role, Optional<OrgCode> branch) {

    /** The one branch whose reports in the seeds print a plan and a budget execution (the association keeps neither). */
    public static final OrgCode BRANCH_WITH_SEED_PLAN = OrgCode.of("09");

    public UserAccount {
        if (role.branchStaff() && branch.isEmpty()) {
            throw new IllegalArgumentException(role.nameJa() + "には支部が必要です: " + username);
        }
    }

    /** Where the KPI pages open: a branch editor on their branch; headquarters and viewers on the association. */
    public OrgCode home() {
        return branch.orElse(OrgCode.ASSOCIATION);
    }

    /**
     * Where a branch's own documents (plan, budget) open: the user's branch; for headquarters and viewers
     * {@link #BRANCH_WITH_SEED_PLAN}.
     */
    public OrgCode homeBranch() {
        return branch.orElse(BRANCH_WITH_SEED_PLAN);
    }

    /** The branch as the change log records an account's: 埼玉支部（11）; empty for headquarters and viewers. */
    public String branchNameJa() {
        return branch.map(code -> Organisations.all().get(code).nameJa() + "（" + code.value() + "）")
                .orElse("");
    }

    /**
     * The user as the page header names them: the name and the role, the role once (閲覧者（デモ）, not
     * 閲覧者（デモ）（閲覧者）).
     */
    public String labelJa() {
        return displayName.contains(role.nameJa()) ? displayName : displayName + "・" + role.nameJa();
    }
}
