package jp.kenpokpi.app.account;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.audit.ImportBatches;
import jp.kenpokpi.app.interchange.XlsxWorkbooks;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.security.UserAccountRepository;
import jp.kenpokpi.app.security.UserAccountRepository.StoredAccount;
import jp.kenpokpi.interchange.ImportCsv;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts from a file (CSV or .xlsx, AccountColumn), as every import here: checked whole first, each problem named
 * by file, line and column; previewed (追加・変更・変更なし); applied all or nothing, recorded as an import batch
 * whose changes name their file and line. A new account gets an initial password, shown once after the import.
 */
@Service
public class AccountImport {

    private static final List<AccountColumn> COLUMNS = List.of(AccountColumn.values());

    private final UserAccountRepository accounts;
    private final AccountAdministration administration;
    private final ImportBatches batches;

    public AccountImport(UserAccountRepository accounts, AccountAdministration administration, ImportBatches batches) {
        this.accounts = accounts;
        this.administration = administration;
        this.batches = batches;
    }

    /** One account of the file: what it would do. */
    public record Line(
            String file, int line, AccountForm form, Optional<StoredAccount> stored, Map<String, String[]> changes) {

        public boolean adds() {
            return stored.isEmpty();
        }

        public boolean changesSomething() {
            return adds() || !changes.isEmpty();
        }

        public String actionJa() {
            return adds() ? "追加" : changes.isEmpty() ? "変更なし" : "変更";
        }
    }

    public record Checked(List<Line> lines, List<ImportProblem> problems) {}

    /** Every line of the files with what it would do, or the problems that stop the whole import. */
    public Checked check(List<InterchangeFile> files) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (InterchangeFile file : files) {
            for (ImportCsv.Row<AccountColumn> row : ImportCsv.read(file, COLUMNS, problems, new XlsxWorkbooks())) {
                AccountForm form = new AccountForm(
                        row.text(AccountColumn.USERNAME).orElse(""),
                        row.text(AccountColumn.DISPLAY_NAME).orElse(""),
                        row.text(AccountColumn.ROLE).orElse(""),
                        row.text(AccountColumn.BRANCH_CODE).orElse(""),
                        row.text(AccountColumn.GROUP).orElse(""),
                        row.text(AccountColumn.EMAIL).orElse(""),
                        "");
                Optional<StoredAccount> stored = accounts.find(form.username());
                Map<String, String> formProblems = stored.isPresent()
                        ? form.problems(false, administration.policy())
                        : administration.problemsOfNew(form);
                formProblems.forEach((field, message) -> row.problem(AccountColumn.ofFormField(field), message));
                if (!form.username().isEmpty() && !seen.add(form.username())) {
                    row.problem(AccountColumn.USERNAME, "ログイン名「" + form.username() + "」がファイルの中で2回以上出てきます");
                }
                if (stored.isPresent() && !stored.get().passwordKeptHere()) {
                    row.problem(AccountColumn.USERNAME, "「" + form.username() + "」はディレクトリのアカウントです。ディレクトリで管理してください");
                }
                if (row.failed()) continue;
                lines.add(new Line(
                        file.name(),
                        row.line(),
                        form,
                        stored,
                        stored.map(s -> changes(s, form)).orElse(Map.of())));
            }
        }
        return new Checked(problems.isEmpty() ? lines : List.of(), problems);
    }

    /** The fields that differ, under their recorded names, before and after. */
    private static Map<String, String[]> changes(StoredAccount stored, AccountForm form) {
        Map<String, String> before = AccountValues.of(AccountAdministration.profileOf(stored), stored.enabled());
        Map<String, String> after = AccountValues.of(form.profile(), stored.enabled());
        Map<String, String[]> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!value.equals(before.get(field))) changes.put(field, new String[] {before.get(field), value});
        });
        return changes;
    }

    /** Applies the files all or nothing (checked again, as they may have changed since the preview). */
    @Transactional
    public List<AccountAdministration.Created> importFiles(List<InterchangeFile> files, UserAccount by) {
        Checked checked = check(files);
        if (!checked.problems().isEmpty()) {
            throw new IllegalStateException(
                    "取り込めません: " + checked.problems().get(0).describeJa());
        }
        int rows = checked.lines().size();
        ImportBatches.OpenBatch batch = batches.open("import", files, rows, by.username());
        List<AccountAdministration.Created> created = new ArrayList<>();
        for (Line line : checked.lines()) {
            ChangeSource source = batch.source(line.file(), line.line());
            if (line.adds()) {
                created.add(administration.createChecked(line.form(), by, source));
            } else {
                administration.updateChecked(line.stored().get(), line.form().profile(), by, source);
            }
        }
        return created;
    }
}
