package jp.kenpokpi.summary;

import java.util.Optional;

import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;

/** A target as recorded: the text as printed, where it came from, and whether it is synthetic (架空). */
public record StoredTarget(OrgCode org, FiscalYear year, String kpiCode, String text, Optional<String> note,
                           Optional<String> source, boolean synthetic) {
}
