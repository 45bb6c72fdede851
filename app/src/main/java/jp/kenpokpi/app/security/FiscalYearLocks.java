package jp.kenpokpi.app.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Headquarters' locks on a branch's fiscal year. */
@Repository
public class FiscalYearLocks {

    private final JdbcClient jdbc;

    public FiscalYearLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Lock(OrgCode org, FiscalYear year, String lockedBy, Instant lockedAt) {}

    public Optional<Lock> find(OrgCode org, FiscalYear year) {
        return jdbc.sql("SELECT * FROM fiscal_year_lock WHERE org_code = ? AND fiscal_year = ?")
                .params(org.value(), year.value())
                .query((rs, n) -> new Lock(
                        org,
                        year,
                        rs.getString("locked_by"),
                        rs.getTimestamp("locked_at").toInstant()))
                .optional();
    }

    /** The organisations whose year is locked, for a page that shows them all. */
    public java.util.Set<OrgCode> lockedIn(FiscalYear year) {
        return new java.util.HashSet<>(jdbc.sql("SELECT org_code FROM fiscal_year_lock WHERE fiscal_year = ?")
                .param(year.value())
                .query((rs, n) -> OrgCode.of(rs.getString("org_code")))
                .list());
    }

    public boolean isLocked(OrgCode org, FiscalYear year) {
        return find(org, year).isPresent();
    }

    public void lock(OrgCode org, FiscalYear year, String by) {
        if (isLocked(org, year)) return;
        jdbc.sql("INSERT INTO fiscal_year_lock (org_code, fiscal_year, locked_by, locked_at) VALUES (?, ?, ?, ?)")
                .params(org.value(), year.value(), by, Timestamp.from(Instant.now()))
                .update();
    }

    public void unlock(OrgCode org, FiscalYear year) {
        jdbc.sql("DELETE FROM fiscal_year_lock WHERE org_code = ? AND fiscal_year = ?")
                .params(org.value(), year.value())
                .update();
    }
}
