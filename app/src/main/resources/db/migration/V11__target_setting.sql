-- 目標設定 (docs/TARGETS.md): what headquarters decides per KPI of a year's target grid, and the branches' proposals.
-- The targets themselves stay in kpi_target, whoever set them (changed_by) and however (the change log's source).

-- Headquarters' rule for a KPI across all branches (NULL when it sets none) and whether branches propose their own.
CREATE TABLE target_setting (
    fiscal_year      INTEGER       NOT NULL,
    kpi_code         VARCHAR(64)   NOT NULL,
    rule_text        VARCHAR(500),
    branches_propose BOOLEAN       NOT NULL,
    version          INTEGER       NOT NULL,
    changed_by       VARCHAR(100)  NOT NULL,
    changed_at       TIMESTAMP     NOT NULL,
    PRIMARY KEY (fiscal_year, kpi_code)
);

-- A branch's proposed target with its reasoning (設定に当たっての考え方) and headquarters' decision on it: the
-- latest proposal per cell; earlier ones and every decision are in the change log.
CREATE TABLE target_proposal (
    org_code    CHAR(2)        NOT NULL REFERENCES organisation (code),
    fiscal_year INTEGER        NOT NULL,
    kpi_code    VARCHAR(64)    NOT NULL,
    target_text VARCHAR(500)   NOT NULL,
    reasoning   VARCHAR(2000)  NOT NULL,
    state       VARCHAR(20)    NOT NULL,
    comment     VARCHAR(2000),
    proposed_by VARCHAR(100)   NOT NULL,
    decided_by  VARCHAR(100),
    version     INTEGER        NOT NULL,
    changed_at  TIMESTAMP      NOT NULL,
    PRIMARY KEY (org_code, fiscal_year, kpi_code),
    CONSTRAINT target_proposal_state CHECK (state IN ('PROPOSED', 'ACCEPTED', 'RETURNED'))
);
