import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import jp.kenpokpi.app.KenpoKpiApplication;
import jp.kenpokpi.app.report.CouncilBooks;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.app.system.DatabaseLocation;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.ReportBook;

/**
 * Times the report books in one JVM, after warm-up: building the book (the reports' tables, from the data the
 * services keep) and rendering it, separately and together. Run by bench/report-book.sh.
 *   java -cp CLASSPATH bench/ReportBookBench.java DB_PATH RUNS OUT_DIR
 */
public class ReportBookBench {

    public static void main(String[] args) throws Exception {
        String db = args[0];
        int runs = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KenpoKpiApplication.class)
                .web(WebApplicationType.NONE).profiles("cli").logStartupInfo(false)
                .run("--kenpo.db=" + DatabaseLocation.of(db).h2Path())) {
            CouncilBooks books = context.getBean(CouncilBooks.class);
            Organisation tochigi = Organisations.all().find("09").orElseThrow();
            FiscalYear fy = FiscalYear.of(2023);
            Supplier<ReportBook> branch = () -> books.branchBook(tochigi, fy);
            Supplier<ReportBook> association = () -> books.associationBook(fy);

            // Warm-up: the JIT, the font's first load, the services' data caches.
            for (int i = 0; i < 3; i++) {
                Format.XLSX.render(branch.get());
                Format.PDF.render(branch.get());
            }
            Format.PDF.render(association.get());
            Format.XLSX.render(association.get());

            System.out.printf("machine: %d cores, %s %s; %d runs each after warm-up%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), runs);
            time("branch book (Tochigi FY2023) xlsx", runs, branch, Format.XLSX, out.resolve("report-book-09-2023.xlsx"));
            time("branch book (Tochigi FY2023) pdf", runs, branch, Format.PDF, out.resolve("report-book-09-2023.pdf"));
            time("47-branch book pdf", runs, association, Format.PDF, out.resolve("report-book-all-2023.pdf"));
            time("47-branch book xlsx", runs, association, Format.XLSX, out.resolve("report-book-all-2023.xlsx"));
        }
    }

    /** Each run builds the book and renders it; the two parts are timed apart and together. */
    private static void time(String name, int runs, Supplier<ReportBook> book, Format format, Path file) throws Exception {
        long[] build = new long[runs], render = new long[runs], total = new long[runs];
        byte[] bytes = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            ReportBook b = book.get();
            long t1 = System.nanoTime();
            bytes = format.render(b);
            long t2 = System.nanoTime();
            build[i] = t1 - t0;
            render[i] = t2 - t1;
            total[i] = t2 - t0;
        }
        Files.write(file, bytes);
        System.out.printf(Locale.ROOT, "%-36s total %s | build %s | render %s | %,d bytes%n", name, stats(total),
                stats(build), stats(render), bytes.length);
    }

    /** median, min, max, p90 in milliseconds */
    private static String stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int n = s.length;
        return String.format(Locale.ROOT, "median %6.0f min %6.0f max %6.0f p90 %6.0f ms", s[n / 2] / 1e6, s[0] / 1e6,
                s[n - 1] / 1e6, s[Math.min(n - 1, (int) Math.ceil(n * 0.9) - 1)] / 1e6);
    }
}
