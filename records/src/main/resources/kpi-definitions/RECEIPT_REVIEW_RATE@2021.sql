-- 社会保険診療報酬支払基金と合算したレセプト点検の査定率（2021年度〜2023年度の定義）
-- 分子: 協会の点検と支払基金の一次審査で査定（減額）した額（点数×10円）
-- 分母: 協会けんぽの医療費総額（請求点数×10円）
-- 期間: 診療年月が期間内のレセプト
SELECT c.branch_code,
       SUM((c.reduction_association_points + c.reduction_fund_points) * 10) AS numerator,
       SUM(c.points * 10) AS denominator
FROM claims c
WHERE c.service_month >= :period_start
  AND c.service_month <= :period_end
GROUP BY c.branch_code
