package jp.kenpokpi.app.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import jp.kenpokpi.app.interchange.ImportClaimedException;
import jp.kenpokpi.app.interchange.ImportProgress;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import jp.kenpokpi.interchange.ImportProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The imports applied on the web, each run in the background so that one taking longer than a moment can show how
 * far it has got (the progress page polls {@link Job#status()}). A job is its user's: only they find it. A finished
 * job is kept until its page shows the outcome once, or for {@link #KEEP_FINISHED} when nobody comes back for it.
 * Not a Spring component: only the import page runs imports this way (the command line imports in its own thread).
 */
final class ImportJobs implements AutoCloseable {

    /** The stages of an import as the page lists them, in order (interchange/ImportProgress). */
    static final List<String> STAGES = List.of("読み込み", "検査", "保存", "記録", "再評価");

    /** How long an outcome nobody came back for is kept (with it, the files it held are let go). */
    static final Duration KEEP_FINISHED = Duration.ofMinutes(30);

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    /** Two at once: the claims keep two imports of one branch-year apart; the machine stays usable for pages. */
    private final ExecutorService executor;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    ImportJobs() {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What an import came to: its summary, or why nothing was imported. */
    sealed interface Outcome {
        /** Imported: the sentence the import page shows (「12行を取り込みました（…）」). */
        record Imported(String summaryJa) implements Outcome {}

        /** Nothing imported: the problems by file, row and column, or another import of the branch-year running. */
        record Refused(List<ImportProblem> problems, Optional<String> busyJa) implements Outcome {}
    }

    /** Where a job is, as the progress page and its script read it. */
    record Status(
            String id,
            boolean finished,
            String stageJa,
            int stage,
            List<String> stages,
            long done,
            long total,
            int percent,
            String textJa) {}

    /** One import under way or finished, and whose it is. */
    static final class Job implements ImportProgress {
        private final String id = UUID.randomUUID().toString();
        private final String owner;
        private final String kind;
        private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        private volatile Reached reached = new Reached(STAGES.get(0), 0, 0);
        private volatile Instant finishedAt;

        private Job(String owner, String kind) {
            this.owner = owner;
            this.kind = kind;
        }

        /** One snapshot, so that a reader never sees a stage with the counts of another. */
        private record Reached(String stageJa, long done, long total) {}

        @Override
        public void reached(String stageJa, long done, long total) {
            reached = new Reached(stageJa, done, total);
        }

        String id() {
            return id;
        }

        /** The kind of files imported (kpi, plan, budget): the import page shown with a refusal keeps it chosen. */
        String kind() {
            return kind;
        }

        /** The outcome, waiting for it at most this long; empty while the import still runs. */
        Optional<Outcome> await(Duration wait) {
            try {
                return Optional.of(outcome.get(wait.toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        Status status() {
            Reached now = reached;
            boolean finished = outcome.isDone();
            int stage = Math.max(0, STAGES.indexOf(now.stageJa()));
            int percent = now.total() <= 0 ? 0 : (int) Math.min(100, now.done() * 100 / now.total());
            String text = finished
                    ? "終わりました"
                    : now.stageJa() + (now.total() > 0 ? " " + now.done() + " / " + now.total() : "") + "（"
                            + (stage + 1) + "/" + STAGES.size() + "段階）";
            return new Status(
                    id,
                    finished,
                    now.stageJa(),
                    stage,
                    STAGES,
                    now.done(),
                    now.total(),
                    finished ? 100 : percent,
                    text);
        }
    }

    /**
     * Starts an import of the user's in the background.
     *
     * @param work the import, telling its progress; an ImportRejectedException it throws is its refusal
     */
    Job start(String owner, String kind, Function<ImportProgress, Outcome> work) {
        forgetOldOutcomes();
        Job job = new Job(owner, kind);
        jobs.put(job.id, job);
        executor.execute(() -> {
            job.outcome.complete(run(job, work));
            job.finishedAt = Instant.now();
        });
        return job;
    }

    private static Outcome run(Job job, Function<ImportProgress, Outcome> work) {
        try {
            return work.apply(job);
        } catch (ImportClaimedException e) {
            return new Outcome.Refused(e.problems(), Optional.of(e.getMessage()));
        } catch (ImportRejectedException e) {
            return new Outcome.Refused(e.problems(), Optional.empty());
        } catch (RuntimeException e) {
            // Nothing half-saved (the import is one transaction): say so, in Japanese where the cause is.
            LOG.error("import {} failed", job.id, e);
            String why = e.getMessage() != null && e.getMessage().matches("(?s).*[\\u3040-\\u30ff\\u4e00-\\u9fff].*")
                    ? e.getMessage()
                    : "取り込みの途中で誤りが起きました。もう一度取り込んでください";
            return new Outcome.Refused(
                    List.of(ImportProblem.inFile("（すべてのファイル）", 1, why + "（何も取り込んでいません）")), Optional.empty());
        }
    }

    /** The user's job of this id: nobody else's progress or outcome is theirs to read. */
    Optional<Job> find(String id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(owner));
    }

    /** The outcome has been shown: the job and the files it held go. */
    void forget(Job job) {
        jobs.remove(job.id);
    }

    private void forgetOldOutcomes() {
        Instant before = Instant.now().minus(KEEP_FINISHED);
        jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(before));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
