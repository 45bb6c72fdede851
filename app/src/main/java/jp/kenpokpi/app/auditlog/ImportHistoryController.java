package jp.kenpokpi.app.auditlog;

import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.audit.ImportBatches;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.web.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 取込履歴: every import (KPI results, plans, budgets, and the sample-data load) newest first, with its files, who,
 * when, what it added, changed, deleted and left as it was, and a link to its entries in the audit log. Read as the
 * audit log is: headquarters every import, a branch's people those that changed something of their branch, a viewer
 * none.
 */
@Controller
class ImportHistoryController {

    /** The most imports the page lists, newest first. */
    static final int LIMIT = 500;

    private final ImportBatches batches;

    ImportHistoryController(ImportBatches batches) {
        this.batches = batches;
    }

    @GetMapping("/imports/history")
    String page(Model model) {
        UserAccount user = CurrentUser.get();
        Optional<String> own = AuditLogController.readableBranchOnly(user);
        List<ImportBatches.Batch> list = batches.list(own, LIMIT);
        model.addAttribute("batches", list);
        model.addAttribute("ownBranchOnly", own.isPresent());
        model.addAttribute("limit", LIMIT);
        return "import-history";
    }
}
