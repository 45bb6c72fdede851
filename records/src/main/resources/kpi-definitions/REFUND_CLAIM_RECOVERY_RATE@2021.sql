-- 返納金債権（資格喪失後受診に係るものに限る。）の回収率（2021年度〜2023年度の定義）
-- 分母: 期間内に調定した資格喪失後受診に係る返納金債権の額
-- 分子: その回収額
SELECT r.branch_code,
       SUM(r.recovered_yen) AS numerator,
       SUM(r.amount_yen) AS denominator
FROM refund_claims r
WHERE r.cause = 'after_loss'
  AND r.raised_date >= :period_start
  AND r.raised_date <= :period_end
GROUP BY r.branch_code
