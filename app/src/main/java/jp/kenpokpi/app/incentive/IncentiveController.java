package jp.kenpokpi.app.incentive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.incentive.Indicator;
import jp.kenpokpi.incentive.RewardLineGap;
import jp.kenpokpi.incentive.WhatIfOutcome;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The incentive scheme's pages, for everyone signed in (published figures; nothing is written): /incentive the ranking
 * of a results year with the years side by side, /incentive/{branch} a branch's sheet with the what-if panel. The
 * tables are the report tables the downloads draw, so the page and the files show the same figures.
 */
@Controller
class IncentiveController {

    private final IncentiveService incentive;

    IncentiveController(IncentiveService incentive) {
        this.incentive = incentive;
    }

    /** An indicator as the what-if's select offers it. */
    record IndicatorChoice(int number, String label) {}

    @GetMapping("/incentive")
    String ranking(@RequestParam Optional<String> year, Model model) {
        List<IncentiveService.Scored> years = incentive.scoredYears();
        IncentiveService.Scored scored = chosen(years, year);
        model.addAttribute("year", scored.ranking().resultsYear());
        model.addAttribute("fiscalYears", newestFirst(years));
        model.addAttribute("scored", scored);
        model.addAttribute("report", IncentiveRankingTable.of(scored));
        model.addAttribute("yearsReport", IncentiveYearsTable.of(years));
        model.addAttribute("fundYen", scored.ranking().fundYen());
        model.addAttribute("sharesYen", IncentiveLines.sharesSum(scored.ranking()));
        model.addAttribute(
                "ownBranch",
                CurrentUser.get().branch().map(Organisations.all()::get).orElse(null));
        return "incentive";
    }

    @GetMapping("/incentive/{code}")
    String sheet(
            @PathVariable String code,
            @RequestParam Optional<String> year,
            @RequestParam Optional<String> indicator,
            @RequestParam Optional<String> points,
            Model model) {
        Organisation branch = branch(code);
        List<IncentiveService.Scored> years = incentive.scoredYears();
        IncentiveService.Scored scored = chosen(years, year);
        WhatIfForm form = new WhatIfForm(indicator.orElse(""), points.orElse(""));
        model.addAttribute("organisation", branch);
        model.addAttribute("year", scored.ranking().resultsYear());
        model.addAttribute("fiscalYears", newestFirst(years));
        model.addAttribute("report", IncentiveSheetTable.of(scored, branch.code()));
        model.addAttribute(
                "standing",
                IncentiveLines.standingJa(scored.ranking().branch(branch.code()).orElseThrow(), scored.ranking()));
        RewardLineGap gap = incentive.gap(scored, branch.code());
        List<String> summary = new ArrayList<>();
        summary.add(IncentiveLines.rewardLineJa(scored.ranking().atRewardLine().orElseThrow(), gap));
        List<String> costs = IncentiveLines.costliest(gap);
        if (!costs.isEmpty()) summary.add("差の大きい小項目: " + String.join("、", costs));
        summary.add(IncentiveLines.denominatorsJa(scored, branch.code()));
        model.addAttribute("summary", summary);
        model.addAttribute("form", form);
        model.addAttribute("sameEngineJa", WhatIfText.SAME_ENGINE_JA);
        model.addAttribute("indicators", indicatorChoices(scored.ranking().resultsYear()));
        try {
            form.change().ifPresent(change -> {
                WhatIfOutcome o = incentive.whatIf(scored, branch.code(), change);
                model.addAttribute("whatIf", WhatIfView.of(o));
            });
        } catch (WhatIfForm.Invalid e) {
            model.addAttribute("whatIfProblem", e.getMessage());
        } catch (IllegalArgumentException e) {
            model.addAttribute("whatIfProblem", "「指標」欄: " + branch.nameJa() + "の" + "この変更は計算できません: " + e.getMessage());
        }
        return "incentive-branch";
    }

    /** The year asked for among the scored ones, else the newest. */
    private static IncentiveService.Scored chosen(List<IncentiveService.Scored> years, Optional<String> asked) {
        if (years.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "インセンティブ制度で採点できる実績の年度がありません");
        }
        Optional<FiscalYear> year = asked.filter(y -> !y.isBlank()).map(WebParameters::fiscalYear);
        if (year.isEmpty()) return years.get(years.size() - 1);
        return years.stream()
                .filter(s -> s.ranking().resultsYear().equals(year.get()))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        year.get().label() + "はインセンティブ制度で採点できません（採点できる実績の年度: "
                                + years.get(0).ranking().resultsYear().label() + "〜"
                                + years.get(years.size() - 1)
                                        .ranking()
                                        .resultsYear()
                                        .label() + "）"));
    }

    private static List<FiscalYear> newestFirst(List<IncentiveService.Scored> years) {
        return years.stream()
                .map(s -> s.ranking().resultsYear())
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    private static Organisation branch(String code) {
        return OrgCode.read(code)
                .filter(c -> !c.isAssociation())
                .map(Organisations.all()::get)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "支部コード「" + code + "」はありません（01〜47、例: 09＝栃木）"));
    }

    private static List<IndicatorChoice> indicatorChoices(FiscalYear year) {
        return Arrays.stream(Indicator.values())
                .map(i -> new IndicatorChoice(i.number(), i.circled() + " " + i.nameJa(year)))
                .toList();
    }
}
