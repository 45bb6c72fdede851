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
 * The imports applied on the web (and the computations from records, compute/ComputeController), each run in the
 * background so that one taking longer than a moment can show how far it has got (the progress page polls
 * {@link Job#status()}). A job is its user's: only they find it. A finished job is kept until its page shows the
 * outcome once, or for {@link #KEEP_FINISHED} when nobody comes back for it. Not a Spring component: each page that
 * runs work this way holds its own (the command line runs in its own thread).
 *
 * @param <T> what a job comes to: the import page's {@link Outcome}, the compute page's own
 */
public final class ImportJobs<T> implements AutoCloseable {

    /** The stages of an import as the page lists them, in order (interchange/ImportProgress). */
    public static final List<String> STAGES = List.of("読み込み", "検査", "保存", "記録", "再評価");

    /** How long an outcome nobody came back for is kept (with it, the files it held are let go). */
    static final Duration KEEP_FINISHED = Duration.ofMinutes(30);

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    /** Two at once: the claims keep two imports of one branch-year apart; the machine stays usable for pages. */
    private final ExecutorService executor;

    private final Map<String, Job<T>> jobs = new ConcurrentHashMap<>();

    /** What a job that threw comes to (a RuntimeException of the work, logged). */
    private final Function<RuntimeException, T> failed;

    /** The import page's: an exception is the import's refusal ({@link #refusal(RuntimeException)}). */
    static ImportJobs<Outcome> forImports() {
        return new ImportJobs<>("import", ImportJobs::refusal);
    }

    /**
     * @param threadName the name of the jobs' threads (import-1, compute-1)
     * @param failed what a job that threw comes to
     */
    public ImportJobs(String threadName, Function<RuntimeException, T> failed) {
        this.failed = failed;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, threadName + "-" + count.incrementAndGet());
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

    /**
     * Where a job is, as the progress page and its script read it.
     *
     * @param detailJa what the stage is on (健診 209行, a KPI's name), or empty
     */
    public record Status(
            String id,
            boolean finished,
            String stageJa,
            int stage,
            List<String> stages,
            long done,
            long total,
            int percent,
            String detailJa,
            String textJa) {}

    /** One job under way or finished, and whose it is. */
    public static final class Job<T> implements ImportProgress {
        private final String id = UUID.randomUUID().toString();
        private final String owner;
        private final String kind;
        private final List<String> stages;
        private final CompletableFuture<T> outcome = new CompletableFuture<>();
        private volatile Reached reached;
        private volatile Instant finishedAt;

        private Job(String owner, String kind, List<String> stages) {
            this.owner = owner;
            this.kind = kind;
            this.stages = List.copyOf(stages);
            this.reached = new Reached(stages.get(0), 0, 0, "");
        }

        /** One snapshot, so that a reader never sees a stage with the counts of another. */
        private record Reached(String stageJa, long done, long total, String detailJa) {}

        @Override
        public void reached(String stageJa, long done, long total) {
            reached = new Reached(stageJa, done, total, "");
        }

        @Override
        public void reached(String stageJa, long done, long total, String detailJa) {
            reached = new Reached(stageJa, done, total, detailJa == null ? "" : detailJa);
        }

        public String id() {
            return id;
        }

        /** The kind of work (kpi, plan, budget; preview, apply): the page shown with a refusal keeps it chosen. */
        public String kind() {
            return kind;
        }

        /** The outcome, waiting for it at most this long; empty while the job still runs. */
        public Optional<T> await(Duration wait) {
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

        public Status status() {
            Reached now = reached;
            boolean finished = outcome.isDone();
            int stage = Math.max(0, stages.indexOf(now.stageJa()));
            int percent = now.total() <= 0 ? 0 : (int) Math.min(100, now.done() * 100 / now.total());
            String text = finished
                    ? "終わりました"
                    : now.stageJa() + (now.total() > 0 ? " " + now.done() + " / " + now.total() : "")
                            + (now.detailJa().isEmpty() ? "" : "：" + now.detailJa()) + "（" + (stage + 1) + "/"
                            + stages.size() + "段階）";
            return new Status(
                    id,
                    finished,
                    now.stageJa(),
                    stage,
                    stages,
                    now.done(),
                    now.total(),
                    finished ? 100 : percent,
                    now.detailJa(),
                    text);
        }
    }

    /**
     * Starts an import of the user's in the background, in the import's stages.
     *
     * @param work the import, telling its progress; an ImportRejectedException it throws is its refusal
     */
    Job<T> start(String owner, String kind, Function<ImportProgress, T> work) {
        return start(owner, kind, STAGES, work);
    }

    /**
     * Starts work of the user's in the background.
     *
     * @param stages the stages the work tells, in order, as the progress page lists them
     * @param work the work, telling its progress; what it throws comes to the jobs' {@code failed}
     */
    public Job<T> start(String owner, String kind, List<String> stages, Function<ImportProgress, T> work) {
        forgetOldOutcomes();
        Job<T> job = new Job<>(owner, kind, stages);
        jobs.put(job.id, job);
        executor.execute(() -> {
            job.outcome.complete(run(job, work));
            job.finishedAt = Instant.now();
        });
        return job;
    }

    private T run(Job<T> job, Function<ImportProgress, T> work) {
        try {
            return work.apply(job);
        } catch (RuntimeException e) {
            LOG.error("job {} failed", job.id, e);
            return failed.apply(e);
        }
    }

    /** An import's exception as its refusal: nothing was imported, and why. */
    static Outcome refusal(RuntimeException thrown) {
        try {
            throw thrown;
        } catch (ImportClaimedException e) {
            return new Outcome.Refused(e.problems(), Optional.of(e.getMessage()));
        } catch (ImportRejectedException e) {
            return new Outcome.Refused(e.problems(), Optional.empty());
        } catch (RuntimeException e) {
            // Nothing half-saved (the import is one transaction): say so, in Japanese where the cause is.
            String why = japanese(e).orElse("取り込みの途中で誤りが起きました。もう一度取り込んでください");
            return new Outcome.Refused(
                    List.of(ImportProblem.inFile("（すべてのファイル）", 1, why + "（何も取り込んでいません）")), Optional.empty());
        }
    }

    /** An exception's message when it is written in Japanese (for the user), else empty (a programming error's). */
    public static Optional<String> japanese(RuntimeException e) {
        return Optional.ofNullable(e.getMessage()).filter(m -> m.matches("(?s).*[\\u3040-\\u30ff\\u4e00-\\u9fff].*"));
    }

    /** The user's job of this id: nobody else's progress or outcome is theirs to read. */
    public Optional<Job<T>> find(String id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(owner));
    }

    /** The outcome has been shown: the job and the files it held go. */
    public void forget(Job<T> job) {
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
