package jp.kenpokpi.app.notices;

/** What a notice (お知らせ) is about, with the label the list and the mail show. */
public enum NoticeKind {
    RETURNED("差戻し"),
    APPROVED("承認"),
    SUBMITTED("提出"),
    DEADLINE_NEAR("期限間近"),
    DEADLINE_PASSED("期限超過"),
    IMPORTED("取込");

    private final String labelJa;

    NoticeKind(String labelJa) {
        this.labelJa = labelJa;
    }

    public String labelJa() {
        return labelJa;
    }
}
