package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.period.FiscalYear;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The KPI catalogue with each KPI's definition versions, as the KPI pages show it. */
@RestController
@ProblemResponses
@Tag(name = "カタログ", description = "KPIカタログ：KPIと定義の版")
class CatalogueApiController {

    private final SummaryService summaries;

    CatalogueApiController(SummaryService summaries) {
        this.summaries = summaries;
    }

    @Schema(description = "KPIの定義の1版（ある年度から有効）")
    record DefinitionJson(
            @Schema(description = "KPIコード", example = "LIFESTYLE_CHECKUP_RATE")
            String kpiCode,

            @Schema(description = "この版が有効になる年度", example = "2021")
            int validFrom,

            @Schema(description = "この版が有効な最後の年度（現行の版は null）")
            Integer validTo,

            @Schema(description = "分野", example = "保健事業") String area,

            @Schema(description = "担当グループ", example = "保健グループ")
            String group,

            @Schema(description = "KPI名", example = "生活習慣病予防健診実施率")
            String name,

            @Schema(description = "単位", example = "%") String unit,

            @Schema(description = "良い方向（HIGHER、LOWER、DONE）", example = "HIGHER")
            String direction,

            @Schema(description = "良い方向の説明", example = "高いほど良い")
            String directionJa,

            @Schema(description = "報告する小数の桁数", example = "1")
            int decimals,

            @Schema(description = "分子の説明") String numerator,
            @Schema(description = "分母の説明") String denominator,
            @Schema(description = "定義の注記") String note) {

        static DefinitionJson of(KpiDefinition d) {
            return new DefinitionJson(
                    d.kpiCode(),
                    d.validFrom().value(),
                    d.validTo().map(FiscalYear::value).orElse(null),
                    d.areaJa(),
                    d.groupJa(),
                    d.nameJa(),
                    d.unit().symbol(),
                    d.direction().name(),
                    d.direction().labelJa(),
                    d.precision().decimals(),
                    blankIsNull(d.numeratorJa()),
                    blankIsNull(d.denominatorJa()),
                    blankIsNull(d.definitionNoteJa()));
        }

        private static String blankIsNull(String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }

    @Schema(description = "KPIとその定義の版（古い順）")
    record KpiJson(
            @Schema(description = "KPIコード", example = "LIFESTYLE_CHECKUP_RATE")
            String code,

            @Schema(description = "最新の版のKPI名", example = "生活習慣病予防健診実施率")
            String name,

            @Schema(description = "定義の版（古い順）") List<DefinitionJson> versions,

            @Schema(description = "本部の指標か（インセンティブ制度の③など。支部の事業計画のKPIではなく、本部だけが書き込めます）", example = "false")
            boolean headquartersIndicator) {

        static KpiJson of(Kpi kpi, KpiCatalogue catalogue) {
            return new KpiJson(
                    kpi.code(),
                    kpi.latest().nameJa(),
                    kpi.versions().stream().map(DefinitionJson::of).toList(),
                    catalogue.isHeadquartersIndicator(kpi.code()));
        }
    }

    @GetMapping("/api/v1/catalogue")
    @Operation(
            summary = "KPIカタログの一覧",
            description =
                    "KPIとその定義の版を KPI コード順に返します（本部の指標も headquartersIndicator を付けて含みます）。year を指定すると、その年度に定義のある KPI だけを返します。")
    ApiPage<KpiJson> catalogue(
            @Parameter(description = "年度（例: 2023）。指定するとその年度に定義のある KPI だけ", example = "2023")
                    @RequestParam(required = false)
                    String year,
            @ParameterObject PageParameters pages) {
        Paging paging = pages.paging();
        Optional<FiscalYear> fy = ApiParameters.yearIfGiven("year", year);
        KpiCatalogue catalogue = summaries.catalogue();
        List<KpiJson> kpis = catalogue.kpisAndIndicators().stream()
                .filter(k -> fy.map(y -> k.definitionIn(y).isPresent()).orElse(true))
                .sorted(Comparator.comparing(Kpi::code))
                .map(k -> KpiJson.of(k, catalogue))
                .toList();
        return paging.of(kpis);
    }

    @GetMapping("/api/v1/catalogue/{kpiCode}")
    @Operation(summary = "KPI 1件", description = "KPIコードで指定した KPI とその定義の版を返します。カタログにないコードは 404 です。")
    KpiJson kpi(@Parameter(description = "KPIコード", example = "LIFESTYLE_CHECKUP_RATE") @PathVariable String kpiCode) {
        KpiCatalogue catalogue = summaries.catalogue();
        return KpiJson.of(ApiParameters.kpiInPath(kpiCode, catalogue), catalogue);
    }
}
