package jp.kenpokpi.app.kpidetail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeHistory;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ReadableNames;
import jp.kenpokpi.app.interchange.InterchangeImport;
import jp.kenpokpi.app.report.ViewDownloads;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.app.web.CachedPages;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.JsonScript;
import jp.kenpokpi.app.web.RenderedFragments;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.organisation.TileGrid;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.KpiDetailTables;
import jp.kenpokpi.summary.KpiDetail;
import jp.kenpokpi.summary.KpiDetail.TileColouring;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;

/**
 * One KPI for a branch and year: its definition versions, the trend against the association, the 47 branches
 * ranked and on a tile map of Japan, the numerator and denominator, and the history of the branch's value.
 */
@Controller
class KpiDetailController {

    private final SummaryService summaries;
    private final KpiRecordRepository records;
    private final ChangeLog changeLog;
    private final JsonScript json;
    private final RenderedFragments fragments;
    private final ReadableNames names;
    private final CachedPages pages;

    KpiDetailController(
            SummaryService summaries,
            KpiRecordRepository records,
            ChangeLog changeLog,
            JsonScript json,
            RenderedFragments fragments,
            ReadableNames names,
            CachedPages pages) {
        this.pages = pages;
        this.names = names;
        this.fragments = fragments;
        this.summaries = summaries;
        this.records = records;
        this.changeLog = changeLog;
        this.json = json;
    }

    @GetMapping("/kpi/{code}")
    View detail(
            @PathVariable String code,
            @RequestParam Optional<String> branch,
            @RequestParam Optional<String> year,
            @RequestParam(defaultValue = "result") String colour,
            @RequestParam(defaultValue = "exceeds") String policy,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        return pages.page(request, () -> render(code, branch, year, colour, policy, model, request, response));
    }

    private String render(
            String code,
            Optional<String> branch,
            Optional<String> year,
            String colour,
            String policy,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Kpi kpi = kpi(code);
        // The branch asked for, else where the pages open for the user.
        Organisation org = WebParameters.organisation(branch, CurrentUser.get().home());
        List<FiscalYear> yearsWithData = records.fiscalYears();
        FiscalYear fy = fiscalYear(org, year, yearsWithData);
        TileColouring colouring = colouring(colour);
        MarkPolicy markPolicy = markPolicy(policy);

        KpiDetail detail = summaries.kpiDetail(kpi, org.code(), fy, colouring, markPolicy);

        model.addAttribute("detail", detail);
        model.addAttribute("definition", detail.shownDefinition());
        model.addAttribute("organisation", org);
        model.addAttribute("organisations", Organisations.all().list());
        model.addAttribute("year", fy);
        model.addAttribute("fiscalYears", WebParameters.yearChoices(yearsWithData, fy));
        model.addAttribute("colourings", TileColouring.values());
        model.addAttribute("policy", markPolicy);
        model.addAttribute("tileRows", TileGrid.rows());
        model.addAttribute("tileColumns", TileGrid.columns());
        // The sections below the filters are the same for every user: rendered once per data version.
        String key = kpi.code() + " " + org.code() + " " + fy + " " + colouring + " " + markPolicy.id();
        model.addAttribute(
                "sectionsHtml",
                fragments.render(
                        "kpi-detail",
                        "kpi-sections",
                        key,
                        () -> {
                            Map<String, Object> variables = new HashMap<>(model.asMap());
                            variables.put(
                                    "historyKey",
                                    detail.branchResult()
                                            .map(InterchangeImport::resultKey)
                                            .orElse(null));
                            variables.put(
                                    "history",
                                    detail
                                            .branchResult()
                                            .map(r -> changeLog.history("kpi_result", InterchangeImport.resultKey(r)))
                                            .map(ChangeHistory::of)
                                            .orElse(List.of())
                                            .stream()
                                            .map(c -> c.namedBy(names::person))
                                            .toList());
                            variables.put("trendJson", json.write(KpiChartData.trend(detail)));
                            variables.put("rankingJson", json.write(KpiChartData.ranking(detail)));
                            return variables;
                        },
                        request,
                        response));
        return "kpi-detail";
    }

    /**
     * The data of the page's charts as a file, with the page's parameters: /kpi/{code}/trend.xlsx|.csv (the trend
     * table under the chart) and /kpi/{code}/ranking.xlsx|.csv (the branches as the bar chart ranks them).
     */
    @GetMapping("/kpi/{code}/{table:trend|ranking}.{format}")
    ResponseEntity<byte[]> download(
            @PathVariable String code,
            @PathVariable String table,
            @PathVariable String format,
            @RequestParam Optional<String> branch,
            @RequestParam Optional<String> year,
            @RequestParam(defaultValue = "result") String colour,
            @RequestParam(defaultValue = "exceeds") String policy) {
        ViewDownloads.Format as = ViewDownloads.Format.parse(format);
        Kpi kpi = kpi(code);
        Organisation org = WebParameters.organisation(branch, CurrentUser.get().home());
        FiscalYear fy = fiscalYear(org, year, records.fiscalYears());
        KpiDetail detail = summaries.kpiDetail(kpi, org.code(), fy, colouring(colour), markPolicy(policy));
        boolean trend = table.equals("trend");
        String name = detail.shownDefinition().nameJa() + "_" + org.nameJa() + "_" + fy.japanese() + "_"
                + (trend ? "推移" : "支部別の実績");
        return ViewDownloads.file(
                trend ? KpiDetailTables.trend(detail) : KpiDetailTables.ranking(detail),
                trend ? "推移" : "支部別の実績",
                name,
                as);
    }

    private Kpi kpi(String code) {
        return summaries
                .catalogue()
                .find(code)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "KPIコード「" + code + "」はカタログにありません"));
    }

    private FiscalYear fiscalYear(Organisation org, Optional<String> year, List<FiscalYear> yearsWithData) {
        return year.filter(y -> !y.isBlank())
                .map(y -> WebParameters.fiscalYearOfCatalogue(y, summaries.catalogue(), yearsWithData))
                .orElseGet(() -> summaries.defaultYear(org.code()));
    }

    private static TileColouring colouring(String colour) {
        return TileColouring.parse(colour)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "色分け「" + colour + "」はありません（result または achievement）"));
    }

    private static MarkPolicy markPolicy(String policy) {
        return MarkPolicies.parse(policy)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "判定方法「" + policy + "」はありません"));
    }
}
