package jp.kenpokpi.records.generator;

/**
 * A band of ages of insured or dependants, and its share of them (percent), at the last year's end.
 *
 * @param memberKind {@code insured} or {@code dependant}
 */
public record AgeBand(String memberKind, int ageFrom, int ageTo, double percent) {}
