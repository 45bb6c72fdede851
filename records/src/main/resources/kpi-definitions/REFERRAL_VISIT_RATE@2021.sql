-- 受診勧奨後3か月以内に医療機関を受診した者の割合（2021年度〜2023年度の定義）
-- 分母: 期間内に受診勧奨を送付した者（送付日の加入支部。1人は1回）
-- 分子: そのうち送付日の翌日から3か月後の同じ日まで（その日がない月は月末まで）に医科・DPCの受診がある者
-- 3か月の判定は月番号（年×12＋月）と日の比較だけで行う（エンジンごとの日付関数の違いを避けるため）
WITH sent AS (
    SELECT l.member_id, l.sent_date, e.branch_code
    FROM referral_letters l
    JOIN enrolments e
      ON e.member_id = l.member_id
     AND e.start_date <= l.sent_date
     AND (e.end_date IS NULL OR e.end_date >= l.sent_date)
    WHERE l.sent_date >= :period_start
      AND l.sent_date <= :period_end
),
visited AS (
    SELECT DISTINCT s.member_id
    FROM sent s
    JOIN claims c ON c.member_id = s.member_id
    WHERE c.claim_kind IN ('medical', 'dpc')
      AND c.first_visit_date > s.sent_date
      -- 上下の条件から従う下限と上限: 期間前と、期間末日の3か月後より後のレセプト（診療月ごとのファイルでは、その
      -- ファイル）を読まない
      AND c.first_visit_date >= :period_start
      AND c.first_visit_date <= :three_months_after_period_end
      AND (
            (EXTRACT(YEAR FROM c.first_visit_date) * 12 + EXTRACT(MONTH FROM c.first_visit_date))
          - (EXTRACT(YEAR FROM s.sent_date) * 12 + EXTRACT(MONTH FROM s.sent_date)) < 3
        OR (
                (EXTRACT(YEAR FROM c.first_visit_date) * 12 + EXTRACT(MONTH FROM c.first_visit_date))
              - (EXTRACT(YEAR FROM s.sent_date) * 12 + EXTRACT(MONTH FROM s.sent_date)) = 3
            AND EXTRACT(DAY FROM c.first_visit_date) <= EXTRACT(DAY FROM s.sent_date)
           )
      )
)
SELECT s.branch_code,
       COUNT(DISTINCT v.member_id) AS numerator,
       COUNT(DISTINCT s.member_id) AS denominator
FROM sent s
LEFT JOIN visited v ON v.member_id = s.member_id
GROUP BY s.branch_code
