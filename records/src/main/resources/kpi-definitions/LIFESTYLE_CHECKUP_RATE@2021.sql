-- 生活習慣病予防健診実施率（2021年度〜2023年度の定義）
-- 分子: 被保険者の実施対象者のうち期間内に生活習慣病予防健診を受けた者（健診実施支部で計上。年2回受けた者は最初の
--       健診の健診機関の支部で1人）
-- 分母: 被保険者の実施対象者（checkup_targets: 期間末日の加入支部）
WITH first_checkup AS (
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
    JOIN checkup_targets t ON t.member_id = f.member_id AND t.member_kind = 'insured'
    UNION ALL
    SELECT t.branch_code, 0 AS examined, 1 AS target
    FROM checkup_targets t
    WHERE t.member_kind = 'insured'
) counted
GROUP BY branch_code
