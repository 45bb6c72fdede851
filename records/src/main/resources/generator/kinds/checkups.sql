-- 健診日の順に書く: 年度の健診だけを読む定義はファイルの行グループの統計でほかの年度を読み飛ばす。
SELECT checkup_id, member_id, checkup_date, checkup_kind, facility_branch_code, systolic_bp, diastolic_bp,
       fasting_glucose, hba1c, ldl, on_medication, guidance_level
FROM checkup
ORDER BY checkup_date, ck
