package jp.kenpokpi.app.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A cached value lives as long as the data's version (the highest data_change id) it was computed under. */
class VersionedCacheTest {

    private final VersionedCache cache = new VersionedCache();
    private final AtomicInteger computed = new AtomicInteger();

    private String summary(long version) {
        return cache.get("branchYear 09 2023", version, () -> "computed #" + computed.incrementAndGet());
    }

    @Test
    void the_same_version_is_served_from_the_cache_and_a_change_computes_again() {
        assertThat(summary(41)).isEqualTo("computed #1");
        assertThat(summary(41)).isEqualTo("computed #1");
        assertThat(summary(42)).as("a change was recorded").isEqualTo("computed #2");
        assertThat(summary(42)).isEqualTo("computed #2");
        assertThat(computed).hasValue(2);
    }

    @Test
    void a_value_computed_while_computing_another_is_kept_too() {
        String outer = cache.get("outer", 1, () -> "outer of " + cache.get("inner", 1, () -> "inner"));

        assertThat(outer).isEqualTo("outer of inner");
        assertThat(cache.get("inner", 1, () -> "computed again")).isEqualTo("inner");
    }

    @Test
    void the_cache_stays_bounded_and_keeps_an_entry_in_use() {
        summary(1);
        for (int i = 0; i < 5 * VersionedCache.MAX_ENTRIES; i++) {
            cache.get("key " + i, 1, () -> "value");
            summary(1);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(VersionedCache.MAX_ENTRIES);
        assertThat(computed)
                .as("the entry asked for all along was never dropped")
                .hasValue(1);
    }
}
