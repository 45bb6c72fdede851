-- 全被保険者数に占める健康保険委員が委嘱されている事業所の被保険者数の割合
-- 分母: 期間末日に加入している被保険者（年齢を問わない。enrolled_at_period_end: 加入支部）
-- 分子: そのうち健康保険委員が委嘱されている事業所の被保険者
SELECT p.branch_code,
       SUM(CASE WHEN o.health_commissioner = TRUE THEN 1 ELSE 0 END) AS numerator,
       COUNT(*) AS denominator
FROM enrolled_at_period_end p
LEFT JOIN offices o ON o.office_id = p.office_id
WHERE p.member_kind = 'insured'
GROUP BY p.branch_code
