package jp.kenpokpi.audit;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row's 出典 as a reader wants it: the report's title instead of the transcription's file name, without the line
 * numbers of the transcription (those stay in the stored source and the export, for whoever checks a value).
 */
public final class SourceText {

    /** The transcribed reports the sample data comes from, by file name. */
    private static final Map<String, String> DOCUMENTS = Map.of(
            "tochigi-fy2023-implementation-status.txt", "栃木支部 令和5年度 事業計画の実施状況",
            "akita-fy2025-business-plan.txt", "秋田支部 令和7年度 事業計画",
            "hq-fy2021-first-half-status.txt", "本部 令和3年度 上期の実施状況");

    /** A file reference, with its line numbers: akita-fy2025-business-plan.txt l.431-490. */
    private static final Pattern FILE = Pattern.compile("([A-Za-z0-9_.-]+\\.txt)(\\s*l\\.[0-9]+(?:-[0-9]+)?)?");
    /** A line reference of the transcription standing on its own: l.842, l.782-789. */
    private static final Pattern LINES = Pattern.compile("(?<![A-Za-z])\\s*l\\.[0-9]+(?:-[0-9]+)?,?");
    /** A bracket left holding nothing but spaces once its file reference is gone. */
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\s*[（(]\\s*[）)]");

    private SourceText() {}

    public static String readableJa(String source) {
        if (source == null || source.isBlank()) return "";
        Matcher m = FILE.matcher(source);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String title = DOCUMENTS.get(m.group(1));
            // A report already named before the bracket (秋田支部 令和7年度事業計画（akita-…txt l.1-2）) needs no title again.
            boolean named = title != null && inBrackets(source, m.start(), m.end());
            m.appendReplacement(sb, Matcher.quoteReplacement(named ? "" : title != null ? title : m.group(1)));
        }
        m.appendTail(sb);
        // The transcriptions keep the report's full-width digits (令和５年度, 東北６県); the pages write 6 as 6.
        return EMPTY_BRACKETS
                .matcher(LINES.matcher(halfWidthDigits(sb.toString())).replaceAll(""))
                .replaceAll("")
                .replaceAll("\\s{2,}", " ")
                .strip();
    }

    /** ５ → 5 only: the report's full-width brackets and letters stay as printed. */
    private static String halfWidthDigits(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.appendCodePoint(c >= '０' && c <= '９' ? c - '０' + '0' : c));
        return sb.toString();
    }

    private static boolean inBrackets(String s, int start, int end) {
        String before = s.substring(0, start).stripTrailing();
        String after = s.substring(end).stripLeading();
        return (before.endsWith("（") || before.endsWith("("))
                && (after.startsWith("）") || after.startsWith(")"))
                && before.length() > 1;
    }
}
