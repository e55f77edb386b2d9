-- 0015_regulator_fast_views: the regulator views answer in milliseconds with a million
-- reports (issue #5 §6; docs/regulator-views.md § Rollups, docs/benchmarks.md).
-- 1. regulator_report_months replaces 0014's cube, whose province column made 113,000 rows
--    for 1,000,000 reports (mostly industry x province), aggregated three times per overview.
--    Here the province is a dimension of its own: ~22,000 rows, ~2,300 per ministry overview.
--    The `filter` dimension ('level/status', 'level/type') gives the received lists exact
--    totals. Statement triggers (transition tables, as 0002) make one grouped upsert per
--    statement. Every province meets on the same rows, so writers take one node-wide
--    advisory lock before touching a count row (only when a count moves): concurrent
--    ingest transactions queue for it instead of deadlocking on the rows.
-- 2. regulator_rollup_counts: each province's latest filing rollup summed once on arrival.
-- 3. regulator_warning_counts: the two counts the tracked-warnings list derives `overdue` from.
-- 4. regulator_assessment_counts without the industry no view reads (9,400 -> ~250 rows).
-- 5. Indexes for the received lists by level, status or risk type, in the lists' order.
-- 6. Every change of a rollup table (and of `warnings`) sends NOTIFY shuan_org_changed 'node'
--    (0004's channel; never an org id): the response cache keeps the regulator views per org
--    and node generation (`cacheResponse: 'node'`), so an ingest commit retires them.

-- 1. Incidents and risks by dimension and month -------------------------------------------

CREATE TABLE regulator_report_months (
  kind  text NOT NULL CHECK (kind IN ('incident', 'risk')),
  dim   text NOT NULL CHECK (dim IN ('level', 'type', 'industry', 'region', 'province', 'filter')),
  key   text NOT NULL,
  month date NOT NULL,
  count bigint NOT NULL DEFAULT 0,
  open  bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (dim, month, kind, key)
);

-- One count of a report (+1 added, -1 removed) along one dimension.
CREATE TYPE regulator_report_cell AS (
  kind text, dim text, key text, month date, count bigint, open bigint
);

-- The cells of one incident: level = grade, type = facts.domain, region = GB/T 2260 city,
-- province, filter = 'level/status' (the list's filters); open while no summary arrived.
CREATE FUNCTION regulator_incident_cells(r received_incidents, d integer)
RETURNS SETOF regulator_report_cell LANGUAGE sql IMMUTABLE AS $$
  SELECT 'incident', c.dim, c.key, regulator_month(r.discovered_at), d::bigint,
    (CASE WHEN r.summary_received THEN 0 ELSE d END)::bigint
  FROM (VALUES ('level', r.level),
    ('type', coalesce(r.payload->'incident'->'facts'->>'domain', '')),
    ('industry', r.industry_code),
    ('region', regulator_city(r.region_code)),
    ('province', regulator_province(r.region_code)),
    ('filter', r.level || '/' || r.status)) AS c (dim, key)
$$;

-- The cells of one risk report: level = potential level, type = risk type, filter = 'level/type'.
CREATE FUNCTION regulator_risk_cells(r received_risks, d integer)
RETURNS SETOF regulator_report_cell LANGUAGE sql IMMUTABLE AS $$
  SELECT 'risk', c.dim, c.key, regulator_month(r.found_at), d::bigint, 0::bigint
  FROM (VALUES ('level', r.potential_level),
    ('type', r.risk_type),
    ('industry', r.industry_code),
    ('region', regulator_city(r.region_code)),
    ('province', regulator_province(r.region_code)),
    ('filter', r.potential_level || '/' || r.risk_type)) AS c (dim, key)
$$;

-- Adds a statement's cells: grouped, cells that cancel out dropped (an update that changed
-- nothing counted), then under the node-wide lock one upsert in key order.
CREATE FUNCTION regulator_add_report_cells(cells regulator_report_cell[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  moved regulator_report_cell[];
BEGIN
  moved := ARRAY(
    SELECT ROW(c.kind, c.dim, c.key, c.month, sum(c.count), sum(c.open))::regulator_report_cell
    FROM unnest(cells) AS c
    GROUP BY c.dim, c.month, c.kind, c.key
    HAVING sum(c.count) <> 0 OR sum(c.open) <> 0
    ORDER BY c.dim, c.month, c.kind, c.key);
  IF cardinality(moved) = 0 THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('regulator-report-months'));
  INSERT INTO regulator_report_months AS m (kind, dim, key, month, count, open)
  SELECT c.kind, c.dim, c.key, c.month, c.count, c.open FROM unnest(moved) AS c
  ON CONFLICT (dim, month, kind, key) DO UPDATE
    SET count = m.count + excluded.count, open = m.open + excluded.open;
END;
$$;

CREATE FUNCTION regulator_incidents_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM regulator_add_report_cells(ARRAY(
      SELECT c FROM new_rows new_row, regulator_incident_cells(new_row, 1) c));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM regulator_add_report_cells(ARRAY(
      SELECT c FROM new_rows new_row, regulator_incident_cells(new_row, 1) c
      UNION ALL
      SELECT c FROM old_rows old_row, regulator_incident_cells(old_row, -1) c));
  ELSE
    PERFORM regulator_add_report_cells(ARRAY(
      SELECT c FROM old_rows old_row, regulator_incident_cells(old_row, -1) c));
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION regulator_risks_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM regulator_add_report_cells(ARRAY(
      SELECT c FROM new_rows new_row, regulator_risk_cells(new_row, 1) c));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM regulator_add_report_cells(ARRAY(
      SELECT c FROM new_rows new_row, regulator_risk_cells(new_row, 1) c
      UNION ALL
      SELECT c FROM old_rows old_row, regulator_risk_cells(old_row, -1) c));
  ELSE
    PERFORM regulator_add_report_cells(ARRAY(
      SELECT c FROM old_rows old_row, regulator_risk_cells(old_row, -1) c));
  END IF;
  RETURN NULL;
END;
$$;

DROP TRIGGER received_incidents_regulator_rollup ON received_incidents;
DROP TRIGGER received_risks_regulator_rollup ON received_risks;
DROP FUNCTION regulator_incidents_rollup();
DROP FUNCTION regulator_risks_rollup();
DROP FUNCTION regulator_bump_report(text, text, text, text, text, date, integer, integer);
DROP TABLE regulator_report_counts;

-- A trigger with transition tables serves one event: three per table.
CREATE TRIGGER received_incidents_months_insert AFTER INSERT ON received_incidents
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION regulator_incidents_apply();
CREATE TRIGGER received_incidents_months_update AFTER UPDATE ON received_incidents
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION regulator_incidents_apply();
CREATE TRIGGER received_incidents_months_delete AFTER DELETE ON received_incidents
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION regulator_incidents_apply();
CREATE TRIGGER received_risks_months_insert AFTER INSERT ON received_risks
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION regulator_risks_apply();
CREATE TRIGGER received_risks_months_update AFTER UPDATE ON received_risks
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION regulator_risks_apply();
CREATE TRIGGER received_risks_months_delete AFTER DELETE ON received_risks
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION regulator_risks_apply();

-- 2. The provinces' latest filing rollups, per sender and dimension ----------------------

CREATE TABLE regulator_rollup_counts (
  sender text NOT NULL,
  dim    text NOT NULL CHECK (dim IN ('status', 'level', 'industry', 'province')),
  key    text NOT NULL,
  count  bigint NOT NULL,
  PRIMARY KEY (sender, dim, key));

-- A count's province: its region's, else the rollup's region's (as the map always did).
CREATE FUNCTION regulator_rollup_cells(rollup_sender text, rollup_region text, counts jsonb)
RETURNS TABLE (sender text, dim text, key text, count bigint) LANGUAGE sql IMMUTABLE AS $$
  SELECT rollup_sender, d.dim, d.key, sum((c->>'count')::bigint)
  FROM jsonb_array_elements(counts) AS c
  CROSS JOIN LATERAL (VALUES ('status', c->>'status'), ('level', c->>'level'),
    ('industry', c->>'industry'),
    ('province', regulator_province(coalesce(nullif(c->>'region', ''), rollup_region))))
    AS d (dim, key)
  GROUP BY d.dim, d.key
$$;

-- A province's rows are replaced whole by its newer rollup (only its own rows: a sender's
-- rollups are applied one at a time, so no other writer touches them).
CREATE FUNCTION regulator_rollups_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.sender, OLD.region, OLD.counts) = (NEW.sender, NEW.region, NEW.counts) THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM regulator_rollup_counts WHERE sender = OLD.sender;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO regulator_rollup_counts (sender, dim, key, count)
    SELECT * FROM regulator_rollup_cells(NEW.sender, NEW.region, NEW.counts);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER federation_rollups_regulator_counts
  AFTER INSERT OR UPDATE OR DELETE ON federation_rollups
  FOR EACH ROW EXECUTE FUNCTION regulator_rollups_apply();

-- 3. Warning recipients: what `overdue` needs ---------------------------------------------

ALTER TABLE regulator_warning_counts
  ADD COLUMN delivered_unacked bigint NOT NULL DEFAULT 0,
  ADD COLUMN delivered_unsettled bigint NOT NULL DEFAULT 0;

CREATE OR REPLACE FUNCTION regulator_bump_warning(
  w uuid, region text, d integer, is_delivered boolean, is_acked boolean, is_answered boolean
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO regulator_warning_counts AS c (warning_id, province, recipients, delivered,
    acknowledged, answered, delivered_unacked, delivered_unsettled)
  VALUES (w, regulator_province(region), d, d * is_delivered::int, d * is_acked::int,
    d * is_answered::int, d * (is_delivered AND NOT is_acked)::int,
    d * (is_delivered AND NOT (is_acked AND is_answered))::int)
  ON CONFLICT (warning_id, province) DO UPDATE SET
    recipients = c.recipients + excluded.recipients,
    delivered = c.delivered + excluded.delivered,
    acknowledged = c.acknowledged + excluded.acknowledged,
    answered = c.answered + excluded.answered,
    delivered_unacked = c.delivered_unacked + excluded.delivered_unacked,
    delivered_unsettled = c.delivered_unsettled + excluded.delivered_unsettled;
END;
$$;

-- 4. Assessments by province, year and conclusion ------------------------------------------

DROP TABLE regulator_assessment_counts;
CREATE TABLE regulator_assessment_counts (province text NOT NULL, year integer NOT NULL,
  conclusion text NOT NULL, count bigint NOT NULL DEFAULT 0, PRIMARY KEY (province, year, conclusion));

CREATE OR REPLACE FUNCTION regulator_bump_assessment(row_payload jsonb, row_year integer, d integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO regulator_assessment_counts AS c (province, year, conclusion, count)
  VALUES (regulator_province(row_payload->'enterprise'->>'region'), row_year,
    regulator_assessment_conclusion(row_payload), d)
  ON CONFLICT (province, year, conclusion) DO UPDATE SET count = c.count + d;
END;
$$;

-- 5. The received lists ----------------------------------------------------------------------

CREATE INDEX received_incidents_level_list_idx ON received_incidents (level, last_report_at DESC, id);
CREATE INDEX received_incidents_status_list_idx ON received_incidents (status, last_report_at DESC, id);
CREATE INDEX received_risks_level_list_idx ON received_risks (potential_level, received_at DESC, id);
CREATE INDEX received_risks_type_list_idx ON received_risks (risk_type, received_at DESC, id);

-- 6. Change notifications of the node's figures ----------------------------------------------

CREATE FUNCTION notify_node_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('shuan_org_changed', 'node');
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['regulator_report_months', 'regulator_assessment_counts',
    'regulator_filing_counts', 'regulator_warning_counts', 'regulator_rollup_counts', 'warnings']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION notify_node_changed()', t || '_notify_node', t);
  END LOOP;
END;
$$;

-- Backfill from the rows already there.
-- Rebuilds every rollup from the raw rows (replaces 0014's): the backfill below, and bulk
-- loads that bypass the triggers (bench/reporting seeds with triggers off). Takes the
-- tables' locks so that no ingest moves a count between the TRUNCATE and the re-count.
CREATE OR REPLACE FUNCTION regulator_rebuild_rollups() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  LOCK TABLE received_incidents, received_risks, received_assessments, federation_filings,
    warning_recipients, federation_rollups IN SHARE MODE;
  TRUNCATE regulator_report_months, regulator_assessment_counts, regulator_filing_counts,
    regulator_warning_counts, regulator_rollup_counts;
  INSERT INTO regulator_report_months (kind, dim, key, month, count, open)
  SELECT c.kind, c.dim, c.key, c.month, sum(c.count), sum(c.open)
  FROM (SELECT c.* FROM received_incidents r, regulator_incident_cells(r, 1) c
        UNION ALL
        SELECT c.* FROM received_risks r, regulator_risk_cells(r, 1) c) AS c
  GROUP BY c.dim, c.month, c.kind, c.key;

  INSERT INTO regulator_assessment_counts (province, year, conclusion, count)
  SELECT regulator_province(payload->'enterprise'->>'region'), year,
    regulator_assessment_conclusion(payload), count(*)
  FROM received_assessments GROUP BY 1, 2, 3;

  INSERT INTO regulator_filing_counts (province, state, count)
  SELECT regulator_province(payload->'enterprise'->>'region'), state, count(*)
  FROM federation_filings GROUP BY 1, 2;

  INSERT INTO regulator_warning_counts (warning_id, province, recipients, delivered,
    acknowledged, answered, delivered_unacked, delivered_unsettled)
  SELECT warning_id, regulator_province(region_code), count(*), count(delivered_at),
    count(acknowledged_at), count(answered_at),
    count(*) FILTER (WHERE delivered_at IS NOT NULL AND acknowledged_at IS NULL),
    count(*) FILTER (WHERE delivered_at IS NOT NULL
      AND (acknowledged_at IS NULL OR answered_at IS NULL))
  FROM warning_recipients GROUP BY 1, 2;

  INSERT INTO regulator_rollup_counts (sender, dim, key, count)
  SELECT c.* FROM federation_rollups f, regulator_rollup_cells(f.sender, f.region, f.counts) c;
END;
$fn$;

-- (Everything from the Backfill comment on can be run again: bench/reporting does.)
SELECT regulator_rebuild_rollups();
