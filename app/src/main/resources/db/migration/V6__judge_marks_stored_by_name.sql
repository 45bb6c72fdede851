-- A mark is kept by its constant's name in every table (Mark.stored): plan_action.mark already was, while
-- kpi_result.printed_mark held the symbol. The symbols become names; the column is widened to hold them.
ALTER TABLE kpi_result ALTER COLUMN printed_mark SET DATA TYPE VARCHAR(20);
UPDATE kpi_result SET printed_mark = CASE printed_mark
    WHEN '◎' THEN 'EXCEEDED'
    WHEN '○' THEN 'AS_PLANNED'
    WHEN '〇' THEN 'AS_PLANNED'
    WHEN '◯' THEN 'AS_PLANNED'
    WHEN '△' THEN 'BELOW_PLAN'
    WHEN '×' THEN 'NOT_CARRIED_OUT'
    WHEN '—' THEN 'NONE'
    ELSE printed_mark END
WHERE printed_mark IS NOT NULL;
