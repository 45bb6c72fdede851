package jp.kenpokpi.app.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.report.ReportCell;
import jp.kenpokpi.report.ReportTable;
import jp.kenpokpi.report.ReportTable.Column;
import jp.kenpokpi.report.ReportTable.HeaderCell;
import jp.kenpokpi.value.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints one small PDF on a background thread once the web application is up. The first PDF of a JVM pays for
 * loading openhtmltopdf and PDFBox, PDFBox's scan of the system fonts (its font cache) and reading the 6 MB Japanese
 * font: seconds, which a user would otherwise wait on the first download after a start. Command-line runs have no
 * web application and print at most one report, so they skip it; {@code kenpo.pdf.warm-up=false} turns it off.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "kenpo.pdf.warm-up", havingValue = "true", matchIfMissing = true)
class PdfWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(PdfWarmUp.class);

    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile int pdfBytes;

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread thread = new Thread(this::warmUp, "pdf-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    void warmUp() {
        long start = System.nanoTime();
        try {
            pdfBytes = ReportPdf.render(sample()).length;
            LOG.info(
                    "PDF の準備ができました（{} ms）",
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
        } catch (RuntimeException e) {
            // Not fatal: the first real PDF then pays the start-up cost itself, or reports the problem to its user.
            LOG.warn("PDF の事前準備に失敗しました", e);
        } finally {
            finished.countDown();
        }
    }

    /** The size of the PDF printed, once it is; 0 while it is not (or when it failed). */
    int awaitPdfBytes(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? pdfBytes : 0;
    }

    /** Japanese text, a number and a mark: every part of a report's way through the renderer. */
    private static ReportTable sample() {
        return new ReportTable(
                "準備",
                List.of(new Column("kpi", 20), new Column("actual", 8), new Column("mark", 4)),
                List.of(List.of(HeaderCell.of("KPI"), HeaderCell.of("実績値"), HeaderCell.of("実施状況"))),
                List.of(new ReportTable.Group(
                        "１．栃木支部",
                        List.of(List.of(
                                new ReportCell.Text("健診実施率", false),
                                new ReportCell.Number(new BigDecimal("72.2"), Unit.PERCENT, 1, false),
                                new ReportCell.MarkCell(Mark.EXCEEDED))))),
                List.of("◎計画を上回る実施状況"));
    }
}
