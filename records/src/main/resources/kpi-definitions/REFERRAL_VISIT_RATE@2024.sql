-- 健診受診月から10か月以内に医療機関を受診した者の割合（2024年度からの定義）
-- 分母: 期間内の健診で血圧・血糖・脂質のいずれかが受診勧奨基準以上で、服薬していない者（健診日の加入支部。1人は1回）
--       基準: 収縮期160以上・拡張期100以上、空腹時血糖126以上・HbA1c 6.5以上、LDL 180以上
-- 分子: そのうち健診日以後、健診受診月を0として10か月後の月までに医科・DPCの受診がある者
WITH untreated AS (
    SELECT c.member_id, c.checkup_date, e.branch_code
    FROM checkups c
    JOIN enrolments e
      ON e.member_id = c.member_id
     AND e.start_date <= c.checkup_date
     AND (e.end_date IS NULL OR e.end_date >= c.checkup_date)
    WHERE c.checkup_date >= :period_start
      AND c.checkup_date <= :period_end
      AND c.on_medication = FALSE
      AND (c.systolic_bp >= 160 OR c.diastolic_bp >= 100
        OR c.fasting_glucose >= 126 OR c.hba1c >= 6.5
        OR c.ldl >= 180)
),
visited AS (
    SELECT DISTINCT u.member_id
    FROM untreated u
    JOIN claims c ON c.member_id = u.member_id
    WHERE c.claim_kind IN ('medical', 'dpc')
      AND c.first_visit_date >= u.checkup_date
      -- 上下の条件から従う下限と上限: 期間前と、期間末日の月の10か月後より後のレセプト（診療月ごとのファイルでは、
      -- そのファイル）を読まない
      AND c.first_visit_date >= :period_start
      AND c.first_visit_date <= :end_of_tenth_month_after_period_end
      AND (EXTRACT(YEAR FROM c.first_visit_date) * 12 + EXTRACT(MONTH FROM c.first_visit_date))
        - (EXTRACT(YEAR FROM u.checkup_date) * 12 + EXTRACT(MONTH FROM u.checkup_date)) <= 10
)
SELECT u.branch_code,
       COUNT(DISTINCT v.member_id) AS numerator,
       COUNT(DISTINCT u.member_id) AS denominator
FROM untreated u
LEFT JOIN visited v ON v.member_id = u.member_id
GROUP BY u.branch_code
