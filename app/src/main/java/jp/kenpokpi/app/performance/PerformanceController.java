package jp.kenpokpi.app.performance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.organisation.Block;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.performance.PerformanceYear;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.PerformanceReport;
import jp.kenpokpi.value.Figure;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 支部業績評価 (/performance): a branch's KPIs against all branches ({@code branch=09}), a block's ({@code
 * block=TOHOKU}) or headquarters' table of all branches ({@code view=all}). Without one of them a branch's user sees
 * their branch, headquarters and viewers the table of all branches. Every user may read every view.
 */
@Controller
class PerformanceController {

    /** The {@code view} parameter's value for the table of all branches. */
    static final String ALL = "all";

    private final PerformanceService performance;
    private final SummaryService summaries;
    private final KpiRecordRepository records;

    PerformanceController(PerformanceService performance, SummaryService summaries, KpiRecordRepository records) {
        this.performance = performance;
        this.summaries = summaries;
        this.records = records;
    }

    @GetMapping("/performance")
    String page(
            @RequestParam Optional<String> year,
            @RequestParam Optional<String> branch,
            @RequestParam Optional<String> block,
            @RequestParam Optional<String> view,
            Model model) {
        UserAccount user = CurrentUser.get();
        FiscalYear fy = year.filter(y -> !y.isBlank())
                .map(WebParameters::fiscalYear)
                .orElseGet(() -> summaries.defaultYear(user.home()));
        PerformanceYear evaluated = performance.year(fy);
        model.addAttribute("year", fy);
        model.addAttribute("fiscalYears", WebParameters.yearChoices(records.fiscalYears(), fy));
        model.addAttribute("evaluated", evaluated);
        model.addAttribute("branches", Organisations.all().branches());
        model.addAttribute("blocks", Block.values());
        model.addAttribute("notes", PerformanceReport.NOTES);
        model.addAttribute("syntheticNote", PerformanceReport.SYNTHETIC_NOTE);
        model.addAttribute("syntheticFigure", Figure.of(Figure.Label.SYNTHETIC.ja(), true));

        Optional<String> blockAsked = block.filter(b -> !b.isBlank());
        Optional<String> branchAsked = branch.filter(b -> !b.isBlank());
        boolean allAsked = view.filter(v -> v.equalsIgnoreCase(ALL)).isPresent();
        if (blockAsked.isPresent()) {
            Block b = block(blockAsked.get());
            model.addAttribute("mode", "block");
            model.addAttribute("block", b);
            model.addAttribute("blockEvaluation", evaluated.block(b));
            model.addAttribute("blockBranches", Organisations.all().branchesIn(b));
            model.addAttribute("subject", b.nameJa() + "ブロック");
        } else if (branchAsked.isPresent() || (!allAsked && user.branch().isPresent())) {
            Organisation o = branchAsked
                    .map(PerformanceController::branch)
                    .orElseGet(() -> Organisations.all().get(user.branch().orElseThrow()));
            model.addAttribute("mode", "branch");
            model.addAttribute("organisation", o);
            model.addAttribute("evaluation", evaluated.branch(o.code()));
            model.addAttribute("subject", o.nameJa());
        } else {
            model.addAttribute("mode", "all");
            model.addAttribute("all", evaluated.branches());
            model.addAttribute("subject", "全支部一覧");
        }
        return "performance";
    }

    private static Organisation branch(String code) {
        Organisation o = WebParameters.organisation(code.strip());
        if (o.code().equals(OrgCode.ASSOCIATION)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "支部業績評価は支部ごとです。支部コード（01〜47）を指定してください: " + code);
        }
        return o;
    }

    private static Block block(String id) {
        String name = id.strip().toUpperCase(Locale.ROOT);
        for (Block b : Block.values()) {
            if (b.name().equals(name)) return b;
        }
        throw new ResponseStatusException(
                HttpStatus.NOT_FOUND,
                "ブロック「" + id + "」はありません（"
                        + String.join(
                                "・",
                                List.of(Block.values()).stream()
                                        .map(Block::name)
                                        .toList()) + "）");
    }
}
