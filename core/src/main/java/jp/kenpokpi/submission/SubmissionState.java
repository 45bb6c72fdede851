package jp.kenpokpi.submission;

/** Where a branch's report stands (提出状況). */
public enum SubmissionState {
    /** 入力中: being written by the branch; every report starts here. */
    IN_PROGRESS("入力中"),
    /** 支部承認済: approved by the branch manager, ready to submit (only where the branch wants that step). */
    BRANCH_APPROVED("支部承認済"),
    /** 提出済: with headquarters, waiting for its decision. */
    SUBMITTED("提出済"),
    /** 差戻し: sent back by headquarters with a comment; the branch edits it again. */
    RETURNED("差戻し"),
    /** 承認済: accepted by headquarters; locked until headquarters reopens it. */
    APPROVED("承認済");

    private final String nameJa;

    SubmissionState(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }

    /**
     * Whether the report's data may change in this state. Only while the branch is writing it: what the branch
     * manager approved or headquarters is reading must not change under them, and what headquarters approved is
     * locked until it reopens the report.
     */
    public boolean editable() {
        return this == IN_PROGRESS || this == RETURNED;
    }

    /** Whether the report has reached headquarters (submitted or decided). */
    public boolean submitted() {
        return this == SUBMITTED || this == APPROVED;
    }
}
