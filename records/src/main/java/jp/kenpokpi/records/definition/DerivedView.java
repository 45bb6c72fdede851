package jp.kenpokpi.records.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A view over the records that several definitions read (docs/RECORDS.md, "Common rules"): who is enrolled at the
 * period's end, who is a check-up target, who was examined, who was selected for health guidance. Each is one SQL
 * file in {@code record-views/}, with the same parameters as the definitions, so a rule is written once and every
 * engine runs the same text.
 *
 * <p>A definition version must keep its meaning once figures have been published under it: a changed rule is a new
 * view with a new name, never an edit of one an earlier version reads.
 */
public record DerivedView(String name, String sql) {

    static final String DIRECTORY = "/record-views/";

    /** The views in the order they are created: each reads only record views and those before it. */
    public static final List<String> NAMES =
            List.of("enrolled_at_period_end", "checkup_targets", "period_checkups", "guidance_selections");

    public static List<DerivedView> all() {
        return NAMES.stream().map(DerivedView::load).toList();
    }

    /**
     * The views a query's text reads, directly or through another view, in the order they are created (so each can
     * be built from the ones before it).
     */
    public static List<DerivedView> readBy(String sql) {
        List<DerivedView> all = all();
        Set<String> read = new HashSet<>();
        // Later views read only earlier ones: one pass from the last view back closes the set.
        for (int i = all.size() - 1; i >= 0; i--) {
            DerivedView view = all.get(i);
            if (view.isReadBy(sql)
                    || all.subList(i + 1, all.size()).stream()
                            .anyMatch(later -> read.contains(later.name()) && view.isReadBy(later.sql()))) {
                read.add(view.name());
            }
        }
        List<DerivedView> ordered = new ArrayList<>();
        for (DerivedView view : all) {
            if (read.contains(view.name())) ordered.add(view);
        }
        return ordered;
    }

    private boolean isReadBy(String sql) {
        return Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(sql).find();
    }

    private static DerivedView load(String name) {
        String resource = DIRECTORY + name + ".sql";
        try (InputStream in = DerivedView.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            return new DerivedView(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
