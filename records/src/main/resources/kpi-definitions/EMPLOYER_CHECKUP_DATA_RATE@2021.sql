-- 事業者健診データ取得率
-- 分子: 被保険者の実施対象者のうち期間内に事業者健診データを取得した者
-- 分母: 被保険者の実施対象者（checkup_targets: 期間末日の加入支部）
SELECT t.branch_code, COUNT(x.member_id) AS numerator, COUNT(*) AS denominator
FROM checkup_targets t
LEFT JOIN period_checkups x ON x.member_id = t.member_id AND x.checkup_kind = 'employer_data'
WHERE t.member_kind = 'insured'
GROUP BY t.branch_code
