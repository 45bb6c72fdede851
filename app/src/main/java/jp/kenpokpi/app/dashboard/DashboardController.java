package jp.kenpokpi.app.dashboard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.report.KpiSummaryReports;
import jp.kenpokpi.app.report.ViewDownloads;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.FiscalYearLocks;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.app.web.CachedPages;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.RenderedFragments;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.DashboardTable;
import jp.kenpokpi.report.PlanResults;
import jp.kenpokpi.summary.SummaryRow;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

/**
 * A branch's dashboard for a fiscal year: the KPI summary table in the Tochigi layout, the count of each mark,
 * filters by area and group, and switches of year and mark policy.
 */
@Controller
class DashboardController {

    private final SummaryService summaries;
    private final KpiRecordRepository records;
    private final FiscalYearLocks locks;
    private final BranchAccess access;
    private final RenderedFragments fragments;
    private final KpiSummaryReports summaryReports;
    private final CachedPages pages;

    DashboardController(
            SummaryService summaries,
            KpiRecordRepository records,
            FiscalYearLocks locks,
            BranchAccess access,
            RenderedFragments fragments,
            CachedPages pages,
            KpiSummaryReports summaryReports) {
        this.pages = pages;
        this.summaryReports = summaryReports;
        this.summaries = summaries;
        this.records = records;
        this.locks = locks;
        this.access = access;
        this.fragments = fragments;
    }

    @GetMapping("/dashboard")
    View dashboard(
            @RequestParam Optional<String> branch,
            @RequestParam Optional<String> year,
            @RequestParam(defaultValue = "exceeds") String policy,
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "") String group,
            Model model,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        return pages.page(request, () -> render(branch, year, policy, area, group, model, request, response));
    }

    private String render(
            Optional<String> branch,
            Optional<String> year,
            String policy,
            String area,
            String group,
            Model model,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        UserAccount user = CurrentUser.get();
        Organisation org = WebParameters.organisation(branch, user.home());
        List<FiscalYear> yearsWithData = records.fiscalYears();
        FiscalYear fy = fiscalYear(org, year, yearsWithData);
        MarkPolicy markPolicy = WebParameters.markPolicy(policy);

        model.addAttribute("organisation", org);
        model.addAttribute("organisations", Organisations.all().list());
        model.addAttribute("year", fy);
        model.addAttribute("fiscalYears", WebParameters.yearChoices(yearsWithData, fy));
        // Nothing to judge and nothing to lock yet: the page says so instead of an empty table.
        model.addAttribute("yearHasData", yearsWithData.contains(fy));
        model.addAttribute("policy", markPolicy);
        model.addAttribute("policies", MarkPolicies.presets());
        model.addAttribute("marks", Mark.values());
        model.addAttribute("area", area);
        model.addAttribute("group", group);
        Optional<FiscalYearLocks.Lock> lock = locks.find(org.code(), fy);
        // The 入力 links lead to the year-end form: offered by its own rule, and the page says why when it refuses.
        boolean canEdit =
                access.resultRefusal(user, org.code(), fy, Optional.empty()).isEmpty();
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("lock", lock.orElse(null));
        model.addAttribute(
                "frozen",
                access.resultFrozenBecause(org.code(), fy, Optional.empty()).orElse(null));
        // The table is the same for everyone who may (or may not) edit: its rows are judged, ordered and rendered
        // once per data version, so a page served from the cache reads neither the summaries nor the plan.
        String key = org.code() + " " + fy + " " + markPolicy.id() + " " + area + " " + group + " " + canEdit;
        model.addAttribute(
                "bodyHtml",
                fragments.render(
                        "dashboard",
                        "dashboard-body",
                        key,
                        () -> {
                            Map<String, Object> variables = new java.util.HashMap<>(model.asMap());
                            variables.putAll(table(org, fy, markPolicy, area, group));
                            return variables;
                        },
                        request,
                        response));
        return "dashboard";
    }

    /**
     * The page's table as a file (/dashboard.xlsx, /dashboard.csv, with the page's own parameters): the rows the
     * page shows after its filters, in its order, as any user who may open the page sees them.
     */
    @GetMapping("/dashboard.{format}")
    ResponseEntity<byte[]> download(
            @PathVariable String format,
            @RequestParam Optional<String> branch,
            @RequestParam Optional<String> year,
            @RequestParam(defaultValue = "exceeds") String policy,
            @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "") String group) {
        ViewDownloads.Format as = ViewDownloads.Format.parse(format);
        Organisation org = WebParameters.organisation(branch, CurrentUser.get().home());
        FiscalYear fy = fiscalYear(org, year, records.fiscalYears());
        MarkPolicy markPolicy = WebParameters.markPolicy(policy);
        List<PlanResults.ItemRow> rows = shown(numbered(org, fy, markPolicy), area, group);
        String filters = java.util.stream.Stream.of(
                        area.isEmpty() ? "" : "分野：" + area, group.isEmpty() ? "" : "担当グループ：" + group)
                .filter(f -> !f.isEmpty())
                .collect(java.util.stream.Collectors.joining("、"));
        return ViewDownloads.file(
                DashboardTable.of(rows, org, fy, filters),
                "ダッシュボード",
                org.nameJa() + "_" + fy.japanese() + "_KPI実施状況" + (filters.isEmpty() ? "" : "_" + filters),
                as);
    }

    private FiscalYear fiscalYear(Organisation org, Optional<String> year, List<FiscalYear> yearsWithData) {
        return year.filter(y -> !y.isBlank())
                .map(y -> WebParameters.fiscalYearOfCatalogue(y, summaries.catalogue(), yearsWithData))
                .orElseGet(() -> summaries.defaultYear(org.code()));
    }

    /** In the branch's own 項番 order when it has a plan for the year, numbered as its report numbers them. */
    private List<PlanResults.ItemRow> numbered(Organisation org, FiscalYear fy, MarkPolicy markPolicy) {
        return summaryReports.numberedRows(org.code(), fy, markPolicy);
    }

    /** The rows the page shows: those of the area and group chosen (all where none is). */
    private static List<PlanResults.ItemRow> shown(List<PlanResults.ItemRow> numbered, String area, String group) {
        return numbered.stream()
                .filter(n -> area.isEmpty() || n.row().definition().areaJa().equals(area))
                .filter(n -> group.isEmpty() || n.row().definition().groupJa().equals(group))
                .toList();
    }

    /** The table's rows (filtered by area and group), their 項番, the mark counts and the filters' choices. */
    private Map<String, Object> table(
            Organisation org, FiscalYear fy, MarkPolicy markPolicy, String area, String group) {
        List<PlanResults.ItemRow> numbered = numbered(org, fy, markPolicy);
        List<SummaryRow> all = numbered.stream().map(PlanResults.ItemRow::row).toList();
        Map<String, Integer> items = new java.util.HashMap<>();
        numbered.forEach(n -> items.put(n.row().definition().kpiCode(), n.item()));
        List<SummaryRow> rows = shown(numbered, area, group).stream()
                .map(PlanResults.ItemRow::row)
                .toList();
        Map<Mark, Long> counts = new EnumMap<>(Mark.class);
        for (Mark m : Mark.values())
            counts.put(m, rows.stream().filter(r -> r.evaluation().mark() == m).count());
        return Map.of(
                "rows",
                rows,
                "items",
                items,
                "counts",
                counts,
                "areas",
                all.stream().map(r -> r.definition().areaJa()).distinct().toList(),
                "groups",
                all.stream()
                        .map(SummaryRow::definition)
                        .map(KpiDefinition::groupJa)
                        .distinct()
                        .toList());
    }
}
