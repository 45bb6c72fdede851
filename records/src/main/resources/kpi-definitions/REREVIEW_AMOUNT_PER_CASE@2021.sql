-- 協会けんぽの再審査レセプト1件当たりの査定額（円）
-- 分子: 再審査による査定額（円）
-- 分母: 再審査を請求したレセプトの件数
-- 期間: 診療年月が期間内のレセプト
SELECT c.branch_code,
       SUM(c.reexamination_reduction_yen) AS numerator,
       COUNT(*) AS denominator
FROM claims c
WHERE c.reexamined = TRUE
  AND c.service_month >= :period_start
  AND c.service_month <= :period_end
GROUP BY c.branch_code
