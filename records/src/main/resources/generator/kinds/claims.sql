-- 背景のレセプトと受診勧奨による受診（医科）。点数は種類ごとの範囲、査定は支払基金3%・協会1.2%のレセプトで1割、
-- 再審査は0.4%（1件当たり平均約7,000円の査定。小さい支部では確率を上げる: RecordGenerator.RARE_EVENT_MEMBERS）。
-- 診療月ごとに1ファイル（その月の一時表 claim から）: 年度や月のレセプトを読む定義は、ほかの月のファイルを読み飛ばす。
WITH pointed AS (
    SELECT *,
           CASE claim_kind WHEN 'medical' THEN 200 + CAST(floor(3000 * u(rk, 'p') * u(rk, 'q')) AS BIGINT)
                           WHEN 'dpc' THEN 20000 + CAST(floor(80000 * u(rk, 'p')) AS BIGINT)
                           WHEN 'dental' THEN 500 + CAST(floor(1500 * u(rk, 'p')) AS BIGINT)
                           ELSE 200 + CAST(floor(2500 * u(rk, 'p') * u(rk, 'q')) AS BIGINT) END AS points
    FROM claim
)
SELECT claim_id, member_id, branch_code, service_month, claim_kind, first_visit_date, points,
       CASE WHEN u(rk, 'assoc') < 0.012 THEN points // 10 ELSE 0 END AS reduction_association_points,
       CASE WHEN u(rk, 'fund') < 0.03 THEN points // 10 ELSE 0 END AS reduction_fund_points,
       reexam_u < 0.004 * least(rare_boost(branch_code), 25.0) AS reexamined,
       CASE WHEN reexam_u < 0.004 * least(rare_boost(branch_code), 25.0) THEN CAST(floor(14250 * u(rk, 'reamount')) AS BIGINT) ELSE 0 END AS reexamination_reduction_yen
FROM (SELECT *, u(rk, 'reexam') AS reexam_u FROM pointed)
