package jp.kenpokpi.records.generator;

/**
 * One branch as the generator sizes it: its share of the members (from its population) and the rates its records are
 * drawn to, as fractions (0.577 for 57.7%).
 *
 * @param code                 JIS X 0401 code, {@code 09}
 * @param populationThousands  the prefecture's population (令和2年国勢調査), which sizes the branch
 * @param lifestyleRate        生活習慣病予防健診: insured targets examined
 * @param employerDataRate     事業者健診データ: insured targets with an employer's check-up
 * @param dependantCheckupRate 被扶養者の特定健診: dependant targets examined
 * @param insuredGuidanceRate  被保険者の特定保健指導: selected insured who complete it in the year
 * @param dependantGuidanceRate 被扶養者の特定保健指導: selected dependants who complete it in the year
 * @param referralVisitRate    members sent a referral letter who see a doctor within three months
 * @param commissionerCoverage offices with a 健康保険委員
 * @param ratesFrom            where the rates come from: a sample-data file of app, or {@code association} (its value)
 */
public record BranchProfile(
        String code,
        int populationThousands,
        double lifestyleRate,
        double employerDataRate,
        double dependantCheckupRate,
        double insuredGuidanceRate,
        double dependantGuidanceRate,
        double referralVisitRate,
        double commissionerCoverage,
        String ratesFrom) {}
