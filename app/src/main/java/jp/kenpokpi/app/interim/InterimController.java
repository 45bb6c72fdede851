package jp.kenpokpi.app.interim;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import jp.kenpokpi.app.entry.InterimMonths;
import jp.kenpokpi.app.report.ViewDownloads;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.interim.InterimRow;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.AsOf;
import jp.kenpokpi.report.InterimTable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The interim status as headquarters reports it at the half year: each KPI's latest result as of a month end,
 * against the same month last year and last year's final result.
 */
@Controller
class InterimController {

    private final SummaryService summaries;
    private final BranchAccess access;

    InterimController(SummaryService summaries, BranchAccess access) {
        this.summaries = summaries;
        this.access = access;
    }

    @GetMapping("/interim")
    String interim(@RequestParam Optional<String> branch, @RequestParam Optional<String> asOf, Model model) {
        UserAccount user = CurrentUser.get();
        Organisation org = WebParameters.organisation(branch, user.home());
        List<AsOf> months = summaries.interimMonths(org.code());
        // "latest" means the newest month with data; no month at all the newest with real (not synthetic) values,
        // so that headquarters opens on its own report rather than on a month of sample values.
        Optional<AsOf> shown = month(org, asOf);

        // Newest first; a month asked for by address but without data is still listed, so the picker shows it.
        TreeSet<AsOf> choices = new TreeSet<>(months);
        shown.ifPresent(choices::add);
        // A branch's own editor is also offered the month ends that have come without data yet, of this fiscal year
        // and of the one shown, to enter them (headquarters delivers its months by file and sees those it has).
        boolean mayEnter = BranchAccess.mayChange(user, org.code());
        if (mayEnter && user.branch().filter(org.code()::equals).isPresent()) {
            choices.addAll(InterimMonths.offeredThisYear());
            shown.ifPresent(a -> choices.addAll(InterimMonths.offered(a.fiscalYear())));
        }
        model.addAttribute("organisation", org);
        model.addAttribute("organisations", Organisations.all().list());
        model.addAttribute("months", List.copyOf(choices.descendingSet()));
        model.addAttribute("monthsWithData", months);
        model.addAttribute("monthHasData", shown.map(months::contains).orElse(false));
        model.addAttribute("asOf", shown.orElse(null));
        List<InterimRow> rows = shown.map(a -> summaries.interim(org.code(), a)).orElse(List.of());
        model.addAttribute("rows", rows);
        // A link per KPI to the month-end form, where the user may change the month's results and the month end has
        // come; where no one may (the year locked, its 上期 report submitted), the page says why.
        model.addAttribute(
                "canEnter",
                mayEnter
                        && shown.filter(InterimMonths::hasCome)
                                .filter(a -> access.resultRefusal(user, org.code(), a.fiscalYear(), Optional.of(a))
                                        .isEmpty())
                                .isPresent());
        model.addAttribute(
                "closed",
                shown.flatMap(a -> access.resultClosedBecause(org.code(), a.fiscalYear(), Optional.of(a)))
                        .orElse(null));
        // Every value of the month is sample data: say so above the table, not only in each cell's label.
        model.addAttribute(
                "allSynthetic",
                !rows.isEmpty()
                        && rows.stream()
                                .allMatch(r -> r.latest().text().isEmpty()
                                        || r.latest().synthetic()));
        return "interim";
    }

    /** The page's table as a file (/interim.xlsx, /interim.csv, with the page's branch and month). */
    @GetMapping("/interim.{format}")
    ResponseEntity<byte[]> download(
            @PathVariable String format, @RequestParam Optional<String> branch, @RequestParam Optional<String> asOf) {
        ViewDownloads.Format as = ViewDownloads.Format.parse(format);
        Organisation org = WebParameters.organisation(branch, CurrentUser.get().home());
        AsOf month = month(org, asOf)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, org.nameJa() + "の中間実績はまだありません。"));
        return ViewDownloads.file(
                InterimTable.of(summaries.interim(org.code(), month), org, month),
                "中間実績",
                org.nameJa() + "_中間実績_" + month.japanese(),
                as);
    }

    /** The month asked for, else the newest with real values ("latest": the newest with any). */
    private Optional<AsOf> month(Organisation org, Optional<String> asOf) {
        Optional<String> chosen = asOf.filter(a -> !a.isBlank());
        if (chosen.isEmpty()) return summaries.defaultAsOf(org.code());
        return summaries.monthAsked(org.code(), chosen.get(), WebParameters::asOf);
    }
}
