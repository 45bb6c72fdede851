package jp.kenpokpi.target;

import jp.kenpokpi.organisation.OrgCode;

/**
 * The compound rules headquarters lays over a branch's printed target for particular KPIs (the Akita plan's
 * KPI一覧表 states both). Kept in one place so that a new rule is one more line here.
 */
public final class HeadquartersRules {

    public static final String GENERIC_DRUG_SHARE = "GENERIC_DRUG_SHARE";
    public static final String SINGLE_BID_RATE = "SINGLE_BID_RATE";

    private HeadquartersRules() {}

    /** The rule a branch is judged by: its printed target, with headquarters' compound rule where one applies. */
    public static TargetRule applyTo(String kpiCode, OrgCode org, TargetRule printed) {
        if (org.isAssociation()) return printed;
        if (kpiCode.equals(GENERIC_DRUG_SHARE)
                && printed instanceof ValueTarget value
                && value.bound() != Bound.AT_MOST) {
            return new GenericDrugRule(printed, GenericDrugRule.THRESHOLD);
        }
        if (kpiCode.equals(SINGLE_BID_RATE) && printed instanceof ValueTarget value && value.bound() == Bound.AT_MOST) {
            return new SmallTenderException(value);
        }
        return printed;
    }
}
