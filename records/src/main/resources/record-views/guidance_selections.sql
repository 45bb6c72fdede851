-- 特定保健指導の対象者: 期間内の健診で動機付け支援・積極的支援となった者（期間末日の加入支部・種別。1人1行）
-- completed: 期間末日までに特定保健指導を終了（実績評価）していれば 1
SELECT p.branch_code, p.member_kind, c.member_id,
       MAX(CASE WHEN g.completion_date <= :period_end THEN 1 ELSE 0 END) AS completed
FROM checkups c
JOIN enrolled_at_period_end p ON p.member_id = c.member_id
LEFT JOIN guidance g ON g.checkup_id = c.checkup_id
WHERE c.guidance_level IN ('motivational', 'active')
  AND c.checkup_date >= :period_start
  AND c.checkup_date <= :period_end
GROUP BY p.branch_code, p.member_kind, c.member_id
