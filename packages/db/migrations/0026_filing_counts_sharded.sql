-- Filing counts (regulator_filing_counts, 0014/0019) spread over 16 rows per (province,
-- state) instead of one.
--
-- Every push of filings upserts the count of (province, 'received'), and the row lock of that
-- upsert is held until the push's transaction commits: concurrent pushes from different
-- enterprises queued on that one row (pg_stat_statements showed the filings INSERT waiting
-- ~50 ms per push in bench:federation ingest, docs/benchmarks.md). Each transaction now adds
-- to the shard of its transaction id, so two concurrent pushes meet on a row 1 time in 16.
-- Readers sum the shards; the rebuild (0015) writes shard 0.

ALTER TABLE regulator_filing_counts ADD COLUMN shard smallint NOT NULL DEFAULT 0;
ALTER TABLE regulator_filing_counts DROP CONSTRAINT regulator_filing_counts_pkey;
ALTER TABLE regulator_filing_counts ADD PRIMARY KEY (province, state, shard);

-- The row trigger's helpers, unused since 0019, would no longer fit the key.
DROP FUNCTION regulator_filings_rollup();
DROP FUNCTION regulator_bump_filing(jsonb, text, integer);

CREATE OR REPLACE FUNCTION regulator_filings_rollup_statement() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  s smallint := (txid_current() % 16)::smallint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO regulator_filing_counts (province, state, shard, count)
    SELECT regulator_province(payload->'enterprise'->>'region'), state, s, count(*)
    FROM new_rows GROUP BY 1, 2
    ON CONFLICT (province, state, shard) DO UPDATE
      SET count = regulator_filing_counts.count + EXCLUDED.count;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO regulator_filing_counts (province, state, shard, count)
    SELECT regulator_province(payload->'enterprise'->>'region'), state, s, -count(*)
    FROM old_rows GROUP BY 1, 2
    ON CONFLICT (province, state, shard) DO UPDATE
      SET count = regulator_filing_counts.count + EXCLUDED.count;
  ELSE
    INSERT INTO regulator_filing_counts (province, state, shard, count)
    SELECT province, state, s, sum(d) FROM (
      SELECT regulator_province(payload->'enterprise'->>'region') AS province, state, -1 AS d
      FROM old_rows
      UNION ALL
      SELECT regulator_province(payload->'enterprise'->>'region'), state, 1 FROM new_rows
    ) AS changes
    GROUP BY 1, 2 HAVING sum(d) <> 0
    ON CONFLICT (province, state, shard) DO UPDATE
      SET count = regulator_filing_counts.count + EXCLUDED.count;
  END IF;
  RETURN NULL;
END;
$$;
