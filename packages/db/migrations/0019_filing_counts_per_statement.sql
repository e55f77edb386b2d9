-- Filing counts (regulator_filing_counts, 0014) kept per statement instead of per row.
--
-- A province stores a push's filings with one multi-row INSERT (federation ingest,
-- docs/benchmarks.md). The row trigger of 0014 ran a PL/pgSQL function and an upsert for every
-- filing; these statement triggers read the statement's transition tables and upsert once per
-- (province, state) touched. The counts are the same.

DROP TRIGGER federation_filings_regulator_rollup ON federation_filings;

CREATE FUNCTION regulator_filings_rollup_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO regulator_filing_counts (province, state, count)
    SELECT regulator_province(payload->'enterprise'->>'region'), state, count(*)
    FROM new_rows GROUP BY 1, 2
    ON CONFLICT (province, state) DO UPDATE
      SET count = regulator_filing_counts.count + EXCLUDED.count;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO regulator_filing_counts (province, state, count)
    SELECT regulator_province(payload->'enterprise'->>'region'), state, -count(*)
    FROM old_rows GROUP BY 1, 2
    ON CONFLICT (province, state) DO UPDATE
      SET count = regulator_filing_counts.count + EXCLUDED.count;
  ELSE
    INSERT INTO regulator_filing_counts (province, state, count)
    SELECT province, state, sum(d) FROM (
      SELECT regulator_province(payload->'enterprise'->>'region') AS province, state, -1 AS d
      FROM old_rows
      UNION ALL
      SELECT regulator_province(payload->'enterprise'->>'region'), state, 1 FROM new_rows
    ) AS changes
    GROUP BY 1, 2 HAVING sum(d) <> 0
    ON CONFLICT (province, state) DO UPDATE
      SET count = regulator_filing_counts.count + EXCLUDED.count;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER federation_filings_counts_insert AFTER INSERT ON federation_filings
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION regulator_filings_rollup_statement();
CREATE TRIGGER federation_filings_counts_update AFTER UPDATE ON federation_filings
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION regulator_filings_rollup_statement();
CREATE TRIGGER federation_filings_counts_delete AFTER DELETE ON federation_filings
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION regulator_filings_rollup_statement();
