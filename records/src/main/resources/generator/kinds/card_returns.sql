-- 保険証の回収: 資格喪失者の1枚（資格喪失日は資格の最終日の翌日）。82%は1か月以内（30日以内）、13%は遅れて、5%は未回収。
-- 受付は協会70%、日本年金機構30%
SELECT event_id('K', 0, id, 0) AS card_id, member_id(id) AS member_id, branch0 AS branch_code,
       end_date + 1 AS loss_date,
       CASE WHEN u(id, 'card') < 0.82 THEN end_date + 1 + CAST(floor(u(id, 'cardday') * 30) AS INTEGER)
            WHEN u(id, 'card') < 0.95 THEN end_date + 33 + CAST(floor(u(id, 'cardday') * 90) AS INTEGER) END AS returned_date,
       CASE WHEN u(id, 'card') >= 0.95 THEN NULL WHEN u(id, 'via') < 0.7 THEN 'association' ELSE 'pension_service' END AS returned_via
FROM person
WHERE end_date IS NOT NULL
