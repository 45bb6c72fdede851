package jp.kenpokpi.app.targetsetting;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.targetsetting.CellKey;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 目標の提案: a branch's proposals for the KPIs headquarters lets branches propose for, each with its reasoning and
 * headquarters' decision; headquarters sees every branch's (or one branch's) and accepts or returns them.
 */
@Controller
class TargetProposalController {

    private final TargetProposalService proposals;
    private final KpiRecordRepository records;

    TargetProposalController(TargetProposalService proposals, KpiRecordRepository records) {
        this.proposals = proposals;
        this.records = records;
    }

    @GetMapping("/targets/proposals")
    String page(@RequestParam Optional<String> branch, @RequestParam Optional<String> year, Model model) {
        return show(branch, year(year), Map.of(), Optional.empty(), model);
    }

    @PostMapping("/targets/proposals")
    String propose(
            @RequestParam String branch,
            @RequestParam String year,
            @RequestParam String kpi,
            @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String reasoning,
            @RequestParam Optional<String> version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Organisation org = WebParameters.organisation(branch);
        FiscalYear fy = WebParameters.fiscalYear(year);
        try {
            proposals.propose(CurrentUser.get(), org.code(), fy, kpi, target, reasoning, TargetForms.version(version));
        } catch (TargetProposalService.Refused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("typedTarget", target);
            model.addAttribute("typedReasoning", reasoning);
            return show(Optional.of(branch), fy, refused.problems(), Optional.of(CellKey.of(org.code(), kpi)), model);
        }
        redirect.addFlashAttribute("flashMessage", "目標を提案しました（本部の承認を待っています）");
        return "redirect:/targets/proposals?branch=" + org.code().value() + "&year=" + fy.value();
    }

    @PostMapping("/targets/proposals/decision")
    String decide(
            @RequestParam String branch,
            @RequestParam String year,
            @RequestParam String kpi,
            @RequestParam String decision,
            @RequestParam Optional<String> comment,
            @RequestParam String version,
            @RequestParam Optional<String> shown,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Organisation org = WebParameters.organisation(branch);
        FiscalYear fy = WebParameters.fiscalYear(year);
        boolean accept = decision.equals("accept");
        Optional<String> back = shown.filter(s -> !s.isBlank());
        TargetProposalService.Decided decided;
        try {
            decided = proposals.decide(
                    CurrentUser.get(),
                    org.code(),
                    fy,
                    kpi,
                    accept,
                    comment,
                    TargetForms.version(Optional.of(version)).orElse(-1));
        } catch (TargetProposalService.Refused refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("typedComment", comment.orElse(""));
            return show(back, fy, refused.problems(), Optional.of(CellKey.of(org.code(), kpi)), model);
        }
        String done = !accept
                ? "差し戻しました"
                : decided.reasoningInPlan()
                        ? "承認しました（目標と事業計画の「設定に当たっての考え方」に反映しました）"
                        : "承認しました（目標に反映しました。事業計画にこのKPIがないため、考え方は計画にまだ載っていません）";
        redirect.addFlashAttribute("flashMessage", org.nameJa() + "の提案を" + done);
        return "redirect:/targets/proposals?year=" + fy.value()
                + back.map(b -> "&branch=" + b).orElse("");
    }

    private String show(
            Optional<String> branch,
            FiscalYear fy,
            Map<String, String> problems,
            Optional<CellKey> refusedAt,
            Model model) {
        UserAccount user = CurrentUser.get();
        // A branch's people see their branch; headquarters every branch unless it asks for one.
        Optional<Organisation> org = branch.filter(b -> !b.isBlank())
                .map(WebParameters::organisation)
                .or(() -> user.branch().map(Organisations.all()::get));
        List<Organisation> orgs =
                org.map(List::of).orElseGet(() -> Organisations.all().branches());
        model.addAttribute("year", fy);
        model.addAttribute("fiscalYears", WebParameters.yearChoices(records.fiscalYears(), fy));
        model.addAttribute("organisation", org.orElse(null));
        model.addAttribute("organisations", Organisations.all().branches());
        model.addAttribute("lines", proposals.lines(fy, orgs));
        model.addAttribute("headquarters", user.role().headquarters());
        model.addAttribute("proposer", user.role().branchStaff());
        model.addAttribute("ownBranch", user.branch().map(b -> b.value()).orElse(""));
        model.addAttribute("problems", problems);
        model.addAttribute("refusedAt", refusedAt.map(CellKey::fieldName).orElse(""));
        return "target-proposals";
    }

    private FiscalYear year(Optional<String> year) {
        return TargetForms.year(year, records.fiscalYears());
    }
}
