package jp.kenpokpi.app.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.submission.Actor;
import jp.kenpokpi.submission.ActorKind;
import jp.kenpokpi.submission.ApprovalRoute;
import jp.kenpokpi.submission.Submission;
import jp.kenpokpi.submission.SubmissionAction;
import jp.kenpokpi.submission.SubmissionEvent;
import jp.kenpokpi.submission.SubmissionHistory;
import jp.kenpokpi.submission.SubmissionKind;
import jp.kenpokpi.submission.SubmissionState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A branch's reports as their steps (submission_event), and the branch's approval route (branch_setting). */
@Repository
public class SubmissionRepository {

    private final JdbcClient jdbc;

    public SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Submission find(OrgCode branch, FiscalYear year, SubmissionKind kind) {
        List<SubmissionEvent> events = jdbc.sql("""
                SELECT * FROM submission_event WHERE org_code = ? AND fiscal_year = ? AND kind = ? ORDER BY position""")
                .params(branch.value(), year.value(), kind.name())
                .query(SubmissionRepository::event)
                .list();
        return new Submission(branch, year, kind, new SubmissionHistory(events));
    }

    /** Every report of the year that has a step, for the status board: one query for all branches. */
    public Map<OrgCode, Map<SubmissionKind, Submission>> findAll(FiscalYear year) {
        Map<OrgCode, Map<SubmissionKind, List<SubmissionEvent>>> events = new HashMap<>();
        jdbc.sql("SELECT * FROM submission_event WHERE fiscal_year = ? ORDER BY org_code, kind, position")
                .params(year.value())
                .query(rs -> {
                    events.computeIfAbsent(
                                    OrgCode.of(rs.getString("org_code")), o -> new EnumMap<>(SubmissionKind.class))
                            .computeIfAbsent(SubmissionKind.valueOf(rs.getString("kind")), k -> new ArrayList<>())
                            .add(event(rs, 0));
                });
        Map<OrgCode, Map<SubmissionKind, Submission>> submissions = new HashMap<>();
        events.forEach((org, byKind) -> byKind.forEach((kind, list) -> submissions
                .computeIfAbsent(org, o -> new EnumMap<>(SubmissionKind.class))
                .put(kind, new Submission(org, year, kind, new SubmissionHistory(list)))));
        return submissions;
    }

    /**
     * Adds the step that led to {@code next}; the position after the steps it was decided on, so a step decided on a
     * state that another step has left meanwhile fails on the unique position instead of landing.
     */
    public void append(Submission next, SubmissionEvent event) {
        Optional<OrgCode> actorBranch = event.actor().branch();
        jdbc.sql("""
                INSERT INTO submission_event (org_code, fiscal_year, kind, position, action, from_state, to_state,
                    actor_name, actor_kind, actor_branch, taken_at, comment)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        next.branch().value(),
                        next.year().value(),
                        next.kind().name(),
                        next.history().events().size() - 1,
                        event.action().name(),
                        event.from().name(),
                        event.to().name(),
                        event.actor().name(),
                        event.actor().kind().name(),
                        actorBranch.map(OrgCode::value).orElse(null),
                        Timestamp.from(event.at()),
                        event.comment().orElse(null))
                .update();
    }

    /**
     * The KPIs whose target of the year the branch set itself: its proposals headquarters accepted (目標設定,
     * target_proposal), whose reasoning the plan then needs. Read here, not through the target-setting package, which
     * itself asks this package what a submission freezes.
     */
    public Set<String> branchSetTargets(OrgCode branch, FiscalYear year) {
        return new HashSet<>(jdbc.sql("SELECT kpi_code FROM target_proposal WHERE org_code = ? AND fiscal_year = ?"
                        + " AND state = 'ACCEPTED'")
                .params(branch.value(), year.value())
                .query(String.class)
                .list());
    }

    public ApprovalRoute route(OrgCode branch) {
        return jdbc.sql("SELECT approval_route FROM branch_setting WHERE org_code = ?")
                .params(branch.value())
                .query((rs, n) -> ApprovalRoute.valueOf(rs.getString(1)))
                .optional()
                .orElse(ApprovalRoute.DIRECT);
    }

    public void setRoute(OrgCode branch, ApprovalRoute route) {
        int updated = jdbc.sql("UPDATE branch_setting SET approval_route = ? WHERE org_code = ?")
                .params(route.name(), branch.value())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO branch_setting (org_code, approval_route) VALUES (?, ?)")
                    .params(branch.value(), route.name())
                    .update();
        }
    }

    private static SubmissionEvent event(ResultSet rs, int n) throws SQLException {
        Optional<OrgCode> branch =
                Optional.ofNullable(rs.getString("actor_branch")).map(OrgCode::of);
        return new SubmissionEvent(
                SubmissionAction.valueOf(rs.getString("action")),
                SubmissionState.valueOf(rs.getString("from_state")),
                SubmissionState.valueOf(rs.getString("to_state")),
                new Actor(rs.getString("actor_name"), ActorKind.valueOf(rs.getString("actor_kind")), branch),
                rs.getTimestamp("taken_at").toInstant(),
                Optional.ofNullable(rs.getString("comment")));
    }
}
