package jp.kenpokpi.submission;

/**
 * Who acts on a submission, in the domain's words. The application maps its roles (app/security/Role) onto these;
 * the rules of a submission need no more than this.
 */
public enum ActorKind {
    /** 本部 (本部管理者 and 本部担当者 alike): returns, approves and reopens every branch's reports. */
    HEADQUARTERS("本部"),
    /** 支部長・支部管理者: approves the branch's reports before they go to headquarters, and may submit them. */
    BRANCH_MANAGER("支部長・支部管理者"),
    /** 支部担当者: writes and submits the branch's reports. */
    BRANCH_EDITOR("支部担当者"),
    /** 閲覧者: reads. */
    VIEWER("閲覧者");

    private final String nameJa;

    ActorKind(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }

    /** A branch manager or editor acts for one branch. */
    public boolean ofBranch() {
        return this == BRANCH_MANAGER || this == BRANCH_EDITOR;
    }
}
