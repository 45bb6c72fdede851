package jp.kenpokpi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading parts of a page's HTML in the whole-application tests: the part a pattern finds, which the page must have,
 * or what every match holds. Patterns match across lines (a row, a cell, a select spans several).
 */
public final class PageHtml {

    private PageHtml() {}

    /** The first part of the HTML the pattern finds; the page must have it ({@code what} names it if not). */
    public static String find(String html, String regex, String what) {
        return matched(html, regex, what).group();
    }

    /** The first group of the first match; the page must have it. */
    public static String group(String html, String regex, String what) {
        return matched(html, regex, what).group(1);
    }

    /** The first group of every match, in the page's order. */
    public static List<String> every(String html, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    private static Matcher matched(String html, String regex, String what) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(what).isTrue();
        return m;
    }
}
