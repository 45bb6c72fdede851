SELECT checkup_id, member_id, checkup_date, checkup_kind, facility_branch_code, systolic_bp, diastolic_bp,
       fasting_glucose, hba1c, ldl, on_medication, guidance_level
FROM checkup
