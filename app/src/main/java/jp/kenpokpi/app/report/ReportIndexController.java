package jp.kenpokpi.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.organisation.Organisations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 報告資料: every table report of the registry for a branch's year on one page, each with its page and downloads,
 * and the books; a report that has nothing to show yet (no plan, no budget) says why instead of linking to an empty page.
 */
@Controller
class ReportIndexController {

    /** One line of the page: R1…R7, where it lives, and why it is not there when it is not. */
    record ReportLink(String number, String nameJa, String path, String query, Optional<String> missingJa) {

        public boolean available() {
            return missingJa.isEmpty();
        }
    }

    private final ReportRegistry registry;
    private final SummaryService summaries;
    private final KpiRecordRepository records;

    ReportIndexController(ReportRegistry registry, SummaryService summaries, KpiRecordRepository records) {
        this.registry = registry;
        this.summaries = summaries;
        this.records = records;
    }

    @GetMapping("/reports")
    String index(@RequestParam Map<String, String> parameters, Model model) {
        ReportRequest asked = ReportRequest.ofQuery(parameters);
        ReportQuery shown = asked.branchYear(summaries);
        // Each report reads the branch and year shown with its own defaults for the rest (R4 the branch's block).
        ReportRequest request = ReportRequest.forBranchYear(shown.organisation(), shown.year(), asked.ownBranch());
        List<ReportLink> links = new ArrayList<>();
        for (TableReportKind kind : registry.tables()) {
            ReportQuery query = kind.query(request);
            Optional<String> missing = kind.missingJa(query);
            links.add(new ReportLink(
                    kind.number(),
                    kind.nameJa(),
                    "/reports/" + kind.id(),
                    missing.isPresent() ? "" : query.queryString(kind.parameters()),
                    missing));
        }
        model.addAttribute("organisation", shown.organisation());
        model.addAttribute("organisations", Organisations.all().list());
        model.addAttribute("year", shown.year());
        model.addAttribute("fiscalYears", records.fiscalYears());
        model.addAttribute("links", links);
        return "reports/index";
    }
}
