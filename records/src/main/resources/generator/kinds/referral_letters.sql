SELECT event_id('L', fy, id, CAST(ck % 10 AS INTEGER)) AS letter_id, member_id, checkup_id, sent_date, criterion
FROM referral
WHERE sent_date IS NOT NULL AND sent_date <= ${last_end}
