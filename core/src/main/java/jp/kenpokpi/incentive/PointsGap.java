package jp.kenpokpi.incentive;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Points a branch is behind another on an indicator or one of its sub-items (weighted, as they count in the total);
 * negative where it is ahead.
 */
public record PointsGap(Indicator indicator, Optional<SubItem> subItem, BigDecimal points) {}
