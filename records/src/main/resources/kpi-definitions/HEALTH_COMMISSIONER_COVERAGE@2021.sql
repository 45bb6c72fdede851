-- 全被保険者数に占める健康保険委員が委嘱されている事業所の被保険者数の割合
-- 分母: 期間末日に加入している被保険者（年齢を問わない。加入支部）
-- 分子: そのうち健康保険委員が委嘱されている事業所の被保険者
SELECT e.branch_code,
       SUM(CASE WHEN o.health_commissioner = TRUE THEN 1 ELSE 0 END) AS numerator,
       COUNT(*) AS denominator
FROM enrolments e
LEFT JOIN offices o ON o.office_id = e.office_id
WHERE e.member_kind = 'insured'
  AND e.start_date <= :period_end
  AND (e.end_date IS NULL OR e.end_date >= :period_end)
GROUP BY e.branch_code
