package jp.kenpokpi.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import jp.kenpokpi.period.FiscalYear;

/**
 * The KPI catalogue as shipped on the classpath (core/src/main/resources/catalogue/kpi-catalogue.csv, a copy of the
 * reference /work/shared/kpi-catalogue.csv), read once for all tests.
 */
public final class ReferenceCatalogue {

    public static final String RESOURCE = "/catalogue/kpi-catalogue.csv";

    private static final KpiCatalogue CATALOGUE = CatalogueCsv.read(text());

    private ReferenceCatalogue() {}

    public static KpiCatalogue get() {
        return CATALOGUE;
    }

    /** The version of a KPI valid in a fiscal year. */
    public static KpiDefinition definition(String kpiCode, int fiscalYear) {
        return CATALOGUE
                .get(kpiCode)
                .definitionIn(FiscalYear.of(fiscalYear))
                .orElseThrow(() -> new IllegalArgumentException(kpiCode + " has no definition in FY" + fiscalYear));
    }

    public static Kpi kpi(String kpiCode) {
        return CATALOGUE.get(kpiCode);
    }

    static byte[] bytes() {
        try (InputStream in = ReferenceCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }
}
