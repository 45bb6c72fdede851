-- 被保険者の特定保健指導の実施率
-- 分母: 期間内の健診で特定保健指導の対象（動機付け支援・積極的支援）となった者で、期間末日に被保険者として加入している者
-- 分子: そのうち期間末日までに特定保健指導を終了（実績評価）した者
-- 支部: 期間末日の加入支部
WITH enrolled AS (
    SELECT e.member_id, e.branch_code
    FROM enrolments e
    WHERE e.member_kind = 'insured'
      AND e.start_date <= :period_end
      AND (e.end_date IS NULL OR e.end_date >= :period_end)
),
selected AS (
    SELECT c.member_id, c.checkup_id
    FROM checkups c
    WHERE c.guidance_level IN ('motivational', 'active')
      AND c.checkup_date >= :period_start
      AND c.checkup_date <= :period_end
)
SELECT e.branch_code,
       COUNT(DISTINCT CASE WHEN g.completion_date <= :period_end THEN s.member_id END) AS numerator,
       COUNT(DISTINCT s.member_id) AS denominator
FROM selected s
JOIN enrolled e ON e.member_id = s.member_id
LEFT JOIN guidance g ON g.checkup_id = s.checkup_id
GROUP BY e.branch_code
