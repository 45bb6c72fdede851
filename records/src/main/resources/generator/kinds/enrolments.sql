-- 1つ目の資格期間（異動・切替えの者はその前日まで）と、異動・切替えの者の2つ目の資格期間
SELECT member_id, branch_code, office_id, member_kind, start_date, end_date
FROM (
    SELECT id, 1 AS part, member_id(id) AS member_id, branch0 AS branch_code, office0 AS office_id,
           kind0 AS member_kind, start0 AS start_date,
           CASE WHEN change_date IS NOT NULL THEN change_date - 1 ELSE end_date END AS end_date
    FROM person
    UNION ALL
    SELECT id, 2 AS part, member_id(id), branch1, office1, kind1, change_date, NULL
    FROM person
    WHERE change_date IS NOT NULL
)
