package jp.kenpokpi.result;

import java.math.BigDecimal;
import java.util.Optional;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;

/**
 * Finds what a relative target is measured against: the prior year's final result under the definition valid in
 * this year. When the definition changed, only a prior-year value restated under the new definition will do;
 * otherwise the years are not comparable, and the reason says why.
 */
public final class PriorYearResolver {

    private PriorYearResolver() {}

    public static PriorYearResult resolve(Kpi kpi, OrgCode org, FiscalYear year, FinalResults results) {
        FiscalYear prior = year.previous();
        Optional<KpiDefinition> current = kpi.definitionIn(year);
        if (current.isEmpty()) return new PriorYearResult.Missing(prior);
        KpiDefinition definition = current.get();
        Optional<KpiDefinition> priorDefinition = kpi.definitionIn(prior);
        boolean changed = priorDefinition
                .map(p -> p.definitionFy() != definition.definitionFy())
                .orElse(true);
        Optional<BigDecimal> value =
                results.find(org, prior, kpi.code(), definition.definitionFy()).flatMap(r -> r.number(definition));
        if (value.isPresent()) return new PriorYearResult.Known(prior, value.get(), changed);
        if (changed) {
            String note = definition.definitionNoteJa().isBlank() ? "" : "（" + definition.definitionNoteJa() + "）";
            return new PriorYearResult.NotComparable(definition.validFrom().japanese() + "に定義が変更され" + note + "、"
                    + prior.japanese() + "の新定義による再計算値がありません");
        }
        return new PriorYearResult.Missing(prior);
    }
}
