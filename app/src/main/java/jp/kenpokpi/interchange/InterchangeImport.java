package jp.kenpokpi.interchange;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jp.kenpokpi.audit.ChangeLog;
import jp.kenpokpi.catalogue.CatalogueRepository;
import jp.kenpokpi.result.KpiRecordRepository;
import jp.kenpokpi.result.KpiRecordRepository.StoredRow;
import jp.kenpokpi.result.Result;
import jp.kenpokpi.result.ResultAudit;
import jp.kenpokpi.summary.StoredResult;
import jp.kenpokpi.summary.StoredTarget;

/**
 * Imports interchange CSV files: all files or nothing. Every file is checked before anything is written; the
 * writes happen in one transaction, each change recorded with who made it and the values it replaced.
 */
@Service
public class InterchangeImport {

    private final CatalogueRepository catalogue;
    private final KpiRecordRepository records;
    private final ChangeLog changeLog;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public InterchangeImport(CatalogueRepository catalogue, KpiRecordRepository records, ChangeLog changeLog,
                             JdbcClient jdbc, TransactionTemplate transaction) {
        this.catalogue = catalogue;
        this.records = records;
        this.changeLog = changeLog;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Checks the files without saving anything: the rows that would be imported, or every problem. */
    public InterchangeReader.Outcome check(List<InterchangeFile> files) {
        return new InterchangeReader(catalogue.load()).read(files);
    }

    /**
     * @param kind "import" or "sample-data"
     * @throws ImportRejectedException when any file has a problem; the database is then unchanged
     */
    public ImportReport importFiles(List<InterchangeFile> files, String user, String kind) {
        InterchangeReader.Outcome outcome = check(files);
        if (!outcome.ok()) throw new ImportRejectedException(outcome.problems());
        return transaction.execute(status -> write(outcome.rows(), files, user, kind));
    }

    private ImportReport write(List<InterchangeRow> rows, List<InterchangeFile> files, String user, String kind) {
        Instant now = Instant.now();
        String names = files.stream().map(InterchangeFile::name).collect(Collectors.joining(", "));
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO import_batch (kind, files, row_count, imported_by, imported_at) VALUES (?, ?, ?, ?, ?)""")
                .params(kind, names.length() > 4000 ? names.substring(0, 4000) : names, rows.size(), user, Timestamp.from(now))
                .update(keys, "id");
        long batch = keys.getKey().longValue();
        Counter counter = new Counter();
        for (InterchangeRow row : rows) {
            boolean changed = false;
            if (row.target().isPresent()) changed |= saveTarget(row, user, now, batch, counter);
            if (row.hasResult() || (row.target().isEmpty() && row.note().isPresent())) {
                changed |= saveResult(row, user, now, batch, counter);
            }
            if (!changed) counter.unchanged++;
        }
        return new ImportReport(batch, rows.size(), counter.targetsAdded, counter.targetsChanged, counter.resultsAdded,
                counter.resultsChanged, counter.unchanged);
    }

    private static final class Counter {
        int targetsAdded;
        int targetsChanged;
        int resultsAdded;
        int resultsChanged;
        int unchanged;
    }

    private boolean saveTarget(InterchangeRow row, String user, Instant now, long batch, Counter counter) {
        StoredTarget target = new StoredTarget(row.org(), row.year(), row.definition().kpiCode(), row.target().orElseThrow(),
                row.hasResult() ? Optional.empty() : row.note(), row.source(), row.isSynthetic());
        String key = row.org() + "/" + row.year() + "/" + target.kpiCode();
        Optional<StoredRow<StoredTarget>> existing = records.findTarget(row.org(), row.year(), target.kpiCode());
        if (existing.isEmpty()) {
            records.insertTarget(target, user, now, batch);
            changeLog.record("kpi_target", key, Optional.empty(), values(target), user, now, batch);
            counter.targetsAdded++;
            return true;
        }
        if (values(existing.get().value()).equals(values(target))) return false;
        if (!records.updateTarget(existing.get().id(), existing.get().version(), target, user, now, batch)) {
            throw new IllegalStateException("目標 " + key + " は取り込み中に他の人が変更しました。もう一度取り込んでください");
        }
        changeLog.record("kpi_target", key, Optional.of(values(existing.get().value())), values(target), user, now, batch);
        counter.targetsChanged++;
        return true;
    }

    private boolean saveResult(InterchangeRow row, String user, Instant now, long batch, Counter counter) {
        Result result = new Result(row.actual(), row.numerator(), row.denominator());
        StoredResult stored = new StoredResult(row.org(), row.year(), row.asOf(), row.definition().kpiCode(),
                row.definition().definitionFy(), row.actualText(), result, row.nationalValueText(), row.nationalValue(),
                row.nationalRank(), row.mark(), row.selfEvaluation(), row.note(), row.source(), row.isSynthetic());
        Optional<BigDecimal> value = result.number(row.definition());
        String key = resultKey(stored);
        Optional<StoredRow<StoredResult>> existing = records.findResult(row.org(), row.year(), row.asOf(),
                stored.kpiCode(), stored.definitionFy());
        if (existing.isEmpty()) {
            records.insertResult(stored, value, user, now, batch);
            changeLog.record("kpi_result", key, Optional.empty(), values(stored), user, now, batch);
            counter.resultsAdded++;
            return true;
        }
        if (values(existing.get().value()).equals(values(stored))) return false;
        if (!records.updateResult(existing.get().id(), existing.get().version(), stored, value, user, now, batch)) {
            throw new IllegalStateException("実績 " + key + " は取り込み中に他の人が変更しました。もう一度取り込んでください");
        }
        changeLog.record("kpi_result", key, Optional.of(values(existing.get().value())), values(stored), user, now, batch);
        counter.resultsChanged++;
        return true;
    }

    public static String resultKey(StoredResult r) {
        return ResultAudit.key(r);
    }

    private static Map<String, String> values(StoredResult r) {
        return ResultAudit.values(r);
    }

    private static Map<String, String> values(StoredTarget t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("target", t.text());
        m.put("note", t.note().orElse(""));
        m.put("source", t.source().orElse(""));
        m.put("synthetic", Boolean.toString(t.synthetic()));
        return m;
    }
}
