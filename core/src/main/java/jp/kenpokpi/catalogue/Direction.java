package jp.kenpokpi.catalogue;

/** Which way is better for a KPI. */
public enum Direction {
    /** A higher value is better (実施率, 回収率). */
    HIGHER,
    /** A lower value is better (一者応札の割合, 平均所要日数). */
    LOWER,
    /** The KPI is an action that is carried out or not (意見発信を実施). */
    DONE;

    /** For people choosing a KPI: 高いほど良い, 低いほど良い, 実施・未実施. */
    public String labelJa() {
        return switch (this) {
            case HIGHER -> "高いほど良い";
            case LOWER -> "低いほど良い";
            case DONE -> "実施・未実施";
        };
    }

    public static Direction fromCatalogue(String text) {
        return switch (text.strip()) {
            case "higher" -> HIGHER;
            case "lower" -> LOWER;
            case "done" -> DONE;
            default -> throw new IllegalArgumentException("direction は higher / lower / done のいずれかです: " + text);
        };
    }
}
