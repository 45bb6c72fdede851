-- 健診の実施対象者: 期間末日に加入している、年度末に40〜74歳の被保険者・被扶養者（期間末日の加入支部）
SELECT p.member_id, p.branch_code, p.member_kind
FROM enrolled_at_period_end p
JOIN members m ON m.member_id = p.member_id
WHERE m.birth_date <= :born_by_age_40
  AND m.birth_date > :born_by_age_75
