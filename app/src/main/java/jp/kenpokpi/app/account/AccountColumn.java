package jp.kenpokpi.app.account;

import jp.kenpokpi.interchange.ImportCsv;
import jp.kenpokpi.value.FieldLimits;

/** The columns of an account file (CSV or .xlsx): one account a row; the header names or their Japanese labels. */
enum AccountColumn implements ImportCsv.Column {
    USERNAME("ログイン名", "username"),
    DISPLAY_NAME("氏名", "displayName"),
    ROLE("権限", "role"),
    BRANCH_CODE("支部コード", "branch"),
    GROUP("所属グループ", "group"),
    EMAIL("メールアドレス", "email");

    private final String labelJa;
    /** The account form's field whose problems this column's cell reports (AccountForm.problems). */
    private final String formField;

    AccountColumn(String labelJa, String formField) {
        this.labelJa = labelJa;
        this.formField = formField;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }

    @Override
    public boolean required() {
        return this == USERNAME || this == DISPLAY_NAME || this == ROLE;
    }

    @Override
    public FieldLimits.Text limit() {
        return this == EMAIL ? FieldLimits.Text.EMAIL : FieldLimits.Text.CODE;
    }

    static AccountColumn ofFormField(String field) {
        for (AccountColumn column : values()) {
            if (column.formField.equals(field)) return column;
        }
        throw new IllegalArgumentException("no column for form field " + field);
    }
}
