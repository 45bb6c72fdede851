package jp.kenpokpi.app.comparison;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.report.CouncilReports.Scope;
import jp.kenpokpi.app.report.ViewDownloads;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.app.web.CachedPages;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.RenderedFragments;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.catalogue.Kpi;
import jp.kenpokpi.comparison.ComparisonTable;
import jp.kenpokpi.comparison.ComparisonTable.SortDirection;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.organisation.Block;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.ComparisonPageTable;
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
 * The cross-branch comparison: the association and the branches of a block (or all 47) side by side for a year,
 * the layout of the Akita plan's reference table. Branch columns can be sorted by a KPI's results.
 */
@Controller
class ComparisonController {

    /** The {@code block} parameter's value for all 47 branches. */
    static final String ALL = "ALL";

    private final SummaryService summaries;
    private final KpiRecordRepository records;

    private final RenderedFragments fragments;

    private final CachedPages pages;

    ComparisonController(
            SummaryService summaries, KpiRecordRepository records, RenderedFragments fragments, CachedPages pages) {
        this.pages = pages;
        this.summaries = summaries;
        this.records = records;
        this.fragments = fragments;
    }

    /** A choice of the block switch. */
    record BlockChoice(String id, String label) {}

    @GetMapping("/comparison")
    View comparison(
            @RequestParam Optional<String> year,
            @RequestParam Optional<String> block,
            @RequestParam(defaultValue = "exceeds") String policy,
            @RequestParam Optional<String> sort,
            @RequestParam Optional<String> dir,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        return pages.page(request, () -> render(year, block, policy, sort, dir, model, request, response));
    }

    private String render(
            Optional<String> year,
            Optional<String> block,
            String policy,
            Optional<String> sort,
            Optional<String> dir,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Shown shown = shown(year, block, policy, sort, dir);
        ComparisonTable table = shown.table();
        String blockId = shown.blockId();
        FiscalYear fy = shown.year();
        MarkPolicy markPolicy = shown.policy();
        shown.sortIgnored().ifPresent(m -> model.addAttribute("sortIgnored", m));

        model.addAttribute("table", table);
        model.addAttribute("year", fy);
        model.addAttribute("fiscalYears", records.fiscalYears());
        model.addAttribute("block", blockId);
        model.addAttribute("blockLabel", blockLabel(blockId));
        model.addAttribute("blocks", blockChoices());
        model.addAttribute("policy", markPolicy);
        model.addAttribute("policies", MarkPolicies.presets());
        String key = fy + " " + blockId + " " + markPolicy.id() + " "
                + table.sort().map(o -> o.kpiCode() + " " + o.direction().id()).orElse("");
        model.addAttribute(
                "tableHtml",
                fragments.render(
                        "comparison",
                        "comparison-table",
                        key,
                        Map.of("table", table, "year", fy, "block", blockId, "policy", markPolicy),
                        request,
                        response));
        return "comparison";
    }

    /**
     * The page's table as a file (/comparison.xlsx, /comparison.csv, with the page's parameters): the same
     * {@link ComparisonTable}, sorted as the page sorts it, each organisation's 目標, 結果 with its mark, 全体比 and
     * 判定 as its cells show them.
     */
    @GetMapping("/comparison.{format}")
    ResponseEntity<byte[]> download(
            @PathVariable String format,
            @RequestParam Optional<String> year,
            @RequestParam Optional<String> block,
            @RequestParam(defaultValue = "exceeds") String policy,
            @RequestParam Optional<String> sort,
            @RequestParam Optional<String> dir) {
        ViewDownloads.Format as = ViewDownloads.Format.parse(format);
        Shown shown = shown(year, block, policy, sort, dir);
        String scope = blockLabel(shown.blockId());
        return ViewDownloads.file(
                ComparisonPageTable.of(shown.table(), scope),
                "支部比較",
                "支部比較_" + shown.year().japanese() + "_" + scope
                        + shown.table().sort().map(o -> "_" + o.labelJa()).orElse(""),
                as);
    }

    /** What the page shows for its parameters: the block, year and policy read, the table sorted as asked. */
    private record Shown(
            String blockId, FiscalYear year, MarkPolicy policy, ComparisonTable table, Optional<String> sortIgnored) {}

    private Shown shown(
            Optional<String> year, Optional<String> block, String policy, Optional<String> sort, Optional<String> dir) {
        UserAccount user = CurrentUser.get();
        String blockId = block.filter(b -> !b.isBlank())
                .map(b -> b.strip().toUpperCase(Locale.ROOT))
                .orElseGet(() -> defaultBlock(user).name());
        List<Organisation> branches = branchesOf(blockId);
        FiscalYear fy = year.map(WebParameters::fiscalYear).orElseGet(() -> summaries.defaultYear(user.home()));
        MarkPolicy markPolicy = WebParameters.markPolicy(policy);
        Optional<SortDirection> direction = dir.filter(d -> !d.isBlank())
                .map(d -> SortDirection.parse(d)
                        .orElseThrow(() -> new ResponseStatusException(
                                HttpStatus.BAD_REQUEST, "並べ順「" + d + "」は asc（昇順）か desc（降順）で指定してください")));

        ComparisonTable table = summaries.comparison(fy, branches, markPolicy);
        Optional<String> sortIgnored = Optional.empty();
        Optional<String> sortCode = sort.filter(s -> !s.isBlank());
        if (sortCode.isPresent()) {
            Kpi kpi = summaries
                    .catalogue()
                    .find(sortCode.get())
                    .orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "KPIコード「" + sortCode.get() + "」はカタログにありません"));
            // Switching to a year without that KPI keeps the page: the columns fall back to JIS order.
            if (table.row(kpi.code()).isPresent()) {
                table = table.sortedBy(kpi.code(), direction);
            } else {
                sortIgnored =
                        Optional.of("「" + kpi.latest().nameJa() + "」は" + fy.japanese() + "のKPIではないため、支部の列は都道府県コード順です。");
            }
        }
        return new Shown(blockId, fy, markPolicy, table, sortIgnored);
    }

    private static String blockLabel(String blockId) {
        return blockId.equals(ALL) ? "全支部" : Block.valueOf(blockId).nameJa() + "ブロック";
    }

    /** A branch editor compares within their branch's block; headquarters and viewers start on 東北. */
    static Block defaultBlock(UserAccount user) {
        return user.branch().flatMap(b -> Organisations.all().get(b).block()).orElse(Block.TOHOKU);
    }

    static List<Organisation> branchesOf(String blockId) {
        return Scope.parse(blockId)
                .map(Scope::branches)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Scope.unknownJa(blockId)));
    }

    private static List<BlockChoice> blockChoices() {
        List<BlockChoice> choices = new ArrayList<>();
        for (Block b : Block.values()) {
            choices.add(new BlockChoice(
                    b.name(),
                    b.nameJa() + "（" + Organisations.all().branchesIn(b).size() + "支部）"));
        }
        choices.add(new BlockChoice(ALL, "全支部（" + Organisations.all().branchCount() + "支部）"));
        return choices;
    }
}
