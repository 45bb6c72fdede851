package jp.kenpokpi.performance;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.Block;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.StoredResult;

/**
 * 支部業績評価 of a results year: every KPI of the year's catalogue that is a number (not 実施/未実施) and that some
 * branch has a year-end result of, as a {@link KpiDistribution} over the branches, in catalogue order. A branch's
 * evaluation, a block's and headquarters' table of all branches are read from the same distributions.
 */
public final class PerformanceYear {

    private final FiscalYear year;
    private final List<KpiDistribution> distributions;

    public PerformanceYear(FiscalYear year, List<KpiDistribution> distributions) {
        this.year = year;
        this.distributions = List.copyOf(distributions);
    }

    /** The year's year-end results of the branches under the definitions in force; 架空 as stored. */
    public static PerformanceYear of(KpiCatalogue catalogue, KpiDataSet data, FiscalYear year) {
        List<KpiDistribution> distributions = catalogue.definitionsIn(year).stream()
                .map(d -> distribution(d, data, year))
                .flatMap(Optional::stream)
                .toList();
        return new PerformanceYear(year, distributions);
    }

    private static Optional<KpiDistribution> distribution(KpiDefinition d, KpiDataSet data, FiscalYear year) {
        Map<OrgCode, Result> results = data.branchFinals(year, d.kpiCode(), d.definitionFy());
        Set<OrgCode> synthetic = new HashSet<>();
        for (OrgCode b : results.keySet()) {
            if (data.finalResult(b, year, d.kpiCode(), d.definitionFy())
                    .map(StoredResult::synthetic)
                    .orElse(false)) synthetic.add(b);
        }
        return KpiDistribution.of(d, results, synthetic);
    }

    public FiscalYear year() {
        return year;
    }

    /** The KPIs evaluated, in catalogue order. */
    public List<KpiDistribution> distributions() {
        return distributions;
    }

    public BranchEvaluation branch(OrgCode branch) {
        return new BranchEvaluation(
                branch,
                distributions.stream()
                        .map(d -> d.standing(branch))
                        .flatMap(Optional::stream)
                        .toList());
    }

    public BlockEvaluation block(Block block) {
        return BlockEvaluation.of(
                block.nameJa() + "ブロック",
                Organisations.all().branchesIn(block).stream()
                        .map(Organisation::code)
                        .toList(),
                distributions);
    }

    /** Headquarters' table: every branch in code order, with its standings (none where it has no value). */
    public List<BranchEvaluation> branches() {
        return Organisations.all().branches().stream()
                .map(o -> branch(o.code()))
                .toList();
    }

    /** Some value evaluated is 架空. */
    public boolean synthetic() {
        return distributions.stream().anyMatch(KpiDistribution::synthetic);
    }
}
