package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.app.report.ReportDownloads;
import jp.kenpokpi.app.report.ReportKind;
import jp.kenpokpi.app.report.ReportParameter;
import jp.kenpokpi.app.report.ReportQuery;
import jp.kenpokpi.app.report.ReportRegistry;
import jp.kenpokpi.app.report.ReportRequest;
import jp.kenpokpi.app.report.TableReportKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every report of the registry as a file (.xlsx, .pdf, .html), driven by ReportRegistry: a new report kind is
 * listed and downloadable here without API code, drawn by the same document and renderers as /reports/{id}.xlsx|pdf.
 */
@RestController
@ProblemResponses
@Tag(name = "報告資料", description = "報告資料（R1〜R7と報告書一式）の Excel・PDF・HTML")
class ReportApiController {

    private final ReportRegistry registry;

    ReportApiController(ReportRegistry registry) {
        this.registry = registry;
    }

    @Schema(description = "報告資料の種類")
    record ReportKindJson(
            @Schema(description = "ID（/api/v1/reports/{kind} の kind）", example = "kpi-summary")
            String id,

            @Schema(description = "報告資料の番号（R1〜R7。報告書一式は null）", example = "R1")
            String number,

            @Schema(description = "名称", example = "事業計画実施状況（概要）")
            String name,

            @Schema(description = "指定するパラメータ（branch、year、block、asOf）")
            List<String> parameters,

            @Schema(description = "形式（xlsx、pdf、html）") List<String> formats) {}

    @GetMapping("/api/v1/reports")
    @Operation(summary = "報告資料の種類の一覧", description = "ダウンロードできる報告資料の種類（報告資料の登録簿の順）と、それぞれが受け取るパラメータと形式を返します。")
    List<ReportKindJson> kinds() {
        return registry.all().stream()
                .map(k -> new ReportKindJson(
                        k.id(),
                        k instanceof TableReportKind t ? t.number() : null,
                        k.nameJa(),
                        k.parameters().stream().map(ReportParameter::queryName).toList(),
                        Arrays.stream(Format.values()).map(Format::extension).toList()))
                .toList();
    }

    @GetMapping("/api/v1/reports/{kind}")
    @Operation(
            summary = "報告資料のダウンロード",
            description = "報告資料を Excel（xlsx）、PDF、HTML で返します。画面の /reports/{id} のダウンロードと同じ内容です。"
                    + "省いたパラメータは画面と同じ既定値（支部は自分の支部または協会、年度はデータのある最新の年度）です。"
                    + "事業計画や予算がなく作れないときは 404 で理由を返します。",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "報告資料のファイル",
                        content = {
                            @Content(
                                    mediaType = "application/pdf",
                                    schema = @Schema(type = "string", format = "binary")),
                            @Content(
                                    mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "text/html", schema = @Schema(type = "string"))
                        })
            })
    ResponseEntity<byte[]> report(
            @Parameter(description = "報告資料のID（GET /api/v1/reports の id）", example = "kpi-summary") @PathVariable
                    String kind,
            @Parameter(description = "形式（xlsx、pdf、html）", example = "pdf") @RequestParam(defaultValue = "pdf")
                    String format,
            @Parameter(description = "組織コード（00 協会、01〜47 支部）", example = "09") @RequestParam(required = false)
                    String branch,
            @Parameter(description = "年度", example = "2023") @RequestParam(required = false) String year,
            @Parameter(description = "ブロックのID（支部比較：TOHOKU など、ALL は47支部）", example = "TOHOKU")
                    @RequestParam(required = false)
                    String block,
            @Parameter(description = "月末時点（上期実施状況：YYYY-MM または latest）", example = "2023-09")
                    @RequestParam(required = false)
                    String asOf) {
        ReportKind report = registry.find(kind)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "報告資料「" + kind + "」はありません（GET /api/v1/reports に一覧があります）"));
        Format as = Format.parse(format)
                .orElseThrow(() -> new ApiParameterException("format", "形式「" + format + "」はありません（xlsx、pdf、html）"));
        // Read here so that a bad parameter is a 400 naming it; the report then reads them as its page does.
        ApiParameters.organisationIfGiven("branch", branch);
        ApiParameters.yearIfGiven("year", year);
        ApiParameters.given(block).ifPresent(b -> ApiParameters.scope("block", b));
        ApiParameters.given(asOf)
                .filter(a -> !a.equals(jp.kenpokpi.app.summary.SummaryService.LATEST))
                .ifPresent(a -> ApiParameters.asOf("asOf", a));
        Map<String, String> given = new HashMap<>();
        ApiParameters.given(branch).ifPresent(v -> given.put(ReportParameter.BRANCH.queryName(), v));
        ApiParameters.given(year).ifPresent(v -> given.put(ReportParameter.YEAR.queryName(), v));
        ApiParameters.given(block).ifPresent(v -> given.put(ReportParameter.BLOCK.queryName(), v));
        ApiParameters.given(asOf).ifPresent(v -> given.put(ReportParameter.AS_OF.queryName(), v));
        ReportQuery query = report.query(ReportRequest.ofQuery(given));
        return ReportDownloads.file(registry.document(report, query, as), report.fileName(query, as), as);
    }
}
