package jp.kenpokpi.plan;

import java.util.Arrays;
import java.util.Optional;

/** 分野: the three areas every business plan is divided into, in the order the reports print them. */
public enum PlanArea {
    CORE("基盤的保険者機能"),
    STRATEGIC("戦略的保険者機能"),
    ORGANISATION("組織・運営体制");

    private final String nameJa;

    PlanArea(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }

    /** The area as printed (基盤的保険者機能, also with 関係 as the reports head it) or by its code name (CORE). */
    public static Optional<PlanArea> parse(String text) {
        if (text == null) return Optional.empty();
        String s = text.strip();
        if (s.endsWith("関係")) s = s.substring(0, s.length() - 2);
        String name = s;
        return Arrays.stream(values())
                .filter(a -> a.nameJa.equals(name) || a.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
