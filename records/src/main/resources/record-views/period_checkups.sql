-- 期間内に健診を受けた者: 健診の種類ごとに1人1行（年2回受けても1人）
SELECT DISTINCT c.member_id, c.checkup_kind
FROM checkups c
WHERE c.checkup_date >= :period_start
  AND c.checkup_date <= :period_end
