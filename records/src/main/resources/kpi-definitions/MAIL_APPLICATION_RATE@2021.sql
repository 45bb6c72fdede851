-- 現金給付等の申請に係る郵送化率
-- 分母: 期間内に受け付けた申請の件数
-- 分子: そのうち郵送で受け付けた件数
SELECT a.branch_code,
       SUM(CASE WHEN a.channel = 'mail' THEN 1 ELSE 0 END) AS numerator,
       COUNT(*) AS denominator
FROM cash_benefits a
WHERE a.received_date >= :period_start
  AND a.received_date <= :period_end
GROUP BY a.branch_code
