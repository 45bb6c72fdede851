package jp.kenpokpi.result;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values computed from the data, kept while the data's version stays the same. A new version drops everything,
 * so a value is never older than the data it was computed from; the values themselves must not be changed.
 */
public final class VersionedCache {

    private record Entry(long version, Object value) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private static final int MAX_ENTRIES = 200;

    @SuppressWarnings("unchecked")
    public <T> T get(String key, long version, Supplier<T> compute) {
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == version) return (T) entry.value();
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) entries.clear();
        entries.put(key, new Entry(version, value));
        return value;
    }
}
