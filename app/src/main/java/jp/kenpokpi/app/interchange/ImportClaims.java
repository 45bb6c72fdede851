package jp.kenpokpi.app.interchange;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import jp.kenpokpi.interchange.ImportClaim;
import jp.kenpokpi.interchange.ImportClaim.BranchYear;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import at a time per branch and fiscal year, across processes: the web server and the command line may share
 * one database, so the claim is a row of import_claim (primary key branch and year), inserted and committed in a
 * transaction of its own before the import writes, and deleted when the import ends, whether it succeeded or
 * failed. A second import finds the row and is refused with who holds it since when ({@link ImportClaim#refusalJa});
 * a row older than {@link ImportClaim#STALE_AFTER} (its process died) is taken over. A plain row, not an advisory
 * lock, because H2 has none and the claim must also be readable to say who holds it.
 */
@Component
public class ImportClaims {

    /** How often a claim is tried again after a stale claim was cleared or the holder just ended. */
    private static final int ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final Clock clock = Clock.systemUTC();

    public ImportClaims(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // Committed at once, whatever the caller's transaction: the other process must see the claim before it writes.
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Runs the import holding the claims of the branch-years it touches, all of them or none.
     *
     * @throws ImportClaimedException when another import holds one of them; nothing is then run
     */
    public <T> T holding(Collection<BranchYear> places, String user, Supplier<T> importing) {
        String id = claim(places, user);
        try {
            return importing.get();
        } finally {
            release(id);
        }
    }

    /** @return the id of the claims taken, for {@link #release} */
    private String claim(Collection<BranchYear> places, String user) {
        // Always in one order: two imports claiming overlapping years cannot each wait for the other.
        List<BranchYear> ordered = places.stream().distinct().sorted().toList();
        String id = UUID.randomUUID().toString();
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            try {
                own.executeWithoutResult(status -> ordered.forEach(p -> insert(p, id, user, now)));
                return id;
            } catch (DuplicateKeyException e) {
                Optional<Held> holder = firstHeld(ordered);
                // Ended meanwhile, or left by a process that died: clear what is stale and try again.
                if (attempt < ATTEMPTS
                        && holder.map(h -> h.claim().staleAt(now)).orElse(true)) {
                    holder.ifPresent(h -> own.executeWithoutResult(status -> delete(h)));
                    continue;
                }
                throw new ImportClaimedException(holder.map(h -> h.claim().refusalJa(now))
                        .orElse("同じ支部・年度の取り込みが続いています。終わってからもう一度取り込んでください（何も取り込んでいません）"));
            }
        }
    }

    private void release(String id) {
        own.executeWithoutResult(status -> jdbc.sql("DELETE FROM import_claim WHERE claim_id = ?")
                .param(id)
                .update());
    }

    private void insert(BranchYear place, String id, String user, Instant now) {
        jdbc.sql("""
                INSERT INTO import_claim (org_code, fiscal_year, claim_id, claimed_by, claimed_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(place.org().value(), place.year().value(), id, user, Timestamp.from(now))
                .update();
    }

    /** A claim as stored, with the id its import releases it by. */
    private record Held(String id, ImportClaim claim) {}

    private Optional<Held> firstHeld(List<BranchYear> places) {
        return own.execute(status -> places.stream()
                .flatMap(p -> jdbc
                        .sql("""
                                SELECT claim_id, claimed_by, claimed_at FROM import_claim
                                WHERE org_code = ? AND fiscal_year = ?""")
                        .params(p.org().value(), p.year().value())
                        .query((rs, n) -> new Held(
                                rs.getString("claim_id"),
                                new ImportClaim(
                                        p.org(),
                                        p.year(),
                                        rs.getString("claimed_by"),
                                        rs.getTimestamp("claimed_at").toInstant())))
                        .optional()
                        .stream())
                .findFirst());
    }

    /** Clears a stale claim, only if it is still the one found stale. */
    private void delete(Held stale) {
        jdbc.sql("DELETE FROM import_claim WHERE org_code = ? AND fiscal_year = ? AND claim_id = ?")
                .params(stale.claim().org().value(), stale.claim().year().value(), stale.id())
                .update();
    }

    /** The claims held now, oldest first: for a test, and for whoever wonders why an import waits. */
    public List<ImportClaim> held() {
        return jdbc.sql("SELECT org_code, fiscal_year, claimed_by, claimed_at FROM import_claim ORDER BY claimed_at")
                .query((rs, n) -> new ImportClaim(
                        OrgCode.of(rs.getString("org_code")),
                        FiscalYear.of(rs.getInt("fiscal_year")),
                        rs.getString("claimed_by"),
                        rs.getTimestamp("claimed_at").toInstant()))
                .list();
    }
}
