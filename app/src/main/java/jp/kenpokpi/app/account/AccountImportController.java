package jp.kenpokpi.app.account;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kenpokpi.app.importing.PendingImport;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * アカウントの一括登録 (/admin/users/import): a file of accounts previewed, then applied all or nothing; the initial
 * passwords of the new accounts shown once. The file waits in the session between preview and apply, as the data
 * imports' do (PendingImport), so what is applied is what was previewed.
 */
@Controller
@PreAuthorize("@permissions.mayAdministerAccounts(principal.account())")
class AccountImportController {

    private static final String PENDING = "pendingAccountImport";
    private static final String KIND = "accounts";

    private final AccountImport accountImport;

    AccountImportController(AccountImport accountImport) {
        this.accountImport = accountImport;
    }

    @GetMapping("/admin/users/import")
    String form() {
        return "admin-users-import";
    }

    @PostMapping("/admin/users/import/preview")
    String preview(@RequestParam("file") MultipartFile upload, HttpSession session, Model model) throws IOException {
        session.removeAttribute(PENDING);
        if (upload.isEmpty()) {
            model.addAttribute("problems", List.of(ImportProblem.inFile("（なし）", 1, "取り込むファイル（CSVまたは.xlsx）を選んでください")));
            return "admin-users-import";
        }
        if (upload.getSize() > PendingImport.MAX_BYTES) {
            model.addAttribute(
                    "problems",
                    List.of(ImportProblem.inFile(
                            upload.getOriginalFilename(),
                            1,
                            "ファイルが大きすぎます（" + PendingImport.MAX_BYTES / 1024 / 1024 + "MBまで）")));
            return "admin-users-import";
        }
        List<InterchangeFile> files =
                new ArrayList<>(List.of(new InterchangeFile(upload.getOriginalFilename(), upload.getBytes())));
        AccountImport.Checked checked = accountImport.check(files);
        model.addAttribute("fileName", upload.getOriginalFilename());
        if (!checked.problems().isEmpty()) {
            model.addAttribute("problems", checked.problems());
            return "admin-users-import";
        }
        String token = UUID.randomUUID().toString();
        session.setAttribute(PENDING, new PendingImport(token, KIND, files));
        model.addAttribute("token", token);
        model.addAttribute("lines", checked.lines());
        model.addAttribute(
                "changeCount",
                checked.lines().stream()
                        .filter(AccountImport.Line::changesSomething)
                        .count());
        return "admin-users-import";
    }

    @PostMapping("/admin/users/import/apply")
    String apply(@RequestParam String token, HttpSession session, Model model) {
        List<InterchangeFile> files = PendingImport.take(session, PENDING, token, KIND);
        if (files == null) {
            model.addAttribute(
                    "problems", List.of(ImportProblem.inFile("（なし）", 1, "取り込み内容の確認が古くなりました。もう一度ファイルを選んで確認してください")));
            return "admin-users-import";
        }
        AccountImport.Checked checked = accountImport.check(files);
        if (!checked.problems().isEmpty()) {
            model.addAttribute("problems", checked.problems());
            return "admin-users-import";
        }
        model.addAttribute("created", accountImport.importFiles(files, CurrentUser.get()));
        model.addAttribute(
                "applied",
                checked.lines().stream()
                        .filter(AccountImport.Line::changesSomething)
                        .count());
        return "admin-users-import";
    }
}
