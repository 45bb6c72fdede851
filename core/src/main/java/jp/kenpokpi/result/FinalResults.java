package jp.kenpokpi.result;

import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;

/** Where year-end results are looked up: by organisation, fiscal year, KPI and definition version. */
@FunctionalInterface
public interface FinalResults {

    Optional<Result> find(OrgCode org, FiscalYear year, String kpiCode, int definitionFy);
}
