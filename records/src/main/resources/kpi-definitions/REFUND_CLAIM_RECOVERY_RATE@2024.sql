-- 返納金債権（診療報酬返還金（不当請求）を除く。）の回収率（2024年度からの定義: 対象債権の範囲を拡大）
-- 分母: 期間内に調定した返納金債権（不当請求による診療報酬返還金を除く）の額
-- 分子: その回収額
SELECT r.branch_code,
       SUM(r.recovered_yen) AS numerator,
       SUM(r.amount_yen) AS denominator
FROM refund_claims r
WHERE r.cause <> 'improper_billing'
  AND r.raised_date >= :period_start
  AND r.raised_date <= :period_end
GROUP BY r.branch_code
