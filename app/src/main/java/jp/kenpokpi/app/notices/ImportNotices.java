package jp.kenpokpi.app.notices;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.audit.ImportBatches;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.JapanTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An import by someone else into my branch: when an import's transaction is about to commit, each branch its changes
 * touched (the change log's rows of the batch) tells its editors and managers, the importer left out. An import that
 * changed nothing of a branch tells nobody; the sample data's load is no one's import.
 */
@Component
class ImportNotices {

    private final Notices notices;
    private final NoticeRepository repository;
    private final JdbcClient jdbc;

    ImportNotices(Notices notices, NoticeRepository repository, JdbcClient jdbc) {
        this.notices = notices;
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @EventListener
    void opened(ImportBatches.Opened opened) {
        if (!opened.batch().kind().equals("import")) return;
        // The batch is opened before its rows are written: what it changed is known just before the commit.
        if (!TransactionSynchronizationManager.isSynchronizationActive()) return;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                raise(opened);
            }
        });
    }

    private void raise(ImportBatches.Opened opened) {
        ImportBatches.OpenBatch batch = opened.batch();
        String who = repository.displayName(opened.user());
        String day = LocalDate.ofInstant(batch.at(), JapanTime.ZONE).toString();
        for (OrgCode branch : branchesChanged(batch.id())) {
            List<String> recipients = repository.branchStaff(branch).stream()
                    .filter(u -> !u.equals(opened.user()))
                    .toList();
            notices.raise(
                    new NoticeDraft(
                            NoticeKind.IMPORTED,
                            "import/" + batch.id() + "/" + branch.value(),
                            who + "さんが" + Organisations.all().get(branch).nameJa() + "のデータを取り込みました",
                            Optional.of("ファイル：" + String.join("、", batch.files())),
                            "/audit?branch=" + branch.value() + "&user="
                                    + URLEncoder.encode(opened.user(), StandardCharsets.UTF_8) + "&source=IMPORT&from="
                                    + day + "&to=" + day,
                            batch.at()),
                    recipients);
        }
    }

    private List<OrgCode> branchesChanged(long batchId) {
        return jdbc.sql("""
                SELECT DISTINCT org_code FROM data_change WHERE batch_id = ? AND org_code IS NOT NULL
                ORDER BY org_code""").params(batchId).query(String.class).stream()
                .map(OrgCode::of)
                .filter(code -> !code.isAssociation())
                .toList();
    }
}
