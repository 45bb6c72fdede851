package jp.kenpokpi.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Makes the text of our PDFs the text we wrote. PDFBox (3.0.3, {@code PDCIDFontType2Embedder.buildToUnicodeCMap})
 * writes a subset font's /ToUnicode map from the lowest code point the font maps to a glyph, and IPAex Gothic draws
 * about 260 glyphs for several code points: 木 (U+6728) shares its glyph with the Kangxi radical ⽊ (U+2F4A), so the
 * page shows 栃木 and a copy, search or screen reader gets 栃⽊; likewise 　 (U+3000) comes out as an em space and —
 * (U+2014) as a combining stroke. The font file stays as IPA distributes it (its licence); the map is rewritten
 * instead. PDFBox keeps the original glyph ids as the subset font's CIDs, so a CID of the map is a glyph of the
 * shipped font: for a glyph of several code points the map gets the one the document wrote, or, when it wrote none or
 * several of them, the first that is an ordinary character (not a radical, compatibility ideograph, combining mark or
 * invisible format character).
 */
final class PdfTextRepair {

    private final String fontName;
    private final int glyphCount;
    /** Glyph id → its code points in the font's cmap (ascending), for the glyphs with more than one. */
    private final Map<Integer, List<Integer>> sharedGlyphs;

    private PdfTextRepair(String fontName, int glyphCount, Map<Integer, List<Integer>> sharedGlyphs) {
        this.fontName = fontName;
        this.glyphCount = glyphCount;
        this.sharedGlyphs = sharedGlyphs;
    }

    /** Reads the font's own cmap once: which glyphs stand for more than one code point. */
    static PdfTextRepair forFont(InputStream font) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            Map<Integer, List<Integer>> shared = new HashMap<>();
            int glyphs = ttf.getNumberOfGlyphs();
            for (int gid = 0; gid < glyphs; gid++) {
                List<Integer> codes = cmap.getCharCodes(gid);
                if (codes != null && codes.size() > 1) shared.put(gid, List.copyOf(codes));
            }
            return new PdfTextRepair(ttf.getName(), glyphs, Map.copyOf(shared));
        } catch (IOException e) {
            throw new UncheckedIOException("フォントを読み込めません", e);
        }
    }

    /**
     * The PDF with the /ToUnicode map of each embedded subset of our font rewritten for the code points of
     * {@code writtenText} (the document that was rendered); the PDF as it was when nothing needs changing.
     */
    byte[] repair(byte[] pdf, String writtenText) {
        Set<Integer> written = writtenText.codePoints().boxed().collect(Collectors.toSet());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean changed = false;
            for (COSObject object : document.getDocument().getObjectsByType(COSName.FONT)) {
                if (object.getObject() instanceof COSDictionary font && isOurs(font)) {
                    changed |= repairFont(document, font, written);
                }
            }
            if (!changed) return pdf;
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDFを作成できません", e);
        }
    }

    private boolean isOurs(COSDictionary font) {
        String baseFont = font.getNameAsString(COSName.BASE_FONT);
        return COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))
                && baseFont != null
                && baseFont.substring(baseFont.indexOf('+') + 1).equals(fontName)
                && font.getCOSStream(COSName.TO_UNICODE) != null;
    }

    private boolean repairFont(PDDocument document, COSDictionary font, Set<Integer> written) throws IOException {
        COSStream toUnicode = font.getCOSStream(COSName.TO_UNICODE);
        CMap map;
        try (InputStream in = toUnicode.createInputStream()) {
            map = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        TreeMap<Integer, String> mapping = new TreeMap<>();
        boolean changed = false;
        for (int cid = 0; cid < glyphCount; cid++) {
            String text = map.toUnicode(cid, 2);
            if (text == null) continue;
            List<Integer> codes = sharedGlyphs.get(cid);
            if (codes != null) {
                String chosen = Character.toString(choose(codes, written));
                changed |= !chosen.equals(text);
                text = chosen;
            }
            mapping.put(cid, text);
        }
        if (!changed) return false;
        COSStream repaired = document.getDocument().createCOSStream();
        try (OutputStream out = repaired.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmapText(mapping).getBytes(StandardCharsets.US_ASCII));
        }
        font.setItem(COSName.TO_UNICODE, repaired);
        return true;
    }

    /** The code point the document wrote; else the first ordinary one of those it wrote, or of all. */
    static int choose(List<Integer> codes, Set<Integer> written) {
        List<Integer> used = new ArrayList<>(codes);
        used.retainAll(written);
        List<Integer> candidates = used.isEmpty() ? codes : used;
        return candidates.stream().filter(PdfTextRepair::ordinary).findFirst().orElse(candidates.get(0));
    }

    private static boolean ordinary(int codePoint) {
        if (codePoint >= 0x2E80 && codePoint <= 0x2FDF) return false; // CJK radicals supplement, Kangxi radicals
        if (codePoint >= 0xF900 && codePoint <= 0xFAFF) return false; // CJK compatibility ideographs
        if (codePoint >= 0x2F800 && codePoint <= 0x2FA1F) return false; // ... supplement
        int type = Character.getType(codePoint);
        return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.FORMAT;
    }

    /** A ToUnicode CMap of two-byte codes (Identity-H), one bfchar line per code, at most 100 to a block. */
    private static String cmapText(TreeMap<Integer, String> mapping) {
        HexFormat hex = HexFormat.of().withUpperCase();
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(mapping.entrySet());
        for (int start = 0; start < entries.size(); start += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(start, Math.min(start + 100, entries.size()));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                cmap.append('<')
                        .append(hex.toHexDigits((short) e.getKey().intValue()))
                        .append("> <")
                        .append(hex.formatHex(e.getValue().getBytes(StandardCharsets.UTF_16BE)))
                        .append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        return cmap.append("""
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """).toString();
    }
}
