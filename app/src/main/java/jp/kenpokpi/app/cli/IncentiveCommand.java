package jp.kenpokpi.app.cli;

import static jp.kenpokpi.app.incentive.IncentiveFormat.points;
import static jp.kenpokpi.app.incentive.IncentiveFormat.yen;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.incentive.IncentiveFormat;
import jp.kenpokpi.app.incentive.IncentiveLines;
import jp.kenpokpi.app.incentive.IncentiveRows;
import jp.kenpokpi.app.incentive.IncentiveService;
import jp.kenpokpi.app.incentive.WhatIfText;
import jp.kenpokpi.incentive.BranchScore;
import jp.kenpokpi.incentive.IncentiveRanking;
import jp.kenpokpi.incentive.Indicator;
import jp.kenpokpi.incentive.IndicatorScore;
import jp.kenpokpi.incentive.RateChange;
import jp.kenpokpi.incentive.RewardLineGap;
import jp.kenpokpi.incentive.SubItemScore;
import jp.kenpokpi.incentive.WhatIfOutcome;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;

/**
 * {@code incentive}: the incentive scheme's ranking of a results year from the stored results (table, CSV or JSON),
 * or with --branch one branch's sheet (sub-items, 偏差値, gap to the reward line) and with --what-if the outcome of a
 * change, scored again by the same engine.
 */
final class IncentiveCommand {

    private static final String NL = System.lineSeparator();

    private final IncentiveService service;

    IncentiveCommand(IncentiveService service) {
        this.service = service;
    }

    int run(CliArguments args, PrintStream out) {
        FiscalYear year = Commands.year(args.required("year"));
        String format = Commands.format(args);
        Optional<Organisation> branch = args.option("branch").map(IncentiveCommand::branch);
        Optional<RateChange> change = args.option("what-if").map(IncentiveCommand::change);
        if (change.isPresent() && branch.isEmpty()) {
            throw new CliException("--what-if には --branch が必要です（例: --branch 09 --what-if 2:+1.0）");
        }
        IncentiveService.Scored scored;
        try {
            scored = service.score(year);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        if (branch.isEmpty()) {
            List<Map<String, Object>> rows = IncentiveRows.columns(IncentiveRows.ranking(scored));
            switch (format) {
                case "csv" -> out.print(Output.csv(rows));
                case "json" -> out.print(Output.json(rows));
                default -> out.print(rankingTable(scored));
            }
            return 0;
        }
        OrgCode code = branch.get().code();
        Optional<WhatIfOutcome> outcome;
        try {
            outcome = change.map(c -> service.whatIf(scored, code, c));
        } catch (IllegalArgumentException e) {
            throw new CliException(
                    branch.get().nameJa() + "の" + change.get().labelJa() + "は計算できません: " + e.getMessage());
        }
        switch (format) {
            case "csv" -> out.print(Output.csv(branchRows(scored, code, outcome)));
            case "json" -> out.print(Output.json(branchRows(scored, code, outcome)));
            default -> out.print(branchSheet(scored, branch.get(), outcome));
        }
        return 0;
    }

    private static Organisation branch(String text) {
        return OrgCode.read(text)
                .filter(c -> !c.isAssociation())
                .map(Organisations.all()::get)
                .orElseThrow(() -> new CliException("--branch「" + text + "」は支部コードではありません（01〜47、例: 09＝栃木）"));
    }

    private static RateChange change(String text) {
        try {
            return RateChange.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CliException("--what-if「" + text + "」を読めません: 指標の番号（1〜5）とポイントを「2:+1.0」のように指定してください");
        }
    }

    // ---- the ranking of all branches

    private static String rankingTable(IncentiveService.Scored scored) {
        IncentiveRanking ranking = scored.ranking();
        StringBuilder sb = new StringBuilder();
        sb.append(IncentiveLines.rankingTitle(ranking)).append(NL);
        List<String> header = new ArrayList<>(List.of("順位", "支部"));
        for (Indicator i : Indicator.values()) header.add(i.circled());
        header.addAll(List.of("合計", "報酬", "配分額（円）", "減算率", "備考"));
        TextTable table = new TextTable(header);
        for (BranchScore b : ranking.branches()) {
            List<String> row = new ArrayList<>();
            row.add(IncentiveFormat.rankShort(b));
            row.add(IncentiveFormat.branchLabel(b.branch()));
            for (IndicatorScore s : b.indicators()) row.add(IncentiveFormat.indicatorScore(s));
            row.add(IncentiveFormat.total(b.total()));
            row.add(b.rewarded() ? "○" : "");
            row.add(b.rewarded() ? yen(b.shareYen()) : "");
            row.add(b.rewarded() ? b.reductionPercent().toPlainString() + "%" : "");
            row.add(scored.derivation().isSynthetic(b.branch()) ? "架空" : "");
            table.add(row);
        }
        sb.append(table.render());
        sb.append(IncentiveLines.fundLine(scored)).append(NL);
        sb.append(footer(scored));
        return sb.toString();
    }

    /** The parameters, the notes on the inputs, the 架空 premium bases and the legend: under every table. */
    private static String footer(IncentiveService.Scored scored) {
        StringBuilder sb = new StringBuilder();
        for (IncentiveLines.FooterLine line : IncentiveLines.footer(scored)) {
            sb.append(line.item() ? "  " : "").append(line.text()).append(NL);
        }
        return sb.toString();
    }

    // ---- one branch

    /** The sheet's rows (a sub-item each) or, with a what-if, its outcome's row: as the API gives them. */
    private static List<Map<String, Object>> branchRows(
            IncentiveService.Scored scored, OrgCode code, Optional<WhatIfOutcome> outcome) {
        return IncentiveRows.columns(outcome.<List<?>>map(o -> List.of(IncentiveRows.whatIf(scored, o)))
                .orElseGet(() -> IncentiveRows.subItems(scored, code)));
    }

    private static String branchSheet(
            IncentiveService.Scored scored, Organisation org, Optional<WhatIfOutcome> outcome) {
        IncentiveRanking ranking = scored.ranking();
        OrgCode code = org.code();
        BranchScore b = ranking.branch(code).orElseThrow();
        RewardLineGap gap = RewardLineGap.of(ranking, code);
        BranchScore line = ranking.atRewardLine().orElseThrow();
        StringBuilder sb = new StringBuilder();
        sb.append(IncentiveLines.sheetTitle(scored, code)).append(NL);
        sb.append(IncentiveLines.standingJa(b, ranking)).append(NL);
        TextTable table = new TextTable(List.of("指標", "小項目", "値", "偏差値", "重み", "得点", "報酬ラインとの差", "備考"));
        for (IndicatorScore s : b.indicators()) {
            boolean synthetic = scored.derivation().isSynthetic(code, s.indicator());
            for (SubItemScore item : s.subItems()) {
                table.add(List.of(
                        s.indicator().circled(),
                        item.subItem().labelJa(),
                        IncentiveFormat.value(item),
                        points(item.deviation()),
                        IncentiveFormat.weight(item),
                        points(item.points()),
                        IncentiveFormat.signed(IncentiveLines.subItemGap(gap, item.subItem())),
                        synthetic ? "架空" : ""));
            }
            table.add(List.of(
                    s.indicator().circled() + " 計",
                    "指標の得点（順位）",
                    "",
                    "",
                    "",
                    points(s.score()) + IncentiveFormat.indicatorRank(s),
                    IncentiveFormat.signed(IncentiveLines.indicatorGap(gap, s.indicator())),
                    ""));
        }
        sb.append(table.render());
        sb.append(IncentiveLines.rewardLineJa(line, gap)).append(NL);
        List<String> costs = IncentiveLines.costliest(gap);
        if (!costs.isEmpty())
            sb.append("差の大きい小項目: ").append(String.join("、", costs)).append(NL);
        sb.append(IncentiveLines.denominatorsJa(scored, code)).append(NL);
        outcome.ifPresent(o -> sb.append(whatIfText(o)));
        sb.append(footer(scored));
        return sb.toString();
    }

    private static String whatIfText(WhatIfOutcome o) {
        return WhatIfText.whatIfHeadline(o) + NL
                + "  " + WhatIfText.whatIfScoresJa(o) + NL
                + "  " + WhatIfText.overtakenJa(o) + NL
                + "  " + WhatIfText.overtakenByJa(o) + NL
                + "  " + WhatIfText.SAME_ENGINE_JA + NL;
    }
}
