package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.result.KpiRecordRepository.RowFilter;
import jp.kenpokpi.app.result.KpiRecordRepository.RowPage;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.period.FiscalYear;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Targets and results as stored, listed with filters or read one by one at their own address with the record's
 * version (body and ETag), the address the API's writes (PUT with If-Match) use.
 */
@RestController
@ProblemResponses
@Tag(name = "目標・実績", description = "登録された目標と実績（年度末・月末時点）。1件ごとのアドレスは版（ETag）付き")
class RecordApiController {

    private final KpiRecordRepository records;
    private final SummaryService summaries;

    RecordApiController(KpiRecordRepository records, SummaryService summaries) {
        this.records = records;
        this.summaries = summaries;
    }

    @GetMapping("/api/v1/targets")
    @Operation(summary = "目標の一覧", description = "登録された目標を組織コード、年度、KPIコードの順に返します。branch、year、kpi で絞り込めます。")
    ApiPage<TargetJson> targets(
            @ParameterObject RecordFilterParameters filters, @ParameterObject PageParameters pages) {
        Paging paging = pages.paging();
        RowFilter filter = filter(filters, Optional.empty());
        return page(records.targetPage(filter, offset(paging), paging.size()), paging, TargetJson::of);
    }

    @GetMapping("/api/v1/targets/{branch}/{year}/{kpiCode}")
    @Operation(
            summary = "目標1件",
            description = "組織、年度、KPIの目標を、記録の版（version。ETag ヘッダーにも \"版\" として）付きで返します。"
                    + "登録がなければ 404 です。書き込み（PUT、If-Match）も同じアドレスです。")
    ResponseEntity<TargetJson> target(
            @Parameter(description = "組織コード（00 協会、01〜47 支部）", example = "09") @PathVariable String branch,
            @Parameter(description = "年度", example = "2023") @PathVariable String year,
            @Parameter(description = "KPIコード", example = "LIFESTYLE_CHECKUP_RATE") @PathVariable String kpiCode) {
        Organisation org = ApiParameters.organisationInPath(branch);
        FiscalYear fy = ApiParameters.yearInPath(year);
        Kpi kpi = ApiParameters.kpiInPath(kpiCode, summaries.catalogue());
        StoredRow<jp.kenpokpi.result.StoredTarget> row = records.findTarget(org.code(), fy, kpi.code())
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        org.nameJa() + " " + fy.japanese() + " 「" + kpi.latest().nameJa() + "」の目標は登録されていません"));
        return versioned(TargetJson.of(row, summaries.catalogue()), row.version());
    }

    @GetMapping("/api/v1/results")
    @Operation(
            summary = "実績の一覧",
            description = "登録された実績を組織コード、年度、時点、KPIコードの順に返します。asOf を省くと年度末の実績、"
                    + "asOf=YYYY-MM でその月末時点の実績です。branch、year、kpi で絞り込めます。")
    ApiPage<ResultJson> results(
            @ParameterObject RecordFilterParameters filters,
            @Parameter(description = "月末時点（YYYY-MM）。省くと年度末の実績", example = "2023-09") @RequestParam(required = false)
                    String asOf,
            @ParameterObject PageParameters pages) {
        Paging paging = pages.paging();
        Optional<AsOf> month = ApiParameters.asOfIfGiven("asOf", asOf);
        RowFilter filter = filter(filters, Optional.of(month));
        return page(records.resultPage(filter, offset(paging), paging.size()), paging, ResultJson::of);
    }

    @GetMapping("/api/v1/results/{branch}/{year}/{kpiCode}")
    @Operation(
            summary = "実績1件",
            description = "組織、年度、KPIの実績（asOf を指定すればその月末時点）を、記録の版（version。ETag ヘッダーにも）付きで返します。"
                    + "definitionFy を省くとその年度に有効な定義の版です。登録がなければ 404 です。書き込み（PUT、If-Match）も同じアドレスです。")
    ResponseEntity<ResultJson> result(
            @Parameter(description = "組織コード（00 協会、01〜47 支部）", example = "09") @PathVariable String branch,
            @Parameter(description = "年度", example = "2023") @PathVariable String year,
            @Parameter(description = "KPIコード", example = "LIFESTYLE_CHECKUP_RATE") @PathVariable String kpiCode,
            @Parameter(description = "月末時点（YYYY-MM）。省くと年度末の実績", example = "2023-09") @RequestParam(required = false)
                    String asOf,
            @Parameter(description = "定義の版（その版が有効になった年度）。省くとその年度に有効な版", example = "2021")
                    @RequestParam(required = false)
                    Integer definitionFy) {
        Organisation org = ApiParameters.organisationInPath(branch);
        FiscalYear fy = ApiParameters.yearInPath(year);
        KpiCatalogue catalogue = summaries.catalogue();
        Kpi kpi = ApiParameters.kpiInPath(kpiCode, catalogue);
        Optional<AsOf> month = ApiParameters.asOfIfGiven("asOf", asOf);
        if (month.isPresent() && !month.get().fiscalYear().equals(fy)) {
            throw new ApiParameterException("asOf", "時点「" + asOf + "」は" + fy.label() + "の月ではありません");
        }
        int version = definitionFy != null
                ? definitionFy
                : ApiParameters.definitionIn(kpi, fy, "year").definitionFy();
        StoredRow<jp.kenpokpi.result.StoredResult> row = records.findResult(org.code(), fy, month, kpi.code(), version)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        org.nameJa() + " " + month.map(AsOf::japanese).orElse(fy.japanese()) + " 「"
                                + kpi.latest().nameJa() + "」の実績は登録されていません"));
        return versioned(ResultJson.of(row, catalogue), row.version());
    }

    private RowFilter filter(RecordFilterParameters filters, Optional<Optional<AsOf>> asOf) {
        return new RowFilter(
                ApiParameters.organisationIfGiven("branch", filters.branch()).map(Organisation::code),
                ApiParameters.yearIfGiven("year", filters.year()),
                asOf,
                ApiParameters.kpiIfGiven("kpi", filters.kpi(), summaries.catalogue())
                        .map(Kpi::code));
    }

    private static long offset(Paging paging) {
        return (long) paging.page() * paging.size();
    }

    private <T, J> ApiPage<J> page(RowPage<T> rows, Paging paging, BiFunction<StoredRow<T>, KpiCatalogue, J> json) {
        KpiCatalogue catalogue = summaries.catalogue();
        List<J> items = rows.rows().stream().map(r -> json.apply(r, catalogue)).toList();
        return new ApiPage<>(items, paging.page(), paging.size(), rows.total());
    }

    /** The record with its version as the ETag: what a write's If-Match sends back. */
    private static <T> ResponseEntity<T> versioned(T body, int version) {
        return ResponseEntity.ok().eTag(ApiVersions.etag(version)).body(body);
    }
}
