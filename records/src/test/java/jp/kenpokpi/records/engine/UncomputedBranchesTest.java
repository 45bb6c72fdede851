package jp.kenpokpi.records.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.records.definition.DefinitionLibrary;
import jp.kenpokpi.records.definition.KpiQuery;
import org.junit.jupiter.api.Test;

class UncomputedBranchesTest {

    private final List<KpiQuery> queries = DefinitionLibrary.reference().all().subList(0, 2);

    @Test
    void aBranchWithoutAFigureOrWithANoughtDenominatorIsListedUnderItsDefinition() {
        List<ComputedFigure> figures = new ArrayList<>();
        for (KpiQuery q : queries) {
            for (Organisation b : Organisations.all().branches()) {
                if (q == queries.get(0) && b.code().equals(OrgCode.of(31))) continue; // no row at all
                BigDecimal denominator =
                        q == queries.get(1) && b.code().equals(OrgCode.of(32)) ? BigDecimal.ZERO : BigDecimal.TEN;
                figures.add(new ComputedFigure(b.code(), q.definition(), BigDecimal.ONE, denominator));
            }
        }

        var gaps = UncomputedBranches.of(queries, figures);

        assertThat(gaps)
                .containsOnlyKeys(queries.get(0).definition(), queries.get(1).definition());
        assertThat(gaps.get(queries.get(0).definition()))
                .extracting(Organisation::nameJa)
                .containsExactly("鳥取支部");
        assertThat(gaps.get(queries.get(1).definition()))
                .extracting(Organisation::nameJa)
                .containsExactly("島根支部");
    }

    @Test
    void everyBranchOfAQueryWithNoRowsIsListedAndAFullRunHasNoGaps() {
        List<ComputedFigure> full = new ArrayList<>();
        for (Organisation b : Organisations.all().branches()) {
            full.add(new ComputedFigure(b.code(), queries.get(0).definition(), BigDecimal.ZERO, BigDecimal.ONE));
        }

        assertThat(UncomputedBranches.of(queries.subList(0, 1), full)).isEmpty();
        assertThat(UncomputedBranches.of(queries.subList(1, 2), full)
                        .get(queries.get(1).definition()))
                .hasSize(47);
    }
}
