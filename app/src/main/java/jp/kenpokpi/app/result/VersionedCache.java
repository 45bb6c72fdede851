package jp.kenpokpi.app.result;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;

/**
 * Values computed from the data, kept while the data's version stays the same: a value computed under an older
 * version is computed again, so a value is never older than the data it was computed from (the values themselves
 * must not be changed). Caffeine bounds it, keeping the entries used most.
 *
 * <p>Not Spring's {@code @Cacheable}: the version is read per call and must be part of the check, a cached
 * computation calls other cached computations of the same cache (Caffeine's atomic compute forbids that), and the
 * callers cache lambdas, not public methods behind a proxy.
 */
public final class VersionedCache {

    private record Entry(long version, Object value) {}

    static final int MAX_ENTRIES = 200;

    /** Eviction runs on the calling thread: no background work, and a size that tests can count. */
    private final Cache<String, Entry> entries = Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .executor(Runnable::run)
            .build();

    @SuppressWarnings("unchecked")
    public <T> T get(String key, long version, Supplier<T> compute) {
        Entry entry = entries.getIfPresent(key);
        if (entry != null && entry.version() == version) return (T) entry.value();
        T value = compute.get();
        entries.put(key, new Entry(version, value));
        return value;
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
