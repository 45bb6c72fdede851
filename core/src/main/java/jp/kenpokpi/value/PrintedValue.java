package jp.kenpokpi.value;

import java.math.BigDecimal;
import java.util.Optional;

/** A KPI value as people print it in these documents, once read. */
public sealed interface PrintedValue {

    /** A number with an optional unit: 72.2%, 6,535円, ▲0.68%, 1,529事業所, 2回/月. */
    record Amount(BigDecimal number, Optional<Unit> unit) implements PrintedValue {}

    /** 実施 or 未実施. */
    record Done(boolean carriedOut) implements PrintedValue {}

    /** A count of branches, as headquarters reports a done-KPI for the association: 41支部, 30支部が達成. */
    record BranchCount(int count) implements PrintedValue {}

    /** Empty or a dash: no result yet. */
    record NotYet() implements PrintedValue {}

    default boolean isPresent() {
        return !(this instanceof NotYet);
    }
}
