package jp.kenpokpi.sampledata;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Deterministic random draws for the synthetic data. Each draw is named by what it is for ("offset", "noise"), the
 * branch, the KPI and the year, and seeded from a 64-bit FNV-1a hash of that name: the same name gives the same
 * number on every run and every JVM, and adding a draw elsewhere never shifts this one (as one shared generator
 * would). Gaussians are formed here with StrictMath, whose results are the same on every platform.
 */
final class Draws {

    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Draws() {}

    /** Uniform in [0, 1). */
    static double uniform(Object... name) {
        return generator(name).nextDouble();
    }

    /** Standard normal (mean 0, standard deviation 1), by the Box–Muller transform. */
    static double gaussian(Object... name) {
        SplittableRandom random = generator(name);
        double u1 = 1.0 - random.nextDouble(); // in (0, 1]: log(0) is never taken
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    private static SplittableRandom generator(Object... name) {
        return new SplittableRandom(
                fnv1a(Arrays.stream(name).map(String::valueOf).collect(Collectors.joining("|"))));
    }

    private static long fnv1a(String text) {
        long hash = FNV_OFFSET_BASIS;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }
}
