package jp.kenpokpi.app.compute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The record data sets the compute page offers: the folders under {@code kenpo.records.data-root} that hold a
 * members file (members.parquet, members/ or members.csv). The page names a data set by its folder's name and only
 * ever computes one of these: never a path a user types, which would let them read any folder the server can.
 */
final class RecordDataSets {

    /** A data set: its folder's name, the folder, and what its README.txt says of it (the generator's first lines). */
    record DataSet(String name, Path path, String descriptionJa) {

        private static final Pattern YEARS = Pattern.compile("年度 fiscal years: (\\d{4})(?:-(\\d{4}))?");

        /** The last fiscal year the generator's README says the data set holds, if it says. */
        Optional<Integer> lastYear() {
            Matcher m = YEARS.matcher(descriptionJa);
            if (!m.find()) return Optional.empty();
            return Optional.of(Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(1)));
        }
    }

    private final Path root;

    RecordDataSets(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** The data sets, by name; none when the root does not exist or holds none. */
    List<DataSet> list() {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(RecordDataSets::holdsRecords)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> new DataSet(p.getFileName().toString(), p, description(p)))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** The data set of this name, if the root offers it. */
    Optional<DataSet> find(String name) {
        return list().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    private static boolean holdsRecords(Path folder) {
        return Files.isRegularFile(folder.resolve("members.parquet"))
                || Files.isDirectory(folder.resolve("members"))
                || Files.isRegularFile(folder.resolve("members.csv"));
    }

    /** The README's first line, and its scale and years where the generator wrote them. */
    private static String description(Path folder) {
        Path readme = folder.resolve(RecordsCompute.DATA_SET_README);
        if (!Files.isRegularFile(readme)) return "";
        try (Stream<String> lines = Files.lines(readme, StandardCharsets.UTF_8)) {
            List<String> all = lines.limit(40).toList();
            return Stream.concat(
                            all.stream().limit(1), all.stream().filter(l -> l.startsWith("規模") || l.startsWith("年度")))
                    .map(String::strip)
                    .collect(Collectors.joining("　"));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}
