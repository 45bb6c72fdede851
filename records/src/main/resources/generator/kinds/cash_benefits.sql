-- 現金給付の申請: 加入者・年度の7%に1件。郵送95.6%、窓口3%、電子申請の残り。98%が支給済み、その99.9%が10営業日以内
WITH applied AS (
    SELECT *, id * 10000 + fy AS ak,
           lo + CAST(floor(u(id * 10000 + fy, 'received') * (hi - lo + 1)) AS INTEGER) AS received_date
    FROM person_year
    WHERE lo <= hi AND u(id * 10000 + fy, 'applies') < 0.07
),
paid AS (
    SELECT *,
           CASE WHEN u(ak, 'unpaid') < 0.02 THEN NULL
                WHEN u(ak, 'slow') < 0.001 THEN 11 + CAST(floor(u(ak, 'days') * 10) AS INTEGER)
                ELSE 2 + CAST(floor(u(ak, 'days') * 8) AS INTEGER) END AS days_to_pay
    FROM applied
)
SELECT event_id('A', fy, id, 0) AS application_id, member_id(id) AS member_id,
       CASE WHEN change_date IS NOT NULL AND received_date >= change_date THEN branch1 ELSE branch0 END AS branch_code,
       CASE WHEN u(ak, 'benefit') < 0.45 THEN '傷病手当金' WHEN u(ak, 'benefit') < 0.55 THEN '出産手当金'
            WHEN u(ak, 'benefit') < 0.65 THEN '出産育児一時金' WHEN u(ak, 'benefit') < 0.95 THEN '高額療養費'
            ELSE '埋葬料' END AS benefit_kind,
       CASE WHEN u(ak, 'channel') < 0.956 THEN 'mail' WHEN u(ak, 'channel') < 0.986 THEN 'counter' ELSE 'online' END AS channel,
       received_date,
       received_date + days_to_pay + 2 * (days_to_pay // 5) AS paid_date,
       days_to_pay
FROM paid
