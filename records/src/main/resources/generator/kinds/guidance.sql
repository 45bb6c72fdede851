-- 特定保健指導: 支部の実施率の確率で年度末までに終了（初回面談は健診から残り日数の前半、終了はその後年度末まで）、
-- 残りの30%は開始したが年度末までに終了しない（6割は翌年度に終了、4割は終了しない）
WITH chosen AS (
    SELECT c.*, u(c.ck, 'guidance') AS g,
           CASE WHEN c.kind_at = 'insured' THEN c.insured_guidance_rate ELSE c.dependant_guidance_rate END AS rate
    FROM checkup c
    WHERE c.guidance_level IN ('motivational', 'active')
),
started AS (
    SELECT *,
           CASE WHEN g < rate THEN checkup_date + CAST(floor(u(ck, 'gstart') * (fy_end - checkup_date + 1) / 2) AS INTEGER)
                ELSE checkup_date + 14 + CAST(floor(u(ck, 'gstart') * 76) AS INTEGER) END AS start_date
    FROM chosen
    WHERE g < rate + 0.3 * (1 - rate)
)
SELECT event_id('G', fy, id, seq) AS guidance_id, member_id, checkup_id, start_date,
       CASE WHEN g < rate THEN start_date + CAST(floor(u(ck, 'gend') * (fy_end - start_date + 1)) AS INTEGER)
            WHEN u(ck, 'glate') < 0.6 THEN fy_end + 1 + CAST(floor(u(ck, 'gend') * 120) AS INTEGER) END AS completion_date,
       CASE WHEN u(ck, 'provider') < 0.6 THEN 'association' ELSE 'outsourced' END AS provider
FROM started
