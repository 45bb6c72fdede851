package jp.kenpokpi.app.auditlog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpokpi.app.audit.AuditTables;
import jp.kenpokpi.app.audit.ChangeFilter;
import jp.kenpokpi.app.audit.ChangeHistory;
import jp.kenpokpi.app.audit.ChangeLog;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.audit.DataVersion;
import jp.kenpokpi.app.audit.ReadableNames;
import jp.kenpokpi.app.report.ViewDownloads;
import jp.kenpokpi.app.security.AccessDeniedToBranchException;
import jp.kenpokpi.app.security.Role;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.undo.UndoableRecords;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.report.ReportCell;
import jp.kenpokpi.report.ReportTable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 監査ログ: every recorded change, newest first, filtered by branch, KPI, who, source, days and a text, a page at a
 * time; as Excel or CSV of what the filter lets through. Headquarters sees every branch's changes, a branch's people
 * their branch's, a viewer none.
 */
@Controller
class AuditLogController {

    static final int PAGE_SIZE = 50;
    /**
     * How many entries one page of a free-text search reads back at most (without a date range). A word inside the
     * values is found by reading them (LIKE '%word%'; no index serves it): at a million entries a rare word took
     * 7 s (docs/PERFORMANCE.md). A page reads this window; 「さらに前を検索」 goes on with the next.
     */
    static final long TEXT_WINDOW = 100_000;
    /** The most entries a download holds: the newest that the filter lets through. */
    static final int DOWNLOAD_LIMIT = 10_000;

    private final ChangeLog log;
    private final ReadableNames names;
    private final DataVersion version;

    AuditLogController(ChangeLog log, ReadableNames names, DataVersion version) {
        this.log = log;
        this.names = names;
        this.version = version;
    }

    /** A listed change: its place in the log, what it is about, and its line as the histories show it. */
    record Shown(
            long id,
            String tableJa,
            String subjectJa,
            ChangeHistory.Line line,
            Optional<String> recordLink,
            Optional<Long> batchId,
            boolean undoable) {}

    @GetMapping("/audit")
    String page(@RequestParam Map<String, String> query, Model model) {
        ChangeFilter filter = filter(query);
        Optional<Long> before = Optional.ofNullable(query.get("before"))
                .filter(b -> !b.isBlank())
                .map(AuditLogController::id);
        // A free text without days reads one window of the log a page (TEXT_WINDOW), from where the page starts.
        boolean windowed = filter.text().isPresent()
                && filter.fromDay().isEmpty()
                && filter.toDay().isEmpty();
        long start = before.orElseGet(() -> version.current() + 1);
        Optional<Long> floor =
                windowed && start - TEXT_WINDOW > 1 ? Optional.of(start - TEXT_WINDOW) : Optional.empty();
        List<ChangeLog.Entry> entries = log.page(filter, before, floor, PAGE_SIZE + 1);
        boolean more = entries.size() > PAGE_SIZE;
        model.addAttribute("textWindow", windowed ? TEXT_WINDOW : null);
        model.addAttribute("searchOlderBefore", !more && floor.isPresent() ? floor.get() : null);
        List<Shown> shown = entries.stream().limit(PAGE_SIZE).map(this::shown).toList();
        model.addAttribute("entries", shown);
        model.addAttribute("more", more);
        model.addAttribute(
                "nextBefore",
                shown.isEmpty() ? null : shown.get(shown.size() - 1).id());
        model.addAttribute("query", query);
        model.addAttribute("ownBranchOnly", !CurrentUser.get().role().headquarters());
        model.addAttribute("organisations", Organisations.all().list());
        model.addAttribute("sources", ChangeSource.Kind.values());
        return "audit";
    }

    @GetMapping("/audit.{format}")
    ResponseEntity<byte[]> download(@PathVariable String format, @RequestParam Map<String, String> query) {
        ViewDownloads.Format as = ViewDownloads.Format.parse(format);
        List<Shown> shown = log.page(filter(query), Optional.empty(), DOWNLOAD_LIMIT).stream()
                .map(this::shown)
                .toList();
        List<ReportTable.Heading> headings = List.of(
                new ReportTable.Heading("when", 10, "日時"),
                new ReportTable.Heading("who", 12, "変更者"),
                new ReportTable.Heading("table", 8, "対象"),
                new ReportTable.Heading("subject", 24, "支部・年度・KPI"),
                new ReportTable.Heading("action", 8, "操作"),
                new ReportTable.Heading("source", 16, "経路"),
                new ReportTable.Heading("changes", 48, "変更内容（変更前 → 変更後）"));
        List<List<ReportCell>> rows = new ArrayList<>();
        for (Shown s : shown) {
            ChangeHistory.Line l = s.line();
            rows.add(List.of(
                    text(l.whenToTheSecondJa()),
                    text(names.person(l.who())),
                    text(s.tableJa()),
                    text(s.subjectJa()),
                    text(l.actionJa()),
                    text(l.sourceJa()),
                    text(l.changes().stream()
                            .map(c -> c.labelJa() + ": " + (c.before().isEmpty() ? "（なし）" : c.before()) + " → "
                                    + (c.after().isEmpty() ? "（なし）" : c.after()))
                            .collect(Collectors.joining("／")))));
        }
        ReportTable table = ReportTable.withHeadings(
                "監査ログ", headings, List.of(new ReportTable.Group("", rows)), List.of("新しい順、最大" + DOWNLOAD_LIMIT + "件"));
        return ViewDownloads.file(table, "監査ログ", "監査ログ", as);
    }

    private static ReportCell text(String s) {
        return new ReportCell.Text(s, false);
    }

    private Shown shown(ChangeLog.Entry e) {
        ChangeLog.Change c = e.change();
        return new Shown(
                e.id(),
                AuditTables.nameJa(c.table()),
                AuditTables.subjectJa(c),
                ChangeHistory.of(List.of(c)).get(0),
                RecordLinks.of(c),
                c.batchId(),
                // Offered where the table can be undone; whether it can now, the confirmation page says.
                UndoableRecords.undoable(c.table()) && c.source().kind() != ChangeSource.Kind.UNDO);
    }

    /**
     * The branch whose entries alone the user may read (a branch's people), empty for headquarters (every branch);
     * a viewer reads none. The audit log's rule, and the import history's.
     */
    static Optional<String> readableBranchOnly(UserAccount user) {
        if (user.role() == Role.VIEWER) throw new AccessDeniedToBranchException("閲覧者は監査ログを見られません");
        return user.role().headquarters()
                ? Optional.empty()
                : Optional.of(user.branch().map(b -> b.value()).orElse("--"));
    }

    /** The filter the query asks for, within what the user may read. */
    private static ChangeFilter filter(Map<String, String> query) {
        UserAccount user = CurrentUser.get();
        Optional<String> own = readableBranchOnly(user);
        ChangeFilter filter = ChangeFilter.all();
        Optional<String> branch = own.isPresent()
                ? own
                : given(query, "branch")
                        .map(b -> WebParameters.organisation(b).code().value());
        if (branch.isPresent()) filter = filter.branch(branch.get());
        if (given(query, "kpi").isPresent())
            filter = filter.kpi(given(query, "kpi").get());
        if (given(query, "user").isPresent())
            filter = filter.by(given(query, "user").get());
        Optional<String> source = given(query, "source");
        if (source.isPresent()) {
            filter = filter.from(Arrays.stream(ChangeSource.Kind.values())
                    .filter(k -> k.name().equalsIgnoreCase(source.get()))
                    .findFirst()
                    .orElseThrow(() ->
                            new ResponseStatusException(HttpStatus.BAD_REQUEST, "経路「" + source.get() + "」はありません")));
        }
        filter = filter.between(day(query, "from", "開始日"), day(query, "to", "終了日"));
        if (given(query, "q").isPresent())
            filter = filter.containing(given(query, "q").get());
        if (given(query, "batch").isPresent())
            filter = filter.batch(id(given(query, "batch").get()));
        return filter;
    }

    private static Optional<String> given(Map<String, String> query, String name) {
        return Optional.ofNullable(query.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<LocalDate> day(Map<String, String> query, String name, String labelJa) {
        return given(query, name).map(d -> {
            try {
                return LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, labelJa + "「" + d + "」は日付として読めません（例: 2026-12-05）");
            }
        });
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "位置「" + text + "」は読めません");
        }
    }
}
