-- 特定保健指導対象者の減少率（インセンティブ制度の指標③。本部の指標）
-- 分母: 前年度の健診で特定保健指導の対象（動機付け支援・積極的支援）となった者のうち、期間内に健診を受け、期間末日に
--       健診の実施対象者である者（checkup_targets: 期間末日の加入支部・種別、年度末に40〜74歳）。1人1行
-- 分子: そのうち期間内の健診でいずれも特定保健指導の対象とならなかった者
WITH selected_before AS (
    SELECT DISTINCT c.member_id
    FROM checkups c
    WHERE c.guidance_level IN ('motivational', 'active')
      AND c.checkup_date >= :prior_period_start
      AND c.checkup_date <= :prior_period_end
),
examined_now AS (
    SELECT c.member_id,
           MAX(CASE WHEN c.guidance_level IN ('motivational', 'active') THEN 1 ELSE 0 END) AS selected
    FROM checkups c
    WHERE c.checkup_date >= :period_start
      AND c.checkup_date <= :period_end
    GROUP BY c.member_id
)
SELECT t.branch_code, SUM(1 - n.selected) AS numerator, COUNT(*) AS denominator
FROM selected_before b
JOIN examined_now n ON n.member_id = b.member_id
JOIN checkup_targets t ON t.member_id = b.member_id
GROUP BY t.branch_code
