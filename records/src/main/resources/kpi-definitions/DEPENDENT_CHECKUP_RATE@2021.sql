-- 被扶養者の特定健診実施率
-- 分子: 被扶養者の実施対象者のうち期間内に特定健診を受けた者
-- 分母: 被扶養者の実施対象者（checkup_targets: 期間末日の加入支部）
SELECT t.branch_code, COUNT(x.member_id) AS numerator, COUNT(*) AS denominator
FROM checkup_targets t
LEFT JOIN period_checkups x ON x.member_id = t.member_id AND x.checkup_kind = 'specific'
WHERE t.member_kind = 'dependant'
GROUP BY t.branch_code
