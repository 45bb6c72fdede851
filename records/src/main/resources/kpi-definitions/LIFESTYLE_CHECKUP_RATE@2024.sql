-- 生活習慣病予防健診実施率（2024年度からの定義: 加入支部で計上）
-- 分子: 被保険者の実施対象者のうち期間内に生活習慣病予防健診を受けた者（加入支部で計上）
-- 分母: 被保険者の実施対象者（checkup_targets: 期間末日の加入支部）
SELECT t.branch_code, COUNT(x.member_id) AS numerator, COUNT(*) AS denominator
FROM checkup_targets t
LEFT JOIN period_checkups x ON x.member_id = t.member_id AND x.checkup_kind = 'lifestyle'
WHERE t.member_kind = 'insured'
GROUP BY t.branch_code
