package jp.kenpokpi.app.security;

/** What a signed-in user may do. */
public enum Role {
    /** 本部管理者: reads and changes everything, locks a branch's year. */
    HQ_ADMIN("本部管理者"),
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

    public String authority() {
        return "ROLE_" + name();
    }
}
