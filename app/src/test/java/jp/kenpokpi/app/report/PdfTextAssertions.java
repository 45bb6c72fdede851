package jp.kenpokpi.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What every PDF of ours must give back as text: no radical in place of a kanji, the words whole. */
final class PdfTextAssertions {

    private PdfTextAssertions() {}

    /** CJK radicals supplement and Kangxi radicals: glyphs IPAex Gothic shares with common kanji. */
    static boolean isRadical(int codePoint) {
        return codePoint >= 0x2E80 && codePoint <= 0x2FDF;
    }

    /** The PDF's text (PDFBox's text stripper, as a search or a copy sees it), checked for radicals and the words. */
    static String assertTextIsAsWritten(String name, byte[] pdf, String... words) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.codePoints()
                            .filter(PdfTextAssertions::isRadical)
                            .mapToObj(Character::toString)
                            .distinct()
                            .toList())
                    .as("radicals in the text of %s", name)
                    .isEmpty();
            assertThat(text).as("text of %s", name).contains(words);
            return text;
        }
    }
}
