package jp.kenpokpi.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The rule every importer keeps (KPI values, plans, budgets): all files or nothing. */
public final class ImportRefusals {

    private ImportRefusals() {}

    /**
     * The import is refused with a message containing the one given (naming file, line and column), and none of the
     * counts of what is stored has moved.
     */
    public static void assertRefusedSavingNothing(
            ThrowingCallable importing, String message, IntSupplier... storedCounts) {
        List<Integer> before =
                Arrays.stream(storedCounts).map(IntSupplier::getAsInt).toList();

        assertThatThrownBy(importing)
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining(message);

        assertThat(Arrays.stream(storedCounts).map(IntSupplier::getAsInt).toList())
                .as("what is stored, counted")
                .isEqualTo(before);
    }
}
