package jp.kenpokpi.submission;

/** A branch's setting: whether its manager approves a report before it goes to headquarters. */
public enum ApprovalRoute {
    /** The branch submits straight to headquarters. */
    DIRECT("本部へ直接提出"),
    /** 支部長・支部管理者 approves first (支部承認済), then the branch submits. */
    VIA_BRANCH_MANAGER("支部長・支部管理者の承認を経て提出");

    private final String nameJa;

    ApprovalRoute(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }
}
