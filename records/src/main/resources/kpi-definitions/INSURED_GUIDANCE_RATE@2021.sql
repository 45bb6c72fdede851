-- 被保険者の特定保健指導の実施率
-- 分母: 期間内の健診で特定保健指導の対象となった、期間末日の被保険者（guidance_selections）
-- 分子: そのうち期間末日までに特定保健指導を終了した者
SELECT s.branch_code, SUM(s.completed) AS numerator, COUNT(*) AS denominator
FROM guidance_selections s
WHERE s.member_kind = 'insured'
GROUP BY s.branch_code
