package jp.kenpokpi.app.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpokpi.app.incentive.IncentiveRows;
import jp.kenpokpi.app.incentive.IncentiveService;
import jp.kenpokpi.incentive.BranchScore;
import jp.kenpokpi.incentive.IncentiveRanking;
import jp.kenpokpi.incentive.Indicator;
import jp.kenpokpi.incentive.IndicatorInput;
import jp.kenpokpi.incentive.IndicatorScore;
import jp.kenpokpi.incentive.PointsGap;
import jp.kenpokpi.incentive.RateChange;
import jp.kenpokpi.incentive.RewardLineGap;
import jp.kenpokpi.incentive.SubItem;
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
        FiscalYear year = ranking.resultsYear();
        StringBuilder sb = new StringBuilder();
        sb.append("インセンティブ制度 ")
                .append(year.label())
                .append("実績の順位（")
                .append(ranking.ratesYear().japanese())
                .append("保険料率に反映）")
                .append(NL);
        List<String> header = new ArrayList<>(List.of("順位", "支部"));
        for (Indicator i : Indicator.values()) header.add(i.circled());
        header.addAll(List.of("合計", "報酬", "配分額（円）", "減算率", "備考"));
        TextTable table = new TextTable(header);
        for (BranchScore b : ranking.branches()) {
            List<String> row = new ArrayList<>();
            row.add(b.rank().isPresent() ? b.rank().getAsInt() + "位" : "順位なし");
            row.add(b.branch().value() + " "
                    + Organisations.all().get(b.branch()).shortNameJa());
            for (IndicatorScore s : b.indicators()) {
                row.add(points(s.score())
                        + (s.rank().isPresent() ? "（" + s.rank().getAsInt() + "位）" : "")
                        + (s.hasMissingInput() ? "欠" : ""));
            }
            row.add(b.total().setScale(2, RoundingMode.HALF_UP).toPlainString());
            row.add(b.rewarded() ? "○" : "");
            row.add(b.rewarded() ? yen(b.shareYen()) : "");
            row.add(b.rewarded() ? b.reductionPercent().toPlainString() + "%" : "");
            row.add(scored.derivation().isSynthetic(b.branch()) ? "架空" : "");
            table.add(row);
        }
        sb.append(table.render());
        long sum = ranking.branches().stream().mapToLong(BranchScore::shareYen).sum();
        sb.append("原資: ")
                .append(yen(ranking.fundYen()))
                .append("円（")
                .append(ranking.ratesYear().japanese())
                .append("保険料率の")
                .append(scored.parameters()
                        .fundRatePercent(ranking.ratesYear())
                        .stripTrailingZeros()
                        .toPlainString())
                .append("% × 全支部の総報酬額 ")
                .append(yen(scored.premiumBases().total()))
                .append("円）　配分額の合計: ")
                .append(yen(sum))
                .append("円")
                .append(sum == ranking.fundYen() ? "（原資と一致）" : "（原資と不一致）")
                .append(NL);
        sb.append(footer(scored));
        return sb.toString();
    }

    /** The parameters, the notes on the inputs, the 架空 premium bases and the legend: under every table. */
    private static String footer(IncentiveService.Scored scored) {
        StringBuilder sb = new StringBuilder();
        sb.append("総報酬額は架空です（データにないため）: ")
                .append(scored.premiumBases().sourceJa())
                .append("。原資・配分額・減算率はこの架空の総報酬額によります")
                .append(NL);
        sb.append("パラメータ:").append(NL);
        scored.ranking().parametersJa().forEach(l -> sb.append("  ").append(l).append(NL));
        sb.append("入力:").append(NL);
        scored.derivation().notesJa().forEach(l -> sb.append("  ").append(l).append(NL));
        sb.append("欠＝欠測の小項目を含む（欠測の小項目は最低の偏差値、全支部で欠測なら50）　○＝報酬対象　架空＝架空の値を含む").append(NL);
        return sb.toString();
    }

    // ---- one branch

    /** The sheet's rows (a sub-item each) or, with a what-if, its outcome's row: as the API gives them. */
    private static List<Map<String, Object>> branchRows(
            IncentiveService.Scored scored, OrgCode code, Optional<WhatIfOutcome> outcome) {
        return IncentiveRows.columns(outcome.<List<?>>map(o -> List.of(IncentiveRows.whatIf(scored, o)))
                .orElseGet(() -> IncentiveRows.subItems(scored, code)));
    }

    private static BigDecimal subItemGap(RewardLineGap gap, SubItem subItem) {
        return gap.bySubItem().stream()
                .filter(g -> g.subItem().orElseThrow() == subItem)
                .map(PointsGap::points)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    private static String branchSheet(
            IncentiveService.Scored scored, Organisation org, Optional<WhatIfOutcome> outcome) {
        IncentiveRanking ranking = scored.ranking();
        FiscalYear year = ranking.resultsYear();
        OrgCode code = org.code();
        BranchScore b = ranking.branch(code).orElseThrow();
        RewardLineGap gap = RewardLineGap.of(ranking, code);
        BranchScore line = ranking.atRewardLine().orElseThrow();
        StringBuilder sb = new StringBuilder();
        sb.append(org.nameJa())
                .append(" インセンティブ制度 ")
                .append(year.label())
                .append("実績（")
                .append(ranking.ratesYear().japanese())
                .append("保険料率に反映）")
                .append(scored.derivation().isSynthetic(code) ? "　架空の値を含む" : "")
                .append(NL);
        sb.append("合計 ")
                .append(points(b.total()))
                .append("　")
                .append(rank(b))
                .append("／")
                .append(ranking.branches().size())
                .append("支部　")
                .append(
                        b.rewarded()
                                ? "報酬対象 ○（配分額 " + yen(b.shareYen()) + "円、減算率 "
                                        + b.reductionPercent().toPlainString() + "%）"
                                : "報酬対象外（上位" + ranking.rewardLine() + "支部まで）")
                .append(NL);
        TextTable table = new TextTable(List.of("指標", "小項目", "値", "偏差値", "重み", "得点", "報酬ラインとの差", "備考"));
        for (IndicatorScore s : b.indicators()) {
            boolean synthetic = scored.derivation().isSynthetic(code, s.indicator());
            for (SubItemScore item : s.subItems()) {
                table.add(List.of(
                        s.indicator().circled(),
                        item.subItem().labelJa(),
                        item.value()
                                .map(v -> v.setScale(2, RoundingMode.HALF_UP).toPlainString()
                                        + item.subItem().measure().unitJa())
                                .orElse("欠測"),
                        points(item.deviation()),
                        item.weightPercent().stripTrailingZeros().toPlainString() + "%",
                        points(item.points()),
                        signed(subItemGap(gap, item.subItem())),
                        synthetic ? "架空" : ""));
            }
            table.add(List.of(
                    s.indicator().circled() + " 計",
                    "指標の得点（順位）",
                    "",
                    "",
                    "",
                    points(s.score()) + (s.rank().isPresent() ? "（" + s.rank().getAsInt() + "位）" : ""),
                    signed(gap.byIndicator().stream()
                            .filter(g -> g.indicator() == s.indicator())
                            .findFirst()
                            .orElseThrow()
                            .points()),
                    ""));
        }
        sb.append(table.render());
        sb.append("報酬ライン: ")
                .append(rank(line))
                .append(" ")
                .append(Organisations.all().get(line.branch()).nameJa())
                .append(" 合計 ")
                .append(points(line.total()))
                .append("　差 ")
                .append(signed(gap.totalGap()))
                .append("点（正＝ラインに届かない点数）")
                .append(NL);
        List<String> costs = gap.bySubItem().stream()
                .filter(g -> g.points().signum() > 0)
                .limit(3)
                .map(g ->
                        g.indicator().circled() + g.subItem().orElseThrow().labelJa() + " " + points(g.points()) + "点")
                .toList();
        if (!costs.isEmpty())
            sb.append("差の大きい小項目: ").append(String.join("、", costs)).append(NL);
        sb.append("対象者数（分母）: ");
        List<String> denominators = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            IndicatorInput input = scored.derivation().inputs().input(code, i);
            if (input.denominator().isPresent()) {
                denominators.add(i.circled() + " " + yen(input.denominator().getAsLong()) + "（実施・該当 "
                        + yen(input.count().orElse(0)) + "）");
            }
        }
        sb.append(denominators.isEmpty() ? "なし" : String.join("、", denominators))
                .append(NL);
        outcome.ifPresent(o -> sb.append(whatIfText(o)));
        sb.append(footer(scored));
        return sb.toString();
    }

    private static String whatIfText(WhatIfOutcome o) {
        StringBuilder sb = new StringBuilder();
        Indicator i = o.change().indicator();
        sb.append("もしも: ").append(o.change().labelJa());
        if (o.additionalCount().isPresent()) {
            sb.append("（").append(countLabel(i)).append(" ");
            long n = o.additionalCount().getAsLong();
            sb.append(n >= 0 ? "+" : "").append(yen(n)).append("）");
        }
        sb.append(NL);
        sb.append("  ")
                .append(i.circled())
                .append(" ")
                .append(points(o.before().indicator(i).score()))
                .append(" → ")
                .append(points(o.after().indicator(i).score()))
                .append("　合計 ")
                .append(points(o.before().total()))
                .append(" → ")
                .append(points(o.after().total()))
                .append("　")
                .append(rank(o.before()))
                .append(" → ")
                .append(rank(o.after()))
                .append("　報酬対象 ")
                .append(o.before().rewarded() ? "○" : "×")
                .append(" → ")
                .append(o.after().rewarded() ? "○" : "×")
                .append(NL);
        sb.append("  追い抜く支部: ").append(names(o.overtaken())).append(NL);
        sb.append("  追い抜かれる支部: ").append(names(o.overtakenBy())).append(NL);
        sb.append("  （全支部の偏差値は平均と標準偏差が動くため、同じエンジンで計算し直しています）").append(NL);
        return sb.toString();
    }

    private static String countLabel(Indicator i) {
        return switch (i) {
            case CHECK_UP_RATE -> "特定健診等の実施件数";
            case HEALTH_GUIDANCE_RATE -> "特定保健指導の実施件数";
            case GUIDANCE_TARGET_REDUCTION -> "対象者";
            case REFERRAL_VISIT_RATE -> "医療機関の受診者";
            case GENERIC_DRUG_SHARE -> "後発医薬品の数量";
        };
    }

    private static String names(List<OrgCode> codes) {
        if (codes.isEmpty()) return "なし";
        return codes.stream().map(c -> Organisations.all().get(c).nameJa()).collect(Collectors.joining("、"));
    }

    private static String rank(BranchScore b) {
        return b.rank().isPresent() ? "全国" + b.rank().getAsInt() + "位" : "順位なし";
    }

    private static String points(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String signed(BigDecimal value) {
        String p = points(value);
        return value.setScale(1, RoundingMode.HALF_UP).signum() > 0 ? "+" + p : p;
    }

    private static String yen(long value) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }
}
