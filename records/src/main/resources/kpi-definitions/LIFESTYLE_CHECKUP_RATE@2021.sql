-- 生活習慣病予防健診実施率（2021年度〜2023年度の定義）
-- 分子: 対象者のうち期間内に生活習慣病予防健診を受けた者（健診実施支部で計上。年2回受けた者は最初の健診の支部で1人）
-- 分母: 期間末日に加入している40〜74歳（年度末年齢）の被保険者（加入支部）
WITH targets AS (
    SELECT e.member_id, e.branch_code
    FROM enrolments e
    JOIN members m ON m.member_id = e.member_id
    WHERE e.member_kind = 'insured'
      AND e.start_date <= :period_end
      AND (e.end_date IS NULL OR e.end_date >= :period_end)
      AND m.birth_date <= :born_by_age_40
      AND m.birth_date > :born_by_age_75
),
first_checkup AS (
    SELECT member_id, facility_branch_code
    FROM (
        SELECT c.member_id, c.facility_branch_code,
               ROW_NUMBER() OVER (PARTITION BY c.member_id ORDER BY c.checkup_date, c.checkup_id) AS nth
        FROM checkups c
        WHERE c.checkup_kind = 'lifestyle'
          AND c.checkup_date >= :period_start
          AND c.checkup_date <= :period_end
    ) ranked
    WHERE nth = 1
)
SELECT branch_code, SUM(examined) AS numerator, SUM(target) AS denominator
FROM (
    SELECT f.facility_branch_code AS branch_code, 1 AS examined, 0 AS target
    FROM first_checkup f
    JOIN targets t ON t.member_id = f.member_id
    UNION ALL
    SELECT t.branch_code, 0 AS examined, 1 AS target
    FROM targets t
) counted
GROUP BY branch_code
