package jp.kenpokpi.catalogue;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.period.FiscalYear;

/**
 * A KPI of the catalogue with its definition versions, oldest first.
 *
 * @param catalogueStart the first fiscal year of the catalogue as a whole
 */
public record Kpi(String code, List<KpiDefinition> versions, FiscalYear catalogueStart) {

    public Kpi {
        if (versions.isEmpty()) throw new IllegalArgumentException("KPI " + code + " に定義がありません");
        versions = versions.stream()
                .sorted(Comparator.comparing(KpiDefinition::validFrom))
                .toList();
    }

    public Kpi(String code, List<KpiDefinition> versions) {
        this(
                code,
                versions,
                versions.stream()
                        .map(KpiDefinition::validFrom)
                        .min(Comparator.naturalOrder())
                        .orElseThrow());
    }

    /**
     * The version valid in a fiscal year. A KPI that has been in the catalogue from its start also covers the years
     * before it, under its first version: the reference catalogue starts in FY2021 only because the system's
     * records do, and headquarters' FY2021 report compares with FY2020 results under the same wording. A KPI
     * introduced later (バイオシミラー, 2025) has no definition before its first year.
     */
    public Optional<KpiDefinition> definitionIn(FiscalYear year) {
        KpiDefinition first = versions.get(0);
        if (year.isBefore(first.validFrom())) {
            return first.validFrom().equals(catalogueStart) ? Optional.of(first) : Optional.empty();
        }
        return versions.stream().filter(v -> v.isValidIn(year)).findFirst();
    }

    /**
     * The first year a version is used for among the given years (the years that hold data): the first version of
     * the catalogue also covers the years before it (see {@link #definitionIn}), so it may begin before its
     * validFrom; its validFrom when none of the years falls in it. The versions table and the trend's legend both
     * read a version's first year here.
     */
    public FiscalYear firstYearOf(KpiDefinition version, Collection<FiscalYear> years) {
        return years.stream()
                .sorted()
                .filter(y -> definitionIn(y).map(version::equals).orElse(false))
                .findFirst()
                .filter(y -> y.isBefore(version.validFrom()))
                .orElse(version.validFrom());
    }

    /** The version that starts in the given fiscal year (the interchange's definition_fy). */
    public Optional<KpiDefinition> versionStartingIn(int definitionFy) {
        return versions.stream().filter(v -> v.definitionFy() == definitionFy).findFirst();
    }

    public KpiDefinition latest() {
        return versions.get(versions.size() - 1);
    }

    /** Dropped from a year on: no version is valid in it, and some earlier one was. */
    public boolean isDroppedIn(FiscalYear year) {
        return definitionIn(year).isEmpty() && versions.get(0).validFrom().isBefore(year);
    }
}
