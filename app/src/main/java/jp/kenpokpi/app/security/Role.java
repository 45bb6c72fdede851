package jp.kenpokpi.app.security;

/** What a signed-in user may do. */
public enum Role {
    /** 本部管理者: as headquarters staff, and also administers accounts and locks a branch's year. */
    HQ_ADMIN("本部管理者"),
    /** 本部担当者: reads and changes every branch's data, sets targets, returns and approves reports. */
    HQ_STAFF("本部担当者"),
    /** 支部長・支部管理者: as a branch editor, and approves the branch's reports before they go to headquarters. */
    BRANCH_MANAGER("支部長・支部管理者"),
    /** 支部担当者: reads everything, changes only their own branch. */
    BRANCH_EDITOR("支部担当者"),
    /** 閲覧者: reads. */
    VIEWER("閲覧者");

    private final String nameJa;

    Role(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }

    /** Headquarters (本部管理者 or 本部担当者): every branch's data, targets and approvals. */
    public boolean headquarters() {
        return this == HQ_ADMIN || this == HQ_STAFF;
    }

    /** Branch staff (支部担当者 or 支部管理者): one branch's data. */
    public boolean branchStaff() {
        return this == BRANCH_EDITOR || this == BRANCH_MANAGER;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
