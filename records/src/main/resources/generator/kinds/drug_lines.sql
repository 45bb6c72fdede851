-- 薬剤明細: 調剤レセプトに1〜5行（平均3行）、医科の25%・歯科の20%に1〜2行。後発医薬品55%、後発品のある先発品11%、
-- その他34%（数量ベースの使用割合は約83%）。3%は使用割合の対象外の区分（漢方製剤、生薬）。
-- 背景のレセプトから診療月ごとに1ファイル（その月の一時表 claim から）: ある月の明細を読む定義は、ほかの月のファイルを読み飛ばす。
WITH counted AS (
    SELECT rk, claim_id, service_month,
           CASE WHEN claim_kind = 'pharmacy' THEN 1 + CAST(h(rk, 'lines') % 5 AS INTEGER)
                WHEN claim_kind = 'medical' AND u(rk, 'inhouse') < 0.25 THEN 1 + CAST(h(rk, 'lines') % 2 AS INTEGER)
                WHEN claim_kind = 'dental' AND u(rk, 'inhouse') < 0.2 THEN 1 + CAST(h(rk, 'lines') % 2 AS INTEGER)
                ELSE 0 END AS n
    FROM claim
    WHERE part = 1 AND claim_kind <> 'dpc'
),
listed AS (
    SELECT rk, claim_id, service_month, unnest(range(n)) AS line FROM counted WHERE n > 0
),
drawn AS (
    SELECT *, rk * 10 + line AS dk, CAST(h(rk * 10 + line, 'drug') % 20000 AS INTEGER) AS drug FROM listed
)
SELECT claim_id, service_month,
       list_extract((SELECT codes FROM drug_codes), drug + 1) AS drug_code,
       CASE WHEN class_u < 0.55 THEN 'generic' WHEN class_u < 0.66 THEN 'original_with_generic'
            ELSE 'other' END AS generic_class,
       round(1 + 89 * u(dk, 'quantity'), 1) AS quantity,
       CASE WHEN excluded_u < 0.02 THEN '漢方製剤' WHEN excluded_u < 0.03 THEN '生薬' END AS excluded_class
FROM (SELECT *, u(dk, 'class') AS class_u, u(dk, 'excluded') AS excluded_u FROM drawn)
