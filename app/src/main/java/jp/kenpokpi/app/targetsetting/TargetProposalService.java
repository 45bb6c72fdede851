package jp.kenpokpi.app.targetsetting;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.plan.PlanTargetReasoning;
import jp.kenpokpi.app.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.app.security.AccessDeniedToBranchException;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.period.JapanTime;
import jp.kenpokpi.targetsetting.CellKey;
import jp.kenpokpi.targetsetting.TargetCell;
import jp.kenpokpi.targetsetting.TargetGrid;
import jp.kenpokpi.targetsetting.TargetProposal;
import jp.kenpokpi.targetsetting.TargetTexts;
import jp.kenpokpi.value.FieldLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A branch proposes its own target where headquarters lets the branches propose (the KPI's setting), with its
 * reasoning; headquarters accepts it (the proposal becomes the branch's target) or returns it with a comment.
 */
@Service
public class TargetProposalService {

    static final String TABLE = "target_proposal";

    private final TargetSettingService grids;
    private final TargetSettingRepository settings;
    private final ChangeLog changeLog;
    private final PlanTargetReasoning planReasoning;
    private final TransactionTemplate transaction;
    private final Clock clock = JapanTime.clock();

    TargetProposalService(
            TargetSettingService grids,
            TargetSettingRepository settings,
            ChangeLog changeLog,
            PlanTargetReasoning planReasoning,
            TransactionTemplate transaction) {
        this.grids = grids;
        this.settings = settings;
        this.changeLog = changeLog;
        this.planReasoning = planReasoning;
        this.transaction = transaction;
    }

    /** A KPI a branch may propose for, as the proposals page lists it. */
    public record Line(
            Organisation org,
            TargetGrid.Column column,
            TargetCell cell,
            Optional<Integer> proposalVersion,
            Optional<String> frozenBecause) {}

    /**
     * The proposals page: for each of the branches shown (one, or every branch for headquarters), the KPIs of the year
     * headquarters lets branches propose for, and any other KPI the branch has a proposal for.
     */
    public List<Line> lines(FiscalYear year, List<Organisation> orgs) {
        TargetGrid grid = grids.page(year, orgs).grid();
        Map<CellKey, Integer> versions = settings.proposalVersions(year);
        List<Line> lines = new java.util.ArrayList<>();
        for (TargetGrid.Row row : grid.rows()) {
            if (row.org().isAssociation()) continue;
            for (int i = 0; i < grid.columns().size(); i++) {
                TargetGrid.Column column = grid.columns().get(i);
                TargetCell cell = row.cells().get(i);
                if (!column.setting().branchesPropose() && cell.proposal().isEmpty()) continue;
                lines.add(new Line(
                        row.org(),
                        column,
                        cell,
                        Optional.ofNullable(versions.get(CellKey.of(row.org().code(), column.kpiCode()))),
                        row.frozenBecause()));
            }
        }
        return lines;
    }

    /** Why the step was refused, by form field (target, reasoning, comment, or form for the whole). */
    public static final class Refused extends RuntimeException {
        private final Map<String, String> problems;

        Refused(Map<String, String> problems) {
            super(String.join(" / ", problems.values()));
            this.problems = Map.copyOf(problems);
        }

        Refused(String field, String messageJa) {
            this(Map.of(field, messageJa));
        }

        public Map<String, String> problems() {
            return problems;
        }
    }

    /**
     * The branch proposes (or revises its proposal): while headquarters lets branches propose for the KPI, the
     * branch's plan is open, and the proposal has not moved on since it was read.
     */
    public TargetProposal propose(
            UserAccount user,
            OrgCode branch,
            FiscalYear year,
            String kpiCode,
            String targetText,
            String reasoning,
            Optional<Integer> readVersion) {
        boolean branchStaff = user.role().branchStaff();
        if (!branchStaff || !BranchAccess.mayChange(user, branch)) {
            throw new AccessDeniedToBranchException(
                    branchStaff
                            ? "他支部の目標は提案できません（"
                                    + Organisations.all().get(branch).nameJa() + "）"
                            : "目標の提案は支部が行います");
        }
        return transaction.execute(status -> {
            TargetGrid grid = grids.grid(year, List.of(Organisations.all().get(branch)));
            TargetGrid.Column column =
                    grid.column(kpiCode).orElseThrow(() -> TargetSettingService.noKpi(year, kpiCode));
            grid.row(branch).flatMap(TargetGrid.Row::frozenBecause).ifPresent(why -> {
                throw new AccessDeniedToBranchException(why);
            });
            if (!column.setting().branchesPropose()) {
                throw new Refused("form", "「" + column.definition().nameJa() + "」は本部が全支部の目標を定めるKPIです（支部の提案は受け付けていません）");
            }
            Map<String, String> problems = new LinkedHashMap<>();
            if (targetText.isBlank()) problems.put("target", "提案する目標を入力してください");
            else TargetTexts.problem(targetText.strip(), column.definition()).ifPresent(p -> problems.put("target", p));
            if (reasoning.isBlank()) problems.put("reasoning", "設定に当たっての考え方を入力してください");
            else FieldLimits.Text.PLAN_REASON.problem(reasoning.strip()).ifPresent(p -> problems.put("reasoning", p));
            if (!problems.isEmpty()) throw new Refused(problems);
            TargetProposal wanted =
                    TargetProposal.propose(branch, year, kpiCode, targetText, reasoning, user.username());
            return save(user, wanted, readVersion);
        });
    }

    /**
     * A decision taken: the proposal as it now stands, and, for an accepted one, whether its reasoning went into the
     * branch's plan (the plan names the KPI) or waits for the plan to name it.
     */
    public record Decided(TargetProposal proposal, boolean reasoningInPlan) {}

    /**
     * Headquarters accepts the waiting proposal (its target becomes the branch's target, its reasoning the plan's
     * for the KPI) or returns it with a comment.
     */
    public Decided decide(
            UserAccount user,
            OrgCode branch,
            FiscalYear year,
            String kpiCode,
            boolean accept,
            Optional<String> comment,
            int readVersion) {
        TargetSettingService.requireHeadquarters(user);
        return transaction.execute(status -> {
            StoredRow<TargetProposal> stored = settings.findProposal(branch, year, kpiCode)
                    .orElseThrow(() -> new Refused("form", "この目標の提案はありません"));
            TargetProposal proposal = stored.value();
            proposal.decisionRefusal().ifPresent(why -> {
                throw new Refused("form", why);
            });
            Optional<String> text = comment.map(String::strip).filter(c -> !c.isEmpty());
            if (!accept && text.isEmpty()) throw new Refused("comment", "差戻しの理由（コメント）を入力してください");
            text.flatMap(FieldLimits.Text.SUBMISSION_COMMENT::problem).ifPresent(p -> {
                throw new Refused("comment", p);
            });
            TargetProposal decided = accept
                    ? proposal.accept(user.username(), text)
                    : proposal.returnToBranch(user.username(), text.get());
            TargetProposal saved = save(user, decided, Optional.of(readVersion));
            if (!accept) return new Decided(saved, false);
            TargetGrid grid = grids.grid(year, List.of(Organisations.all().get(branch)));
            TargetGrid.Edit edit = grid.edit(Map.of(CellKey.of(branch, kpiCode), proposal.targetText()));
            if (!edit.ok())
                throw new Refused("form", String.join(" / ", edit.problems().values()));
            grids.writeAll(user, year, edit, Instant.now(clock));
            return new Decided(saved, planReasoning.write(user, branch, year, kpiCode, proposal.reasoning()));
        });
    }

    private TargetProposal save(UserAccount user, TargetProposal wanted, Optional<Integer> readVersion) {
        Optional<StoredRow<TargetProposal>> stored =
                settings.findProposal(wanted.branch(), wanted.year(), wanted.kpiCode());
        Instant at = Instant.now(clock);
        if (!stored.map(StoredRow::version).equals(readVersion) || !settings.saveProposal(wanted, readVersion, at)) {
            String now = stored.map(s ->
                            s.value().targetText() + "（" + s.value().state().nameJa() + "）")
                    .orElse("（なし）");
            throw new Refused("form", "この提案は他の人が先に変更しました（現在: " + now + "）。確かめて、もう一度操作してください");
        }
        changeLog.record(
                TABLE,
                wanted.branch() + "/" + wanted.year() + "/" + wanted.kpiCode(),
                stored.map(s -> values(s.value())),
                values(wanted),
                user.username(),
                at,
                ChangeSource.typedBy(user.username()));
        return wanted;
    }

    private static Map<String, String> values(TargetProposal p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("target", p.targetText());
        m.put("target_reasoning", p.reasoning());
        m.put("state", p.state().nameJa());
        m.put("comment", p.comment().orElse(""));
        return m;
    }
}
