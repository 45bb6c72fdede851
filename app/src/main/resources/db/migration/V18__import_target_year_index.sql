-- An import compares its rows with the stored ones a fiscal year at a time (interchange/InterchangeImport): the year's
-- targets are read through this index, as the year's results are through kpi_result_year.
CREATE INDEX kpi_target_year ON kpi_target (fiscal_year, org_code);
