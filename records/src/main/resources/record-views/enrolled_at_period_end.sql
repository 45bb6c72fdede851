-- 期間末日に加入している者: その日を含む資格期間の支部・種別（被保険者／被扶養者）・事業所
SELECT e.member_id, e.branch_code, e.member_kind, e.office_id
FROM enrolments e
WHERE e.start_date <= :period_end
  AND (e.end_date IS NULL OR e.end_date >= :period_end)
