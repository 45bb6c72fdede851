-- 健診月ごとに1ファイル（in_file）: 年度の健診を読む定義は、ほかの年度のファイルを読み飛ばす。
SELECT checkup_id, member_id, checkup_date, checkup_kind, facility_branch_code, systolic_bp, diastolic_bp,
       fasting_glucose, hba1c, ldl, on_medication, guidance_level
FROM checkup
WHERE in_file(checkup_date)
