package jp.kenpokpi.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** The web application prints a PDF in the background after start; the command line does not. */
class PdfWarmUpTest {

    @Test
    void theWebApplicationPrintsAPdfOnABackgroundThread() {
        new WebApplicationContextRunner().withUserConfiguration(PdfWarmUp.class).run(context -> {
            PdfWarmUp warmUp = context.getBean(PdfWarmUp.class);
            warmUp.start();
            assertThat(warmUp.awaitPdfBytes(Duration.ofMinutes(2))).isGreaterThan(1000);
        });
    }

    @Test
    void theCommandLineAndASwitchedOffServerDoNot() {
        new ApplicationContextRunner()
                .withUserConfiguration(PdfWarmUp.class)
                .run(context -> assertThat(context).doesNotHaveBean(PdfWarmUp.class));
        new WebApplicationContextRunner()
                .withUserConfiguration(PdfWarmUp.class)
                .withPropertyValues("kenpo.pdf.warm-up=false")
                .run(context -> assertThat(context).doesNotHaveBean(PdfWarmUp.class));
    }
}
