-- 事業者健診データ取得率
-- 分子: 対象者のうち期間内に事業者健診データを取得した者（加入支部で計上）
-- 分母: 期間末日に加入している40〜74歳（年度末年齢）の被保険者（加入支部）
WITH targets AS (
    SELECT e.member_id, e.branch_code
    FROM enrolments e
    JOIN members m ON m.member_id = e.member_id
    WHERE e.member_kind = 'insured'
      AND e.start_date <= :period_end
      AND (e.end_date IS NULL OR e.end_date >= :period_end)
      AND m.birth_date <= :born_by_age_40
      AND m.birth_date > :born_by_age_75
),
examined AS (
    SELECT DISTINCT c.member_id
    FROM checkups c
    WHERE c.checkup_kind = 'employer_data'
      AND c.checkup_date >= :period_start
      AND c.checkup_date <= :period_end
)
SELECT t.branch_code, COUNT(x.member_id) AS numerator, COUNT(*) AS denominator
FROM targets t
LEFT JOIN examined x ON x.member_id = t.member_id
GROUP BY t.branch_code
