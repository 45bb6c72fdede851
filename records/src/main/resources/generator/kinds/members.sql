SELECT member_id(id) AS member_id, sex, birth_date
FROM person
