package jp.kenpokpi.submission;

import java.util.List;

/** What one kind of report needs before it may be submitted. */
interface CompletenessCheck {

    /** Everything the report lacks, in the order the report prints it; empty when it is complete. */
    List<MissingItem> missing(BranchYearData data);
}
