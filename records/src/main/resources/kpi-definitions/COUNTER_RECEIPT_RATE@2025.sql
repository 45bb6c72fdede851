-- 現金給付等の申請書類に係る窓口での受付率
-- 分母: 期間内に受け付けた申請の件数
-- 分子: そのうち窓口で受け付けた件数
SELECT a.branch_code,
       SUM(CASE WHEN a.channel = 'counter' THEN 1 ELSE 0 END) AS numerator,
       COUNT(*) AS denominator
FROM cash_benefits a
WHERE a.received_date >= :period_start
  AND a.received_date <= :period_end
GROUP BY a.branch_code
