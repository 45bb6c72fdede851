-- 返納金債権: 資格喪失者の15%に資格喪失後受診の債権（喪失の60〜239日後に調定）、加入者・年度の0.1%にその他と
-- 不当請求（半々）。48%は全額回収、10%は半額回収、残りは未回収（回収率は約53%）。
-- 小さい支部では資格喪失後受診の債権の確率を上げる（RecordGenerator.RARE_EVENT_MEMBERS、最大で喪失者の全員）
WITH raised AS (
    SELECT id, 0 AS fy, branch0 AS branch_code, 'after_loss' AS cause,
           end_date + 61 + CAST(floor(u(id, 'raised') * 180) AS INTEGER) AS raised_date
    FROM person
    WHERE end_date IS NOT NULL AND u(id, 'refund') < 0.15 * rare_boost(branch0)
    UNION ALL
    SELECT id, fy,
           CASE WHEN change_date IS NOT NULL AND lo >= change_date THEN branch1 ELSE branch0 END,
           CASE WHEN u(id * 10000 + fy, 'cause') < 0.5 THEN 'other' ELSE 'improper_billing' END,
           lo + CAST(floor(u(id * 10000 + fy, 'raised') * (hi - lo + 1)) AS INTEGER)
    FROM person_year
    WHERE lo <= hi AND u(id * 10000 + fy, 'refund') < 0.001
),
amounted AS (
    SELECT *, id * 10000 + fy AS rk,
           2000 + CAST(floor(150000 * u(id * 10000 + fy, 'amount') * u(id * 10000 + fy, 'amount2')) AS BIGINT) AS amount_yen
    FROM raised
    WHERE raised_date <= ${last_end}
)
SELECT event_id('F', fy, id, 0) AS refund_claim_id, member_id(id) AS member_id, branch_code, raised_date, cause,
       amount_yen,
       CASE WHEN u(rk, 'recovered') < 0.48 THEN amount_yen WHEN u(rk, 'recovered') < 0.58 THEN amount_yen // 2
            ELSE 0 END AS recovered_yen
FROM amounted
