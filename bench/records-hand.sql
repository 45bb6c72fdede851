-- kenpo-kpi's KPI definitions for FY2023, written by hand as one DuckDB script: the baseline bench/RecordsBench.java
-- times the records engine against (issue 13: within 1.2×). What a person would write for one year in the DuckDB
-- shell: views straight over the generator's Parquet files (their types are the schema's, so no casts; check-ups,
-- claims and drug lines a directory of a file per month), the shared
-- selections materialised once as tables, dates as literals, every figure in one result.
-- ${data} is the data set's directory; bench/RecordsBench.java fills it in.
SET preserve_insertion_order = false;

CREATE VIEW members AS SELECT * FROM read_parquet('${data}/members.parquet');

CREATE VIEW enrolments AS SELECT * FROM read_parquet('${data}/enrolments.parquet');

CREATE VIEW offices AS SELECT * FROM read_parquet('${data}/offices.parquet');

CREATE VIEW checkups AS SELECT * FROM read_parquet('${data}/checkups/*.parquet');

CREATE VIEW guidance AS SELECT * FROM read_parquet('${data}/guidance.parquet');

CREATE VIEW referral_letters AS SELECT * FROM read_parquet('${data}/referral_letters.parquet');

CREATE VIEW claims AS SELECT * FROM read_parquet('${data}/claims/*.parquet');

CREATE VIEW drug_lines AS SELECT * FROM read_parquet('${data}/drug_lines/*.parquet');

CREATE VIEW cash_benefits AS SELECT * FROM read_parquet('${data}/cash_benefits.parquet');

CREATE VIEW refund_claims AS SELECT * FROM read_parquet('${data}/refund_claims.parquet');

CREATE VIEW card_returns AS SELECT * FROM read_parquet('${data}/card_returns.parquet');

CREATE TEMP TABLE enrolled_at_period_end AS
SELECT e.member_id, e.branch_code, e.member_kind, e.office_id
FROM enrolments e
WHERE e.start_date <= DATE '2024-03-31'
  AND (e.end_date IS NULL OR e.end_date >= DATE '2024-03-31');

CREATE TEMP TABLE checkup_targets AS
SELECT p.member_id, p.branch_code, p.member_kind
FROM enrolled_at_period_end p
JOIN members m ON m.member_id = p.member_id
WHERE m.birth_date <= DATE '1984-04-01'
  AND m.birth_date > DATE '1949-04-01';

CREATE TEMP TABLE period_checkups AS
SELECT DISTINCT c.member_id, c.checkup_kind
FROM checkups c
WHERE c.checkup_date >= DATE '2023-04-01'
  AND c.checkup_date <= DATE '2024-03-31';

CREATE TEMP TABLE guidance_selections AS
SELECT p.branch_code, p.member_kind, c.member_id,
       MAX(CASE WHEN g.completion_date <= DATE '2024-03-31' THEN 1 ELSE 0 END) AS completed
FROM checkups c
JOIN enrolled_at_period_end p ON p.member_id = c.member_id
LEFT JOIN guidance g ON g.checkup_id = c.checkup_id
WHERE c.guidance_level IN ('motivational', 'active')
  AND c.checkup_date >= DATE '2023-04-01'
  AND c.checkup_date <= DATE '2024-03-31'
GROUP BY p.branch_code, p.member_kind, c.member_id;

-- SS_ACHIEVEMENT@2021
SELECT 'SS_ACHIEVEMENT@2021' AS kpi, branch_code, numerator, denominator FROM (
SELECT a.branch_code,
       SUM(CASE WHEN a.days_to_pay <= 10 THEN 1 ELSE 0 END) AS numerator,
       COUNT(*) AS denominator
FROM cash_benefits a
WHERE a.paid_date >= DATE '2023-04-01'
  AND a.paid_date <= DATE '2024-03-31'
GROUP BY a.branch_code

) AS k0
UNION ALL
-- MAIL_APPLICATION_RATE@2021
SELECT 'MAIL_APPLICATION_RATE@2021' AS kpi, branch_code, numerator, denominator FROM (
SELECT a.branch_code,
       SUM(CASE WHEN a.channel = 'mail' THEN 1 ELSE 0 END) AS numerator,
       COUNT(*) AS denominator
FROM cash_benefits a
WHERE a.received_date >= DATE '2023-04-01'
  AND a.received_date <= DATE '2024-03-31'
GROUP BY a.branch_code

) AS k1
UNION ALL
-- COUNTER_RECEIPT_RATE@2025
SELECT 'COUNTER_RECEIPT_RATE@2025' AS kpi, branch_code, numerator, denominator FROM (
SELECT a.branch_code,
       SUM(CASE WHEN a.channel = 'counter' THEN 1 ELSE 0 END) AS numerator,
       COUNT(*) AS denominator
FROM cash_benefits a
WHERE a.received_date >= DATE '2023-04-01'
  AND a.received_date <= DATE '2024-03-31'
GROUP BY a.branch_code

) AS k2
UNION ALL
-- RECEIPT_REVIEW_RATE@2021
SELECT 'RECEIPT_REVIEW_RATE@2021' AS kpi, branch_code, numerator, denominator FROM (
SELECT c.branch_code,
       SUM((c.reduction_association_points + c.reduction_fund_points) * 10) AS numerator,
       SUM(c.points * 10) AS denominator
FROM claims c
WHERE c.service_month >= DATE '2023-04-01'
  AND c.service_month <= DATE '2024-03-31'
GROUP BY c.branch_code

) AS k3
UNION ALL
-- RECEIPT_REVIEW_RATE@2024
SELECT 'RECEIPT_REVIEW_RATE@2024' AS kpi, branch_code, numerator, denominator FROM (
SELECT c.branch_code,
       SUM(c.reduction_association_points * 10) AS numerator,
       SUM(c.points * 10) AS denominator
FROM claims c
WHERE c.service_month >= DATE '2023-04-01'
  AND c.service_month <= DATE '2024-03-31'
GROUP BY c.branch_code

) AS k4
UNION ALL
-- REREVIEW_AMOUNT_PER_CASE@2021
SELECT 'REREVIEW_AMOUNT_PER_CASE@2021' AS kpi, branch_code, numerator, denominator FROM (
SELECT c.branch_code,
       SUM(c.reexamination_reduction_yen) AS numerator,
       COUNT(*) AS denominator
FROM claims c
WHERE c.reexamined = TRUE
  AND c.service_month >= DATE '2023-04-01'
  AND c.service_month <= DATE '2024-03-31'
GROUP BY c.branch_code

) AS k5
UNION ALL
-- CARD_RECOVERY_RATE@2021
SELECT 'CARD_RECOVERY_RATE@2021' AS kpi, branch_code, numerator, denominator FROM (
SELECT h.branch_code,
       SUM(CASE WHEN h.returned_date >= h.loss_date
                 AND ((EXTRACT(YEAR FROM h.returned_date) * 12 + EXTRACT(MONTH FROM h.returned_date))
                    - (EXTRACT(YEAR FROM h.loss_date) * 12 + EXTRACT(MONTH FROM h.loss_date)) < 1
                   OR ((EXTRACT(YEAR FROM h.returned_date) * 12 + EXTRACT(MONTH FROM h.returned_date))
                     - (EXTRACT(YEAR FROM h.loss_date) * 12 + EXTRACT(MONTH FROM h.loss_date)) = 1
                       AND EXTRACT(DAY FROM h.returned_date) <= EXTRACT(DAY FROM h.loss_date)))
                THEN 1 ELSE 0 END) AS numerator,
       COUNT(*) AS denominator
FROM card_returns h
WHERE h.loss_date >= DATE '2023-04-01'
  AND h.loss_date <= DATE '2024-03-31'
GROUP BY h.branch_code

) AS k6
UNION ALL
-- REFUND_CLAIM_RECOVERY_RATE@2021
SELECT 'REFUND_CLAIM_RECOVERY_RATE@2021' AS kpi, branch_code, numerator, denominator FROM (
SELECT r.branch_code,
       SUM(r.recovered_yen) AS numerator,
       SUM(r.amount_yen) AS denominator
FROM refund_claims r
WHERE r.cause = 'after_loss'
  AND r.raised_date >= DATE '2023-04-01'
  AND r.raised_date <= DATE '2024-03-31'
GROUP BY r.branch_code

) AS k7
UNION ALL
-- REFUND_CLAIM_RECOVERY_RATE@2024
SELECT 'REFUND_CLAIM_RECOVERY_RATE@2024' AS kpi, branch_code, numerator, denominator FROM (
SELECT r.branch_code,
       SUM(r.recovered_yen) AS numerator,
       SUM(r.amount_yen) AS denominator
FROM refund_claims r
WHERE r.cause <> 'improper_billing'
  AND r.raised_date >= DATE '2023-04-01'
  AND r.raised_date <= DATE '2024-03-31'
GROUP BY r.branch_code

) AS k8
UNION ALL
-- LIFESTYLE_CHECKUP_RATE@2021
SELECT 'LIFESTYLE_CHECKUP_RATE@2021' AS kpi, branch_code, numerator, denominator FROM (
WITH first_checkup AS (
    SELECT member_id, facility_branch_code
    FROM (
        SELECT c.member_id, c.facility_branch_code,
               ROW_NUMBER() OVER (PARTITION BY c.member_id ORDER BY c.checkup_date, c.checkup_id) AS nth
        FROM checkups c
        WHERE c.checkup_kind = 'lifestyle'
          AND c.checkup_date >= DATE '2023-04-01'
          AND c.checkup_date <= DATE '2024-03-31'
    ) ranked
    WHERE nth = 1
)
SELECT branch_code, SUM(examined) AS numerator, SUM(target) AS denominator
FROM (
    SELECT f.facility_branch_code AS branch_code, 1 AS examined, 0 AS target
    FROM first_checkup f
    JOIN checkup_targets t ON t.member_id = f.member_id AND t.member_kind = 'insured'
    UNION ALL
    SELECT t.branch_code, 0 AS examined, 1 AS target
    FROM checkup_targets t
    WHERE t.member_kind = 'insured'
) counted
GROUP BY branch_code

) AS k9
UNION ALL
-- LIFESTYLE_CHECKUP_RATE@2024
SELECT 'LIFESTYLE_CHECKUP_RATE@2024' AS kpi, branch_code, numerator, denominator FROM (
SELECT t.branch_code, COUNT(x.member_id) AS numerator, COUNT(*) AS denominator
FROM checkup_targets t
LEFT JOIN period_checkups x ON x.member_id = t.member_id AND x.checkup_kind = 'lifestyle'
WHERE t.member_kind = 'insured'
GROUP BY t.branch_code

) AS k10
UNION ALL
-- EMPLOYER_CHECKUP_DATA_RATE@2021
SELECT 'EMPLOYER_CHECKUP_DATA_RATE@2021' AS kpi, branch_code, numerator, denominator FROM (
SELECT t.branch_code, COUNT(x.member_id) AS numerator, COUNT(*) AS denominator
FROM checkup_targets t
LEFT JOIN period_checkups x ON x.member_id = t.member_id AND x.checkup_kind = 'employer_data'
WHERE t.member_kind = 'insured'
GROUP BY t.branch_code

) AS k11
UNION ALL
-- DEPENDENT_CHECKUP_RATE@2021
SELECT 'DEPENDENT_CHECKUP_RATE@2021' AS kpi, branch_code, numerator, denominator FROM (
SELECT t.branch_code, COUNT(x.member_id) AS numerator, COUNT(*) AS denominator
FROM checkup_targets t
LEFT JOIN period_checkups x ON x.member_id = t.member_id AND x.checkup_kind = 'specific'
WHERE t.member_kind = 'dependant'
GROUP BY t.branch_code

) AS k12
UNION ALL
-- INSURED_GUIDANCE_RATE@2021
SELECT 'INSURED_GUIDANCE_RATE@2021' AS kpi, branch_code, numerator, denominator FROM (
SELECT s.branch_code, SUM(s.completed) AS numerator, COUNT(*) AS denominator
FROM guidance_selections s
WHERE s.member_kind = 'insured'
GROUP BY s.branch_code

) AS k13
UNION ALL
-- DEPENDENT_GUIDANCE_RATE@2021
SELECT 'DEPENDENT_GUIDANCE_RATE@2021' AS kpi, branch_code, numerator, denominator FROM (
SELECT s.branch_code, SUM(s.completed) AS numerator, COUNT(*) AS denominator
FROM guidance_selections s
WHERE s.member_kind = 'dependant'
GROUP BY s.branch_code

) AS k14
UNION ALL
-- REFERRAL_VISIT_RATE@2021
SELECT 'REFERRAL_VISIT_RATE@2021' AS kpi, branch_code, numerator, denominator FROM (
WITH sent AS (
    SELECT l.member_id, l.sent_date, e.branch_code
    FROM referral_letters l
    JOIN enrolments e
      ON e.member_id = l.member_id
     AND e.start_date <= l.sent_date
     AND (e.end_date IS NULL OR e.end_date >= l.sent_date)
    WHERE l.sent_date >= DATE '2023-04-01'
      AND l.sent_date <= DATE '2024-03-31'
),
visited AS (
    SELECT DISTINCT s.member_id
    FROM sent s
    JOIN claims c ON c.member_id = s.member_id
    WHERE c.claim_kind IN ('medical', 'dpc')
      AND c.first_visit_date > s.sent_date
      AND c.first_visit_date >= DATE '2023-04-01'
      AND c.first_visit_date <= DATE '2024-06-30'
      AND (
            (EXTRACT(YEAR FROM c.first_visit_date) * 12 + EXTRACT(MONTH FROM c.first_visit_date))
          - (EXTRACT(YEAR FROM s.sent_date) * 12 + EXTRACT(MONTH FROM s.sent_date)) < 3
        OR (
                (EXTRACT(YEAR FROM c.first_visit_date) * 12 + EXTRACT(MONTH FROM c.first_visit_date))
              - (EXTRACT(YEAR FROM s.sent_date) * 12 + EXTRACT(MONTH FROM s.sent_date)) = 3
            AND EXTRACT(DAY FROM c.first_visit_date) <= EXTRACT(DAY FROM s.sent_date)
           )
      )
)
SELECT s.branch_code,
       COUNT(DISTINCT v.member_id) AS numerator,
       COUNT(DISTINCT s.member_id) AS denominator
FROM sent s
LEFT JOIN visited v ON v.member_id = s.member_id
GROUP BY s.branch_code

) AS k15
UNION ALL
-- REFERRAL_VISIT_RATE@2024
SELECT 'REFERRAL_VISIT_RATE@2024' AS kpi, branch_code, numerator, denominator FROM (
WITH untreated AS (
    SELECT c.member_id, c.checkup_date, e.branch_code
    FROM checkups c
    JOIN enrolments e
      ON e.member_id = c.member_id
     AND e.start_date <= c.checkup_date
     AND (e.end_date IS NULL OR e.end_date >= c.checkup_date)
    WHERE c.checkup_date >= DATE '2023-04-01'
      AND c.checkup_date <= DATE '2024-03-31'
      AND c.on_medication = FALSE
      AND (c.systolic_bp >= 160 OR c.diastolic_bp >= 100
        OR c.fasting_glucose >= 126 OR c.hba1c >= 6.5
        OR c.ldl >= 180)
),
visited AS (
    SELECT DISTINCT u.member_id
    FROM untreated u
    JOIN claims c ON c.member_id = u.member_id
    WHERE c.claim_kind IN ('medical', 'dpc')
      AND c.first_visit_date >= u.checkup_date
      AND c.first_visit_date >= DATE '2023-04-01'
      AND c.first_visit_date <= DATE '2025-01-31'
      AND (EXTRACT(YEAR FROM c.first_visit_date) * 12 + EXTRACT(MONTH FROM c.first_visit_date))
        - (EXTRACT(YEAR FROM u.checkup_date) * 12 + EXTRACT(MONTH FROM u.checkup_date)) <= 10
)
SELECT u.branch_code,
       COUNT(DISTINCT v.member_id) AS numerator,
       COUNT(DISTINCT u.member_id) AS denominator
FROM untreated u
LEFT JOIN visited v ON v.member_id = u.member_id
GROUP BY u.branch_code

) AS k16
UNION ALL
-- HEALTH_COMMISSIONER_COVERAGE@2021
SELECT 'HEALTH_COMMISSIONER_COVERAGE@2021' AS kpi, branch_code, numerator, denominator FROM (
SELECT p.branch_code,
       SUM(CASE WHEN o.health_commissioner = TRUE THEN 1 ELSE 0 END) AS numerator,
       COUNT(*) AS denominator
FROM enrolled_at_period_end p
LEFT JOIN offices o ON o.office_id = p.office_id
WHERE p.member_kind = 'insured'
GROUP BY p.branch_code

) AS k17
UNION ALL
-- GENERIC_DRUG_SHARE@2021
SELECT 'GENERIC_DRUG_SHARE@2021' AS kpi, branch_code, numerator, denominator FROM (
SELECT c.branch_code,
       SUM(CASE WHEN d.generic_class = 'generic' THEN d.quantity ELSE 0 END) AS numerator,
       SUM(d.quantity) AS denominator
FROM drug_lines d
JOIN claims c ON c.claim_id = d.claim_id
WHERE d.service_month = DATE '2024-03-01'
  AND c.service_month = DATE '2024-03-01'
  AND c.claim_kind IN ('medical', 'dpc', 'dental', 'pharmacy')
  AND d.generic_class IN ('generic', 'original_with_generic')
  AND d.excluded_class IS NULL
GROUP BY c.branch_code

) AS k18
UNION ALL
-- GUIDANCE_TARGET_REDUCTION_RATE@2018
SELECT 'GUIDANCE_TARGET_REDUCTION_RATE@2018' AS kpi, branch_code, numerator, denominator FROM (
WITH selected_before AS (
    SELECT DISTINCT c.member_id
    FROM checkups c
    WHERE c.guidance_level IN ('motivational', 'active')
      AND c.checkup_date >= DATE '2022-04-01'
      AND c.checkup_date <= DATE '2023-03-31'
),
examined_now AS (
    SELECT c.member_id,
           MAX(CASE WHEN c.guidance_level IN ('motivational', 'active') THEN 1 ELSE 0 END) AS selected
    FROM checkups c
    WHERE c.checkup_date >= DATE '2023-04-01'
      AND c.checkup_date <= DATE '2024-03-31'
    GROUP BY c.member_id
)
SELECT t.branch_code, SUM(1 - n.selected) AS numerator, COUNT(*) AS denominator
FROM selected_before b
JOIN examined_now n ON n.member_id = b.member_id
JOIN checkup_targets t ON t.member_id = b.member_id
GROUP BY t.branch_code

) AS k19
ORDER BY kpi, branch_code;
