package jp.kenpokpi.records.schema;

import static jp.kenpokpi.records.schema.RecordColumn.bigint;
import static jp.kenpokpi.records.schema.RecordColumn.date;
import static jp.kenpokpi.records.schema.RecordColumn.decimal;
import static jp.kenpokpi.records.schema.RecordColumn.flag;
import static jp.kenpokpi.records.schema.RecordColumn.integer;
import static jp.kenpokpi.records.schema.RecordColumn.text;

import java.util.List;

/**
 * The record schema, declared once: every kind of record file a data set holds, with its columns. The engine reads
 * the files with these types, and a test checks docs/RECORDS.md against it. The file (or directory of files) of a
 * kind is named by {@link #fileName()}: {@code members.parquet}, {@code members/} or {@code members.csv}.
 */
public enum RecordKind {
    MEMBERS(
            "加入者",
            "members",
            text("member_id", "加入者ID（仮名化）", "member id (pseudonymised)"),
            text("sex", "性別（1 男性、2 女性）", "sex (1 male, 2 female)"),
            date("birth_date", "生年月日", "date of birth")),
    ENROLMENTS(
            "資格期間",
            "enrolments",
            text("member_id", "加入者ID", "member id"),
            text("branch_code", "加入支部コード（JIS X 0401）", "branch of membership (JIS X 0401 code)"),
            text("office_id", "事業所ID（被扶養者は被保険者の事業所）", "office id (a dependant's is the insured's)"),
            text("member_kind", "被保険者 insured / 被扶養者 dependant", "insured or dependant"),
            date("start_date", "資格取得日", "first day of the period"),
            date("end_date", "資格の最終日（空欄は継続中）", "last day of the period (empty: still enrolled)")),
    OFFICES(
            "事業所",
            "offices",
            text("office_id", "事業所ID", "office id"),
            text("branch_code", "事業所の所在支部コード", "branch the office belongs to"),
            flag("health_declaration", "健康宣言を行っている", "has made a health declaration (健康宣言)"),
            flag("health_commissioner", "健康保険委員が委嘱されている", "has a health insurance commissioner")),
    CHECKUPS(
            "健診",
            "checkups",
            text("checkup_id", "健診ID", "check-up id"),
            text("member_id", "加入者ID", "member id"),
            date("checkup_date", "受診日", "date of the check-up"),
            text("checkup_kind", "lifestyle 生活習慣病予防健診 / employer_data 事業者健診データ / specific 特定健診", "kind of check-up"),
            text("facility_branch_code", "健診機関の所在支部コード（健診実施支部）", "branch where the facility is"),
            integer("systolic_bp", "収縮期血圧（mmHg）", "systolic blood pressure (mmHg)"),
            integer("diastolic_bp", "拡張期血圧（mmHg）", "diastolic blood pressure (mmHg)"),
            integer("fasting_glucose", "空腹時血糖（mg/dL）", "fasting glucose (mg/dL)"),
            decimal("hba1c", "DECIMAL(3,1)", "HbA1c（%）", "HbA1c (%)"),
            integer("ldl", "LDLコレステロール（mg/dL）", "LDL cholesterol (mg/dL)"),
            flag("on_medication", "血圧・血糖・脂質のいずれかで服薬中（問診）", "on medication for blood pressure, glucose or lipids"),
            text("guidance_level", "特定保健指導の階層化 none / motivational 動機付け支援 / active 積極的支援", "health guidance level")),
    GUIDANCE(
            "特定保健指導",
            "guidance",
            text("guidance_id", "保健指導ID", "guidance id"),
            text("member_id", "加入者ID", "member id"),
            text("checkup_id", "対象となった健診ID", "check-up it follows"),
            date("start_date", "初回面談日", "first session"),
            date("completion_date", "実績評価（終了）日（空欄は未終了）", "completion (empty: not completed)"),
            text("provider", "association 協会保健師 / outsourced 外部委託", "who gave it")),
    REFERRAL_LETTERS(
            "受診勧奨",
            "referral_letters",
            text("letter_id", "受診勧奨ID", "letter id"),
            text("member_id", "加入者ID", "member id"),
            text("checkup_id", "対象となった健診ID", "check-up it follows"),
            date("sent_date", "送付日", "date sent"),
            text("criterion", "blood_pressure 血圧 / glucose 血糖 / lipid 脂質", "criterion exceeded")),
    CLAIMS(
            "レセプト",
            "claims",
            text("claim_id", "レセプトID", "claim id"),
            text("member_id", "加入者ID", "member id"),
            text("branch_code", "請求先の支部コード（保険者番号）", "branch billed (insurer number)"),
            date("service_month", "診療年月（月の初日）", "month of service (its first day)"),
            text("claim_kind", "medical 医科 / dpc DPC / dental 歯科 / pharmacy 調剤", "kind of claim"),
            date("first_visit_date", "当月の最初の受診日", "first day of treatment in the month"),
            bigint("points", "請求点数", "points claimed"),
            bigint("reduction_association_points", "協会の点検による査定点数", "points cut by the association's review"),
            bigint("reduction_fund_points", "支払基金の一次審査による査定点数", "points cut by the payment fund's review"),
            flag("reexamined", "再審査を請求した", "sent for re-examination"),
            bigint("reexamination_reduction_yen", "再審査による査定額（円）", "amount cut on re-examination (yen)")),
    DRUG_LINES(
            "薬剤明細",
            "drug_lines",
            text("claim_id", "レセプトID", "claim id"),
            date("service_month", "診療年月（月の初日、レセプトと同じ）", "month of service (its first day, as the claim's)"),
            text("drug_code", "薬価基準収載医薬品コード", "drug price list code"),
            text("generic_class", "generic 後発医薬品 / original_with_generic 後発品のある先発品 / other その他", "generic status"),
            decimal("quantity", "DECIMAL(18,3)", "数量（薬価基準の単位）", "quantity in drug price list units"),
            text("excluded_class", "使用割合の対象外の区分（空欄は対象）", "class excluded from the share (empty: counted)")),
    CASH_BENEFITS(
            "現金給付の申請",
            "cash_benefits",
            text("application_id", "申請ID", "application id"),
            text("member_id", "加入者ID", "member id"),
            text("branch_code", "受け付けた支部コード", "branch that received it"),
            text("benefit_kind", "傷病手当金、出産手当金など", "kind of benefit"),
            text("channel", "mail 郵送 / counter 窓口 / online 電子申請", "how it was received"),
            date("received_date", "受付日", "date received"),
            date("paid_date", "支給日（空欄は未支給）", "date paid (empty: not paid)"),
            integer("days_to_pay", "受付から支給までの日数（営業日）", "working days from receipt to payment")),
    REFUND_CLAIMS(
            "返納金債権",
            "refund_claims",
            text("refund_claim_id", "債権ID", "refund claim id"),
            text("member_id", "加入者ID", "member id"),
            text("branch_code", "債権を管理する支部コード", "branch holding the claim"),
            date("raised_date", "調定日", "date the claim was raised"),
            text("cause", "after_loss 資格喪失後受診 / improper_billing 診療報酬返還金（不当請求） / other その他", "cause of the claim"),
            bigint("amount_yen", "債権額（円）", "amount claimed (yen)"),
            bigint("recovered_yen", "回収額（円）", "amount recovered (yen)")),
    CARD_RETURNS(
            "保険証の回収",
            "card_returns",
            text("card_id", "保険証ID", "card id"),
            text("member_id", "加入者ID", "member id"),
            text("branch_code", "資格喪失時の支部コード", "branch at the loss of eligibility"),
            date("loss_date", "資格喪失日", "date eligibility was lost"),
            date("returned_date", "回収日（空欄は未回収）", "date returned (empty: not returned)"),
            text("returned_via", "association 協会 / pension_service 日本年金機構", "who received it"));

    private final String nameJa;
    private final String fileName;
    private final List<RecordColumn> columns;

    RecordKind(String nameJa, String fileName, RecordColumn... columns) {
        this.nameJa = nameJa;
        this.fileName = fileName;
        this.columns = List.of(columns);
    }

    public String nameJa() {
        return nameJa;
    }

    /** The file's base name and the view's name in the definitions' SQL: {@code members}. */
    public String fileName() {
        return fileName;
    }

    public List<RecordColumn> columns() {
        return columns;
    }
}
