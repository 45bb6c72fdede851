-- One import at a time per branch and fiscal year (issue 12, part 6; helper importweb). An import claims each
-- branch-year its files touch in a transaction of its own, committed before it writes, and deletes its claims when it
-- ends (succeeded or failed), so that the web server and the command line sharing the database never interleave two
-- imports of the same branch-year. A claim older than interchange/ImportClaim.STALE_AFTER (a process that died
-- before it could delete its claim) is taken over by the next import.
CREATE TABLE import_claim (
    org_code    CHAR(2)      NOT NULL,
    fiscal_year INTEGER      NOT NULL,
    claim_id    VARCHAR(36)  NOT NULL,
    claimed_by  VARCHAR(100) NOT NULL,
    claimed_at  TIMESTAMP    NOT NULL,
    PRIMARY KEY (org_code, fiscal_year)
);
