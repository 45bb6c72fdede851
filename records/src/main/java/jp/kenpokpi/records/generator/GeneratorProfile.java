package jp.kenpokpi.records.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import jp.kenpokpi.csv.CsvFormatException;
import jp.kenpokpi.csv.CsvParser;
import jp.kenpokpi.csv.CsvRecord;

/**
 * The figures a generated data set is shaped by, read from the module's resources: {@code generator/branches.csv}
 * (each branch's size and rates, with where they come from) and {@code generator/ages.csv} (the age structure).
 */
public record GeneratorProfile(List<BranchProfile> branches, List<AgeBand> ages) {

    private static final String DIRECTORY = "/generator/";

    public GeneratorProfile {
        branches = List.copyOf(branches);
        ages = List.copyOf(ages);
    }

    public static GeneratorProfile reference() {
        return new GeneratorProfile(
                read("branches.csv", GeneratorProfile::branch), read("ages.csv", GeneratorProfile::age));
    }

    public int totalPopulationThousands() {
        return branches.stream().mapToInt(BranchProfile::populationThousands).sum();
    }

    private static BranchProfile branch(List<String> f) {
        return new BranchProfile(
                f.get(0),
                Integer.parseInt(f.get(1)),
                percent(f.get(3)),
                percent(f.get(4)),
                percent(f.get(5)),
                percent(f.get(6)),
                percent(f.get(7)),
                percent(f.get(8)),
                percent(f.get(9)),
                f.get(10));
    }

    private static AgeBand age(List<String> f) {
        return new AgeBand(
                f.get(0), Integer.parseInt(f.get(1)), Integer.parseInt(f.get(2)), Double.parseDouble(f.get(3)));
    }

    private static double percent(String text) {
        return Double.parseDouble(text) / 100;
    }

    private static <T> List<T> read(String name, Function<List<String>, T> row) {
        try (InputStream in = GeneratorProfile.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) throw new IllegalStateException("resource missing: " + DIRECTORY + name);
            List<CsvRecord> records = CsvParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return records.subList(1, records.size()).stream()
                    .map(r -> row.apply(r.fields()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        } catch (CsvFormatException e) {
            throw new IllegalStateException(DIRECTORY + name + ": " + e.getMessage(), e);
        }
    }
}
