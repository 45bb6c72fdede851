package jp.kenpokpi.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import org.junit.jupiter.api.Test;

class KpiDataSetTest {

    private static StoredResult interim(String org, String month) {
        return StoredResults.interim(org, new AsOf(YearMonth.parse(month)), "LIFESTYLE_CHECKUP_RATE", 2021)
                .build();
    }

    private static final KpiDataSet DATA = new KpiDataSet(
            List.of(),
            List.of(
                    interim("09", "2021-09"),
                    interim("09", "2020-09"),
                    interim("13", "2021-06"),
                    interim("00", "2021-08"),
                    yearEnd("09", 2022, "LIFESTYLE_CHECKUP_RATE", 2021)));

    @Test
    void aBranchsInterimMonthsAreItsOwnOldestFirstAndYearEndResultsAreNoMonth() {
        assertThat(DATA.interimMonths(OrgCode.of("09"))).extracting(AsOf::iso).containsExactly("2020-09", "2021-09");
        assertThat(DATA.interimMonths(OrgCode.of("01"))).isEmpty();
        assertThat(DATA.latestAsOf(OrgCode.of("09"))).map(AsOf::iso).contains("2021-09");
        assertThat(DATA.latestAsOf(OrgCode.of("01"))).isEmpty();
    }

    @Test
    void theAssociationsInterimMonthsIncludeEveryBranchsMonths() {
        assertThat(DATA.interimMonths(OrgCode.ASSOCIATION))
                .extracting(AsOf::iso)
                .containsExactly("2020-09", "2021-06", "2021-08", "2021-09");
        assertThat(DATA.latestAsOf(OrgCode.ASSOCIATION)).map(AsOf::iso).contains("2021-09");
    }

    @Test
    void branchFinalsAreTheBranchesYearEndResultsOfOneKpiVersionWithoutTheAssociation() {
        KpiDataSet data = new KpiDataSet(
                List.of(),
                List.of(
                        yearEnd("00", 2023, "LIFESTYLE_CHECKUP_RATE", 2021),
                        yearEnd("05", 2023, "LIFESTYLE_CHECKUP_RATE", 2021),
                        yearEnd("02", 2023, "LIFESTYLE_CHECKUP_RATE", 2021),
                        yearEnd("02", 2022, "LIFESTYLE_CHECKUP_RATE", 2021),
                        yearEnd("03", 2023, "LIFESTYLE_CHECKUP_RATE", 2024),
                        yearEnd("04", 2023, "SINGLE_BID_RATE", 2021),
                        interim("06", "2023-09")));
        assertThat(data.branchFinals(FiscalYear.of(2023), "LIFESTYLE_CHECKUP_RATE", 2021)
                        .keySet())
                .extracting(OrgCode::value)
                .containsExactly("02", "05");
        assertThat(data.branchFinals(FiscalYear.of(2021), "LIFESTYLE_CHECKUP_RATE", 2021))
                .isEmpty();
    }

    private static StoredResult yearEnd(String org, int year, String kpi, int definitionFy) {
        return StoredResults.yearEnd(org, FiscalYear.of(year), kpi, definitionFy)
                .build();
    }
}
