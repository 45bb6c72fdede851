package jp.kenpokpi.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagePartsTest {

    private static final String GAP = "@@token@@";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p>栃木支部</p>@@token@@<form>@@token@@</form>",
                "@@token@@ at the start and at the end @@token@@",
                "no gap at all",
                "@@token@@@@token@@",
                ""
            })
    void theGzipFormUnpacksToThePageWithTheTokenInEveryGap(String page) throws IOException {
        PageParts parts = PageParts.of(page, GAP);
        byte[] token = "a-fresh-csrf-token".getBytes(StandardCharsets.UTF_8);

        byte[] gzip = gzip(parts, token);

        assertThat(gzip).hasSize(parts.gzipLength(token));
        assertThat(gunzip(gzip)).isEqualTo(page.replace(GAP, "a-fresh-csrf-token"));
        assertThat(plain(parts, token)).isEqualTo(page.replace(GAP, "a-fresh-csrf-token"));
    }

    @Test
    void aLargePageIsKeptCompressedAndUnpacksWithEachRequestsOwnToken() throws IOException {
        StringBuilder page = new StringBuilder("<meta content=\"" + GAP + "\">");
        Random random = new Random(1);
        for (int i = 0; i < 20_000; i++)
            page.append("<td class=\"v\">").append(random.nextInt(1000)).append("%</td>");
        page.append("<input value=\"").append(GAP).append("\">");
        PageParts parts = PageParts.of(page.toString(), GAP);

        for (String token : new String[] {"first", "second-and-longer"}) {
            byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
            byte[] gzip = gzip(parts, bytes);
            assertThat(gunzip(gzip)).isEqualTo(page.toString().replace(GAP, token));
            assertThat(gzip.length).isLessThan(parts.plainLength(bytes) / 4);
        }
    }

    private static byte[] gzip(PageParts parts, byte[] token) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.writeGzip(out, token);
        return out.toByteArray();
    }

    private static String plain(PageParts parts, byte[] token) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.writePlain(out, token);
        assertThat(out.size()).isEqualTo(parts.plainLength(token));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
