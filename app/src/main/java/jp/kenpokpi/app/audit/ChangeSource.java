package jp.kenpokpi.app.audit;

import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a change came from: typed into a form, read from an import file (which file, which line), sent through the
 * API, or loaded as sample data. An import's changes also name their batch (import_batch), which lists its files.
 */
public record ChangeSource(Kind kind, Optional<Long> batchId, Optional<String> file, Optional<Integer> line) {

    /** Who the sample data's changes are recorded as (sampledata/SampleDataLoader); ReadableNames shows サンプルデータ. */
    public static final String SAMPLE_DATA_USER = "sample-data";

    /** The kind of the import batch a computation from records stores its results as (compute/RecordsCompute). */
    public static final String COMPUTE_BATCH = "compute";

    /** Who a change the application makes by its own rule is recorded as (a lock-out); ReadableNames shows システム. */
    public static final String SYSTEM_USER = "system";

    public enum Kind {
        FORM("画面"),
        IMPORT("取込"),
        API("API"),
        /** A sign-in's consequence: an account locked after repeated failures, a stored hash re-encoded. */
        SIGN_IN("ログイン"),
        SAMPLE_DATA("サンプルデータ"),
        /** An account created or updated from the organisation's directory at its user's sign-in (directory/). */
        DIRECTORY("ディレクトリ"),
        /** An earlier change or import undone (「この変更を取り消す」): the file names what was undone. */
        UNDO("取消"),
        /** Results computed from member-level records (compute/RecordsCompute), stored as an import batch. */
        COMPUTE("記録から算出");

        private final String labelJa;

        Kind(String labelJa) {
            this.labelJa = labelJa;
        }

        public String labelJa() {
            return labelJa;
        }
    }

    /** A sign-in's consequence (an account locked out). */
    public static ChangeSource signIn() {
        return new ChangeSource(Kind.SIGN_IN, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A change a person made: on a page's form (result entry, plan edit, year lock), or through the API when the
     * request is one of the API's (/api/…). Every service that records a typed change asks here, so a change sent
     * through the API is recorded as the API's, by the token's user, without a second path through the services.
     */
    public static ChangeSource form() {
        return new ChangeSource(
                throughApi() ? Kind.API : Kind.FORM, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether the current request, if any, is one of the API's. */
    static boolean throughApi() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes
                        .getRequest()
                        .getRequestURI()
                        .startsWith(attributes.getRequest().getContextPath() + API_PATH);
    }

    /** The API's addresses begin so (api/). */
    public static final String API_PATH = "/api/";

    /** A change the sample data made outside an import batch (its 提出・承認 history). */
    /** A change typed by this user: the sample data's when the sample-data user makes it (loading), a form's otherwise. */
    public static ChangeSource typedBy(String username) {
        return username.equals(SAMPLE_DATA_USER) ? sampleData() : form();
    }

    /** An account written from the directory's entry of the user signing in. */
    public static ChangeSource directory() {
        return new ChangeSource(Kind.DIRECTORY, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static ChangeSource sampleData() {
        return new ChangeSource(Kind.SAMPLE_DATA, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A change an import batch made.
     *
     * @param batchKind the batch's kind as ImportBatches records it: "import", "sample-data" or "compute"
     */
    public static ChangeSource batch(String batchKind, long batchId, Optional<String> file, Optional<Integer> line) {
        Kind kind = kindOfBatch(batchKind);
        return new ChangeSource(
                kind == Kind.IMPORT && throughApi() ? Kind.API : kind, Optional.of(batchId), file, line);
    }

    /** The source an import batch of this kind stands for: サンプルデータ, 記録から算出, or 取込. */
    public static Kind kindOfBatch(String batchKind) {
        return batchKind.equals("sample-data")
                ? Kind.SAMPLE_DATA
                : batchKind.equals(COMPUTE_BATCH) ? Kind.COMPUTE : Kind.IMPORT;
    }

    /**
     * A change a batch made from the one file it read, or from one of its files when the model it wrote keeps no
     * file per row (a budget, a plan): the batch then lists them.
     */
    public static ChangeSource batch(String batchKind, long batchId, java.util.List<String> files) {
        return batch(
                batchKind, batchId, files.size() == 1 ? Optional.of(files.get(0)) : Optional.empty(), Optional.empty());
    }

    /** The change that undoes the entry or batch named ({@link #undoneEntry}, {@link #undoneBatch}). */
    public static ChangeSource undo(String undone) {
        return new ChangeSource(Kind.UNDO, Optional.empty(), Optional.of(undone), Optional.empty());
    }

    /** How an undo names the log entry it undid: 変更#123. */
    public static String undoneEntry(long entryId) {
        return "変更#" + entryId;
    }

    /** How an undo names the import it undid: 取込#45. */
    public static String undoneBatch(long batchId) {
        return "取込#" + batchId;
    }

    /** tochigi.csv 12行目, tochigi.csv, or nothing. */
    public String placeJa() {
        return file.map(f -> f + line.map(l -> " " + l + "行目").orElse("")).orElse("");
    }
}
