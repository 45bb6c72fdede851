package jp.kenpokpi.interim;

import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.result.StoredTarget;

/**
 * One KPI of the headquarters half-year layout: the latest result as of a month end, the same month last year,
 * and last year's final result.
 */
public record InterimRow(
        KpiDefinition definition,
        Optional<StoredTarget> target,
        InterimCell latest,
        InterimCell sameMonthLastYear,
        InterimCell lastYearFinal,
        Optional<String> comparabilityNote) {}
