package jp.kenpokpi.ranking;

import java.math.BigDecimal;
import jp.kenpokpi.organisation.OrgCode;

/** A branch's place among the branches: 全国◯位. Tied branches share a rank. */
public record RankedBranch(OrgCode branch, BigDecimal value, int rank) {}
