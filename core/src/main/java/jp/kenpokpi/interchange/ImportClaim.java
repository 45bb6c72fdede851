package jp.kenpokpi.interchange;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.period.JapanTime;

/**
 * An import under way of one branch's fiscal year: one import at a time per branch and year, so that two imports
 * (two uploads, or an upload and the command line) never interleave their writes. What another import is told while
 * this one runs, and when a claim left behind by a process that died is no longer honoured.
 *
 * @param claimedBy the user running the import (a sign-in name, or cli:NAME for the command line)
 */
public record ImportClaim(OrgCode org, FiscalYear year, String claimedBy, Instant claimedAt) {

    /**
     * A claim older than this is taken to be left by a process that stopped without ending its import (a crash, a
     * killed command): the next import takes it over. Far longer than the largest import takes (a 1,000,000-row file
     * is stored in well under ten minutes).
     */
    public static final Duration STALE_AFTER = Duration.ofMinutes(30);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    /** A branch's fiscal year, the unit an import claims; ordered, so that claims are always taken in one order. */
    public record BranchYear(OrgCode org, FiscalYear year) implements Comparable<BranchYear> {
        @Override
        public int compareTo(BranchYear other) {
            int byOrg = org.compareTo(other.org);
            return byOrg != 0 ? byOrg : year.compareTo(other.year);
        }
    }

    public ImportClaim {
        Objects.requireNonNull(org);
        Objects.requireNonNull(year);
        Objects.requireNonNull(claimedBy);
        Objects.requireNonNull(claimedAt);
    }

    /** Whether the claim is so old that its import is taken to have died (see {@link #STALE_AFTER}). */
    public boolean staleAt(Instant now) {
        return claimedAt.plus(STALE_AFTER).isBefore(now);
    }

    /**
     * 「栃木支部 令和5年度は tochigi さんが 10:02 から取り込み中です。終わってからもう一度取り込んでください」: the time in Japan's
     * time, with the day when the claim was made on another day than now.
     */
    public String refusalJa(Instant now) {
        ZonedDateTime since = claimedAt.atZone(JapanTime.ZONE);
        LocalDate today = now.atZone(JapanTime.ZONE).toLocalDate();
        String when = since.toLocalDate().equals(today) ? TIME.format(since) : DAY_AND_TIME.format(since);
        return Organisations.all().get(org).nameJa() + " " + year.japanese() + "は " + claimedBy + " さんが " + when
                + " から取り込み中です。終わってからもう一度取り込んでください（何も取り込んでいません）";
    }
}
