package jp.kenpokpi.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A page kept as the parts between the places where a per-request text (the CSRF token) goes, as UTF-8 and also
 * compressed, so that a browser asking for gzip gets the page without compressing it again on every request (the
 * 47-branch comparison is 585 KB of HTML).
 *
 * <p>How the compressed form is joined: each part is deflated on its own and ends with a sync flush, which leaves
 * the stream at a byte boundary and refers to nothing after it; the per-request text goes between them as a stored
 * (uncompressed) deflate block; the last part ends the stream. The gzip header and trailer (CRC-32 and length of
 * the whole text) wrap them, as RFC 1951 and 1952 allow (pigz joins blocks the same way).
 */
final class PageParts {

    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private static final int STORED_BLOCK_HEADER = 5;

    private final List<byte[]> plain;
    private final List<byte[]> deflated;
    private final int plainBytes;
    private final int deflatedBytes;

    private PageParts(List<byte[]> plain) {
        this.plain = plain;
        this.deflated = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) deflated.add(deflate(plain.get(i), i == plain.size() - 1));
        this.plainBytes = plain.stream().mapToInt(p -> p.length).sum();
        this.deflatedBytes = deflated.stream().mapToInt(d -> d.length).sum();
    }

    /** The text cut at every {@code placeholder}. */
    static PageParts of(String text, String placeholder) {
        List<byte[]> parts = new ArrayList<>();
        for (String part : text.split(Pattern.quote(placeholder), -1)) parts.add(part.getBytes(StandardCharsets.UTF_8));
        return new PageParts(parts);
    }

    /** How many places take the per-request text. */
    int gaps() {
        return plain.size() - 1;
    }

    /** What the page keeps in memory. */
    int keptBytes() {
        return plainBytes + deflatedBytes;
    }

    int plainLength(byte[] between) {
        return plainBytes + between.length * gaps();
    }

    void writePlain(OutputStream out, byte[] between) throws IOException {
        for (int i = 0; i < plain.size(); i++) {
            if (i > 0) out.write(between);
            out.write(plain.get(i));
        }
    }

    /** The length of {@link #writeGzip}'s output. */
    int gzipLength(byte[] between) {
        return GZIP_HEADER.length + deflatedBytes + (STORED_BLOCK_HEADER + between.length) * gaps() + 8;
    }

    /** The page as one gzip member, {@code between} in every gap. */
    void writeGzip(OutputStream out, byte[] between) throws IOException {
        CRC32 crc = new CRC32();
        out.write(GZIP_HEADER);
        for (int i = 0; i < plain.size(); i++) {
            if (i > 0) {
                out.write(storedBlockHeader(between.length));
                out.write(between);
                crc.update(between);
            }
            out.write(deflated.get(i));
            crc.update(plain.get(i));
        }
        out.write(littleEndian((int) crc.getValue()));
        out.write(littleEndian(plainLength(between)));
    }

    private static byte[] deflate(byte[] input, boolean last) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(input);
            if (last) deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (true) {
                int n = last
                        ? deflater.deflate(buffer)
                        : deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length) break;
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** A non-final stored block's header (RFC 1951, 3.2.4): the stream is at a byte boundary after a sync flush. */
    private static byte[] storedBlockHeader(int length) {
        if (length > 0xffff) throw new IllegalArgumentException("too long for one stored block");
        // BFINAL 0 and BTYPE 00 (stored) in the first byte's low bits, padding to the byte boundary; LEN, NLEN.
        return new byte[] {0, (byte) length, (byte) (length >>> 8), (byte) ~length, (byte) (~length >>> 8)};
    }

    private static byte[] littleEndian(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }
}
