package jp.kenpokpi.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The passwords people choose most often, lower-cased: the list shipped with the application (common-passwords.txt). */
public final class CommonPasswords {

    private static final String LIST = "common-passwords.txt";

    private final Set<String> words;

    public CommonPasswords(Collection<String> words) {
        this.words = new HashSet<>();
        words.forEach(w -> this.words.add(w.toLowerCase(Locale.ROOT)));
    }

    /** The shipped list, read once per call: callers keep the instance. */
    public static CommonPasswords shipped() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST)) {
            if (in == null) throw new IllegalStateException(LIST + " is missing from the classpath");
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) words.add(line.strip());
            }
            return new CommonPasswords(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return words.size();
    }
}
