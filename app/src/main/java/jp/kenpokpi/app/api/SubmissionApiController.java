package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.audit.ReadableNames;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.submission.SubmissionService;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.submission.BoardRow;
import jp.kenpokpi.submission.Submission;
import jp.kenpokpi.submission.SubmissionEvent;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cycle's states (提出・承認): each branch's three reports of a year with state, deadline, 期限超過, how much is
 * missing and the history of steps, from the service of /submissions and its board, under the board's rule of whose
 * rows a user sees.
 */
@RestController
@ProblemResponses
@Tag(name = "提出・承認", description = "支部の報告（事業計画・目標、上期実施状況、年度実績・自己評価）の状態と履歴")
class SubmissionApiController {

    private final SubmissionService submissions;
    private final ReadableNames names;

    SubmissionApiController(SubmissionService submissions, ReadableNames names) {
        this.submissions = submissions;
        this.names = names;
    }

    @Schema(description = "提出・承認の1ステップ")
    record EventJson(
            @Schema(description = "操作（SUBMIT、APPROVE など）", example = "SUBMIT")
            String action,

            @Schema(description = "操作の名称", example = "提出") String actionName,
            @Schema(description = "前の状態", example = "入力中") String from,
            @Schema(description = "後の状態", example = "提出済") String to,
            @Schema(description = "操作した人") String actor,

            @Schema(description = "操作した人の立場", example = "支部担当者")
            String actorKind,

            @Schema(description = "日時（ISO 8601、UTC）", example = "2023-03-20T01:00:00Z")
            String at,

            @Schema(description = "コメント（差戻し・再開の理由など）") String comment) {}

    @Schema(description = "支部の年度の報告1件の状態")
    record SubmissionJson(
            @Schema(description = "組織コード", example = "09") String branch,
            @Schema(description = "組織の名称", example = "栃木支部") String branchName,
            @Schema(description = "年度", example = "2023") int year,

            @Schema(description = "報告の種類（PLAN、FIRST_HALF、YEAR_END）", example = "YEAR_END")
            String kind,

            @Schema(description = "報告の名称", example = "年度実績・自己評価")
            String kindName,

            @Schema(description = "状態（IN_PROGRESS、BRANCH_APPROVED、SUBMITTED、RETURNED、APPROVED）", example = "APPROVED")
            String state,

            @Schema(description = "状態の名称", example = "承認済") String stateName,

            @Schema(description = "期限（YYYY-MM-DD）", example = "2024-06-30")
            String deadline,

            @Schema(description = "期限超過か") boolean overdue,

            @Schema(description = "不足している項目の数（入力中・差戻しのときに数える）", example = "0")
            int missing,

            @Schema(description = "操作の履歴（古い順）") List<EventJson> history) {}

    @GetMapping("/api/v1/submissions")
    @Operation(
            summary = "提出・承認の状態",
            description = "年度の支部ごとの3つの報告（事業計画・目標、上期実施状況、年度実績・自己評価）の状態、期限、期限超過、"
                    + "不足している項目の数と操作の履歴を返します。branch を指定すればその支部、省けば提出状況の画面と同じ支部"
                    + "（本部・閲覧者は全支部またはブロックの支部、支部の人は自支部）です。")
    ApiPage<SubmissionJson> submissions(
            @Parameter(description = "年度", example = "2023", required = true) @RequestParam String year,
            @Parameter(description = "組織コード（01〜47 支部）", example = "09") @RequestParam(required = false) String branch,
            @Parameter(description = "ブロックのID（branch を省いたとき。ALL は全支部）", example = "KANTO")
                    @RequestParam(required = false)
                    String block,
            @ParameterObject PageParameters pages) {
        Paging paging = pages.paging();
        FiscalYear fy = ApiParameters.year("year", year);
        UserAccount user = CurrentUser.get();
        Optional<Organisation> one = ApiParameters.organisationIfGiven("branch", branch);
        if (one.isPresent() && one.get().isAssociation()) {
            throw new ApiParameterException("branch", "提出・承認は支部（01〜47）の報告です");
        }
        // As the board: a branch's own people see their branch, others the block asked for (all 47 without one).
        List<Organisation> branches = one.map(List::of)
                .or(() -> user.branch().map(own -> List.of(Organisations.all().get(own))))
                .orElseGet(() -> ApiParameters.given(block)
                        .map(b -> ApiParameters.scope("block", b).branches())
                        .orElseGet(() -> Organisations.all().branches()));
        List<SubmissionJson> items = new ArrayList<>();
        for (BoardRow row : submissions.board(fy, branches)) {
            for (BoardRow.BoardCell cell : row.reports()) items.add(json(row.branch(), cell));
        }
        return paging.of(items);
    }

    private SubmissionJson json(Organisation branch, BoardRow.BoardCell cell) {
        Submission s = cell.submission();
        return new SubmissionJson(
                branch.code().value(),
                branch.nameJa(),
                s.year().value(),
                s.kind().name(),
                s.kind().nameJa(),
                s.state().name(),
                s.state().nameJa(),
                s.deadline().toString(),
                cell.overdue(),
                cell.missing(),
                s.history().events().stream().map(this::event).toList());
    }

    private EventJson event(SubmissionEvent e) {
        return new EventJson(
                e.action().name(),
                e.action().nameJa(),
                e.from().nameJa(),
                e.to().nameJa(),
                names.person(e.actor().name()),
                e.actor().kind().nameJa(),
                e.at().toString(),
                e.comment().orElse(null));
    }
}
