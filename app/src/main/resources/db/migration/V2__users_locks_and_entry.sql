-- Sign-in accounts, locks on a branch's fiscal year, and what a branch editor enters beside a result.

CREATE TABLE app_user (
    username      VARCHAR(50)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    branch_code   CHAR(2) REFERENCES organisation (code),
    enabled       BOOLEAN      NOT NULL,
    demo          BOOLEAN      NOT NULL
);

-- Headquarters locks a branch's fiscal year after approval: its targets and results are then read-only.
CREATE TABLE fiscal_year_lock (
    org_code    CHAR(2)     NOT NULL REFERENCES organisation (code),
    fiscal_year INTEGER     NOT NULL,
    locked_by   VARCHAR(50) NOT NULL,
    locked_at   TIMESTAMP   NOT NULL,
    PRIMARY KEY (org_code, fiscal_year)
);

-- The self-evaluation's reason and the narrative a branch must write when a result misses its target.
ALTER TABLE kpi_result ADD COLUMN self_evaluation_reason VARCHAR(2000);
ALTER TABLE kpi_result ADD COLUMN narrative VARCHAR(4000);
