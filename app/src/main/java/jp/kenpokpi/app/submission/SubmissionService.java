package jp.kenpokpi.app.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.lock.YearLocking;
import jp.kenpokpi.app.plan.PlanRepository;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.result.VersionedCache;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.period.JapanTime;
import jp.kenpokpi.submission.Actor;
import jp.kenpokpi.submission.ApprovalRoute;
import jp.kenpokpi.submission.BoardRow;
import jp.kenpokpi.submission.BoardRow.BoardCell;
import jp.kenpokpi.submission.BranchYearData;
import jp.kenpokpi.submission.MissingItem;
import jp.kenpokpi.submission.Submission;
import jp.kenpokpi.submission.SubmissionAction;
import jp.kenpokpi.submission.SubmissionKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A branch's reports of a year through 提出・承認: what each lacks, who may take which step now, and the step itself,
 * kept as an event and in the change log. Approving the year-end report locks the branch's year (the lock the
 * dashboard shows); reopening it lifts the lock.
 */
@Service
public class SubmissionService {

    static final String TABLE = "submission";

    private final SubmissionRepository submissions;
    private final SummaryService summaries;
    private final KpiRecordRepository records;
    private final PlanRepository plans;
    private final ChangeLog changeLog;
    private final YearLocking locking;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final VersionedCache cache = new VersionedCache();

    SubmissionService(
            SubmissionRepository submissions,
            SummaryService summaries,
            KpiRecordRepository records,
            PlanRepository plans,
            ChangeLog changeLog,
            YearLocking locking,
            TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.submissions = submissions;
        this.summaries = summaries;
        this.records = records;
        this.plans = plans;
        this.changeLog = changeLog;
        this.locking = locking;
        this.transaction = transaction;
        this.events = events;
        this.clock = JapanTime.clock();
    }

    /** One report of the branch's year as its page shows it. */
    public record ReportStatus(
            Submission submission, boolean overdue, List<MissingItem> missing, List<SubmissionAction> steps) {}

    /** A step refused: why, and what the report lacks where that was the reason. */
    public static final class StepRefused extends RuntimeException {
        private final List<MissingItem> missing;

        StepRefused(String messageJa, List<MissingItem> missing) {
            super(messageJa);
            this.missing = List.copyOf(missing);
        }

        public List<MissingItem> missing() {
            return missing;
        }
    }

    public List<ReportStatus> year(OrgCode branch, FiscalYear year, UserAccount user) {
        LocalDate today = LocalDate.now(clock);
        BranchYearData data = data(branch, year);
        Actor actor = actor(user);
        ApprovalRoute route = submissions.route(branch);
        List<ReportStatus> statuses = new ArrayList<>();
        for (SubmissionKind kind : SubmissionKind.values()) {
            Submission submission = submissions.find(branch, year, kind);
            List<MissingItem> missing = kind.missing(data);
            // A step that needs a complete report is offered once nothing is missing; the list says what is.
            List<SubmissionAction> steps = Arrays.stream(SubmissionAction.values())
                    .filter(a -> submission.refusal(a, actor, route).isEmpty())
                    .filter(a -> !a.needsCompleteness() || missing.isEmpty())
                    .toList();
            statuses.add(new ReportStatus(submission, submission.overdue(today), missing, steps));
        }
        return statuses;
    }

    /** 提出状況: the branches' reports of the year, each with what it lacks now. */
    public List<BoardRow> board(FiscalYear year, List<Organisation> branches) {
        LocalDate today = LocalDate.now(clock);
        // What 47 branches lack is computed once per data version (and day, for 期限超過): the board is read often.
        String key = "board " + year + " " + today + " "
                + branches.stream().map(b -> b.code().value()).toList();
        return cache.get(key, records.dataVersion(), () -> computeBoard(year, branches, today));
    }

    private List<BoardRow> computeBoard(FiscalYear year, List<Organisation> branches, LocalDate today) {
        Map<OrgCode, Map<SubmissionKind, Submission>> stepped = submissions.findAll(year);
        List<BoardRow> rows = new ArrayList<>();
        for (Organisation branch : branches) {
            BranchYearData data = data(branch.code(), year);
            List<BoardCell> cells = new ArrayList<>();
            for (SubmissionKind kind : SubmissionKind.values()) {
                Submission s = stepped.getOrDefault(branch.code(), Map.of())
                        .getOrDefault(kind, Submission.start(branch.code(), year, kind));
                int missing = s.state().editable() ? kind.missing(data).size() : 0;
                cells.add(new BoardCell(s, missing, s.overdue(today)));
            }
            rows.add(new BoardRow(branch, cells));
        }
        return rows;
    }

    /** Takes the step or throws {@link StepRefused} with the Japanese reason; nothing is written when refused. */
    public Submission take(
            UserAccount user,
            OrgCode branch,
            FiscalYear year,
            SubmissionKind kind,
            SubmissionAction action,
            Optional<String> comment) {
        return take(user, branch, year, kind, action, comment, Instant.now(clock), ChangeSource.form());
    }

    /**
     * The step as {@link #take} takes it, at a given time and from a given source: the sample data's history
     * (sampledata/SampleDataLoader) goes through the same checks, so it holds only steps a user could have taken.
     */
    public Submission take(
            UserAccount user,
            OrgCode branch,
            FiscalYear year,
            SubmissionKind kind,
            SubmissionAction action,
            Optional<String> comment,
            Instant at,
            ChangeSource source) {
        return transaction.execute(status -> {
            Submission current = submissions.find(branch, year, kind);
            List<MissingItem> missing = action.needsCompleteness() ? kind.missing(data(branch, year)) : List.of();
            Submission.Decision decision =
                    current.apply(action, actor(user), submissions.route(branch), comment, missing, at);
            if (decision instanceof Submission.Refused refused) {
                throw new StepRefused(refused.messageJa(), refused.missing());
            }
            Submission.Accepted accepted = (Submission.Accepted) decision;
            submissions.append(accepted.next(), accepted.event());
            changeLog.record(
                    TABLE,
                    branch + "/" + year + "/" + kind.name(),
                    Optional.of(Map.of("state", current.state().nameJa())),
                    values(accepted),
                    user.username(),
                    at,
                    source);
            if (kind == SubmissionKind.YEAR_END && action == SubmissionAction.APPROVE) locking.lock(user, branch, year);
            if (kind == SubmissionKind.YEAR_END && action == SubmissionAction.REOPEN)
                locking.unlock(user, branch, year);
            // In this transaction: a notice of the step is written with it or not at all.
            events.publishEvent(new SubmissionStepTaken(
                    accepted.next(), accepted.event(), source.kind() == ChangeSource.Kind.SAMPLE_DATA));
            return accepted.next();
        });
    }

    private static Map<String, String> values(Submission.Accepted accepted) {
        Map<String, String> after = new LinkedHashMap<>();
        after.put("state", accepted.next().state().nameJa());
        after.put("step", accepted.event().action().nameJa());
        accepted.event().comment().ifPresent(c -> after.put("comment", c));
        return after;
    }

    private BranchYearData data(OrgCode branch, FiscalYear year) {
        return new BranchYearData(
                branch,
                year,
                summaries.branchYear(branch, year, MarkPolicies.EXCEEDS),
                records.load(year.plus(-2), year.next()),
                plans.find(branch, year),
                submissions.branchSetTargets(branch, year));
    }

    /** The user in the domain's words of a submission. */
    static Actor actor(UserAccount user) {
        return switch (user.role()) {
            case HQ_ADMIN, HQ_STAFF -> Actor.headquarters(user.username());
            case BRANCH_MANAGER ->
                Actor.branchManager(user.username(), user.branch().orElseThrow());
            case BRANCH_EDITOR ->
                Actor.branchEditor(user.username(), user.branch().orElseThrow());
            case VIEWER -> Actor.viewer(user.username());
        };
    }
}
