-- 日本年金機構回収分も含めた資格喪失後1か月以内の保険証回収率
-- 分母: 資格喪失日が期間内の、回収対象の保険証の枚数
-- 分子: そのうち資格喪失日から1か月後の同じ日まで（その日がない月は月末まで）に回収した枚数（協会・日本年金機構）
SELECT h.branch_code,
       SUM(CASE WHEN h.returned_date >= h.loss_date
                 AND ((EXTRACT(YEAR FROM h.returned_date) * 12 + EXTRACT(MONTH FROM h.returned_date))
                    - (EXTRACT(YEAR FROM h.loss_date) * 12 + EXTRACT(MONTH FROM h.loss_date)) < 1
                   OR ((EXTRACT(YEAR FROM h.returned_date) * 12 + EXTRACT(MONTH FROM h.returned_date))
                     - (EXTRACT(YEAR FROM h.loss_date) * 12 + EXTRACT(MONTH FROM h.loss_date)) = 1
                       AND EXTRACT(DAY FROM h.returned_date) <= EXTRACT(DAY FROM h.loss_date)))
                THEN 1 ELSE 0 END) AS numerator,
       COUNT(*) AS denominator
FROM card_returns h
WHERE h.loss_date >= :period_start
  AND h.loss_date <= :period_end
GROUP BY h.branch_code
