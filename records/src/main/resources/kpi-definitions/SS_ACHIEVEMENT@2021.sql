-- サービススタンダードの達成状況
-- 分母: 期間内に支給した現金給付の件数
-- 分子: そのうち受付から支給まで10日（営業日）以内の件数
SELECT a.branch_code,
       SUM(CASE WHEN a.days_to_pay <= 10 THEN 1 ELSE 0 END) AS numerator,
       COUNT(*) AS denominator
FROM cash_benefits a
WHERE a.paid_date >= :period_start
  AND a.paid_date <= :period_end
GROUP BY a.branch_code
