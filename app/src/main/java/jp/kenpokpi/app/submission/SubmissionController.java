package jp.kenpokpi.app.submission;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.audit.ReadableNames;
import jp.kenpokpi.app.report.ViewDownloads;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.app.web.CachedPages;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.organisation.Block;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.period.JapanTime;
import jp.kenpokpi.report.SubmissionBoardTable;
import jp.kenpokpi.submission.BoardRow;
import jp.kenpokpi.submission.SubmissionAction;
import jp.kenpokpi.submission.SubmissionKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 提出・承認: a branch's three reports of a year with their state, deadline, what each lacks (linked to where it is
 * entered), their history, and the steps the user may take now.
 */
@Controller
class SubmissionController {

    private final SubmissionService submissions;
    private final SummaryService summaries;
    private final ReadableNames names;
    private final KpiRecordRepository records;
    private final CachedPages pages;

    SubmissionController(
            SubmissionService submissions,
            SummaryService summaries,
            ReadableNames names,
            KpiRecordRepository records,
            CachedPages pages) {
        this.pages = pages;
        this.records = records;
        this.submissions = submissions;
        this.summaries = summaries;
        this.names = names;
    }

    @GetMapping("/submissions")
    String page(@RequestParam Optional<String> branch, @RequestParam Optional<String> year, Model model) {
        UserAccount user = CurrentUser.get();
        Organisation org = WebParameters.organisation(branch, user.homeBranch());
        FiscalYear fy = year.filter(y -> !y.isBlank())
                .map(WebParameters::fiscalYear)
                .orElseGet(() -> summaries.defaultYear(org.code()));
        return show(org, fy, user, model);
    }

    /**
     * 提出状況: every branch's reports of a year at a glance (a block of them, or all); a branch's own people see
     * their branch's row.
     */
    /** Kept whole per address, user, data version and day (期限超過 changes at midnight in Japan). */
    @GetMapping("/submissions/board")
    View board(
            @RequestParam Optional<String> year,
            @RequestParam Optional<String> block,
            Model model,
            HttpServletRequest request) {
        return pages.page(request, LocalDate.now(JapanTime.clock()).toString(), () -> renderBoard(year, block, model));
    }

    private String renderBoard(Optional<String> year, Optional<String> block, Model model) {
        UserAccount user = CurrentUser.get();
        Board board = board(user, year, block);
        model.addAttribute("year", board.year());
        model.addAttribute("fiscalYears", WebParameters.yearChoices(records.fiscalYears(), board.year()));
        model.addAttribute("blocks", Block.values());
        model.addAttribute("block", board.block().orElse(null));
        model.addAttribute("ownBranchOnly", user.branch().isPresent());
        model.addAttribute("kinds", SubmissionKind.values());
        model.addAttribute("rows", board.rows());
        model.addAttribute("names", names);
        model.addAttribute("japan", JapanTime.ZONE);
        return "submission-board";
    }

    /** The board as on the screen (the year and block chosen, or the user's own branch) as a file. */
    @GetMapping("/submissions/board.{format}")
    ResponseEntity<byte[]> boardDownload(
            @PathVariable String format, @RequestParam Optional<String> year, @RequestParam Optional<String> block) {
        ViewDownloads.Format as = ViewDownloads.Format.parse(format);
        Board board = board(CurrentUser.get(), year, block);
        return ViewDownloads.file(
                SubmissionBoardTable.of(board.year(), board.rows(), names::person, JapanTime.ZONE),
                "提出状況",
                board.year().japanese() + "_提出状況"
                        + board.block().map(b -> "_" + b.nameJa()).orElse(""),
                as);
    }

    private record Board(FiscalYear year, Optional<Block> block, List<BoardRow> rows) {}

    /**
     * 提出状況: every branch's reports of a year at a glance (a block of them, or all); a branch's own people see
     * their branch's row.
     */
    private Board board(UserAccount user, Optional<String> year, Optional<String> block) {
        FiscalYear fy = year.filter(y -> !y.isBlank())
                .map(WebParameters::fiscalYear)
                .orElseGet(() -> summaries.defaultYear(user.homeBranch()));
        Optional<Block> chosen =
                block.filter(b -> !b.isBlank() && !b.equalsIgnoreCase("ALL")).map(b -> parse(Block.class, b, "ブロック"));
        List<Organisation> branches = user.branch()
                .map(own -> List.of(Organisations.all().get(own)))
                .orElseGet(() -> chosen.map(b -> Organisations.all().branchesIn(b))
                        .orElseGet(() -> Organisations.all().branches()));
        return new Board(fy, chosen, submissions.board(fy, branches));
    }

    @PostMapping("/submissions/{branch}/{year}/{kind}/{step}")
    String take(
            @PathVariable String branch,
            @PathVariable String year,
            @PathVariable String kind,
            @PathVariable String step,
            @RequestParam Optional<String> comment,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        UserAccount user = CurrentUser.get();
        Organisation org = WebParameters.organisation(Optional.of(branch), user.homeBranch());
        FiscalYear fy = WebParameters.fiscalYear(year);
        SubmissionKind report = parse(SubmissionKind.class, kind, "報告");
        SubmissionAction action = parse(SubmissionAction.class, step, "操作");
        try {
            submissions.take(user, org.code(), fy, report, action, comment);
        } catch (SubmissionService.StepRefused refused) {
            // The page again with the reason and nothing changed; 409: the step does not fit the report's state.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", report.nameJa() + "を" + action.nameJa() + "できません: " + refused.getMessage());
            model.addAttribute("refusedKind", report);
            model.addAttribute("comment", comment.orElse(""));
            return show(org, fy, user, model);
        }
        redirect.addFlashAttribute(
                "flash", org.nameJa() + " " + fy.japanese() + "の" + report.nameJa() + "を" + action.nameJa() + "しました");
        return "redirect:/submissions?branch=" + org.code().value() + "&year=" + fy.value();
    }

    private String show(Organisation org, FiscalYear fy, UserAccount user, Model model) {
        if (org.isAssociation()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "提出・承認は支部ごとです（" + org.nameJa() + "には報告の提出がありません）");
        }
        model.addAttribute("organisation", org);
        model.addAttribute("organisations", Organisations.all().branches());
        model.addAttribute("year", fy);
        model.addAttribute("fiscalYears", WebParameters.yearChoices(records.fiscalYears(), fy));
        model.addAttribute("reports", submissions.year(org.code(), fy, user));
        model.addAttribute("names", names);
        model.addAttribute("japan", JapanTime.ZONE);
        return "submissions";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String whatJa) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, whatJa + "「" + text + "」はありません"));
    }
}
