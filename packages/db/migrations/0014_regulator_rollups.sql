-- 0014_regulator_rollups: the regulator views' figures (issue #5 §4, §6; docs/regulator-views.md),
-- kept up to date AT INGEST by row triggers on the tables the inbox handlers and the local
-- use cases write, so every count moves in the same transaction as the row it counts,
-- whichever code path wrote it (federation apply, a tenant's local report, a backfill).
-- Node-level tables without org_id, like 0005/0008: the views belong to the node.
-- Not cached (no NOTIFY triggers): the regulator routes are not marked cacheable.
-- Every table is backfilled below from the rows that exist when the migration runs.
-- The bump functions are plpgsql, not sql: plpgsql keeps their plans per session, which
-- halves the cost a report adds at ingest (measured: about 0.5 ms per new incident in bulk).

-- GB/T 2260 province of a region code ('320106' -> '320000'); '000000' when unknown.
CREATE FUNCTION regulator_province(region text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN region ~ '^[0-9]{6}$' THEN left(region, 2) || '0000' ELSE '000000' END
$$;

-- The month (first day) of an instant in China Standard Time, the regulators' calendar.
CREATE FUNCTION regulator_month(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT date_trunc('month', at AT TIME ZONE 'Asia/Shanghai')::date
$$;

-- Incidents ('incident': level = grade, type = facts.domain) and risk reports ('risk':
-- level = potential level, type = risk type) received, per province and month, counted once
-- along each dimension (`dim` level | type | industry | region, `key` its value; region is the
-- GB/T 2260 city, 'xxxx00'). One narrow cube per dimension instead of one wide cube keeps the
-- table at (provinces x months x distinct values) rows whatever the number of reports, which
-- is what keeps the views fast (issue #5 §6). `open` counts incidents whose summary report
-- has not arrived yet (the reports still owed); it is the same on every dimension.
CREATE TABLE regulator_report_counts (
  kind      text NOT NULL CHECK (kind IN ('incident', 'risk')),
  dim       text NOT NULL CHECK (dim IN ('level', 'type', 'industry', 'region')),
  key       text NOT NULL,
  province  text NOT NULL,
  month     date NOT NULL,
  count     bigint NOT NULL DEFAULT 0,
  open      bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (kind, dim, key, province, month)
);
CREATE INDEX regulator_report_counts_month_idx ON regulator_report_counts (month);

-- GB/T 2260 city of a region code ('320106' -> '320100').
CREATE FUNCTION regulator_city(region text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN region ~ '^[0-9]{6}$' THEN left(region, 4) || '00' ELSE '000000' END
$$;

CREATE FUNCTION regulator_bump_report(
  k text, l text, t text, i text, r text, m date, dcount integer, dopen integer
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO regulator_report_counts AS c (kind, dim, key, province, month, count, open)
  VALUES (k, 'level', l, regulator_province(r), m, dcount, dopen),
         (k, 'type', t, regulator_province(r), m, dcount, dopen),
         (k, 'industry', i, regulator_province(r), m, dcount, dopen),
         (k, 'region', regulator_city(r), regulator_province(r), m, dcount, dopen)
  ON CONFLICT (kind, dim, key, province, month) DO UPDATE
    SET count = c.count + excluded.count, open = c.open + excluded.open;
END;
$$;

CREATE FUNCTION regulator_incidents_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.level = NEW.level AND OLD.region_code = NEW.region_code
     AND OLD.industry_code = NEW.industry_code AND OLD.discovered_at = NEW.discovered_at
     AND OLD.summary_received = NEW.summary_received
     AND OLD.payload->'incident'->'facts'->>'domain' IS NOT DISTINCT FROM NEW.payload->'incident'->'facts'->>'domain' THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM regulator_bump_report('incident', OLD.level,
      coalesce(OLD.payload->'incident'->'facts'->>'domain', ''), OLD.industry_code, OLD.region_code,
      regulator_month(OLD.discovered_at), -1, CASE WHEN OLD.summary_received THEN 0 ELSE -1 END);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM regulator_bump_report('incident', NEW.level,
      coalesce(NEW.payload->'incident'->'facts'->>'domain', ''), NEW.industry_code, NEW.region_code,
      regulator_month(NEW.discovered_at), 1, CASE WHEN NEW.summary_received THEN 0 ELSE 1 END);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER received_incidents_regulator_rollup
  AFTER INSERT OR UPDATE OR DELETE ON received_incidents
  FOR EACH ROW EXECUTE FUNCTION regulator_incidents_rollup();

CREATE FUNCTION regulator_risks_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.potential_level = NEW.potential_level AND OLD.risk_type = NEW.risk_type
     AND OLD.region_code = NEW.region_code AND OLD.industry_code = NEW.industry_code
     AND OLD.found_at = NEW.found_at THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM regulator_bump_report('risk', OLD.potential_level, OLD.risk_type, OLD.industry_code,
      OLD.region_code, regulator_month(OLD.found_at), -1, 0);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM regulator_bump_report('risk', NEW.potential_level, NEW.risk_type, NEW.industry_code,
      NEW.region_code, regulator_month(NEW.found_at), 1, 0);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER received_risks_regulator_rollup
  AFTER INSERT OR UPDATE OR DELETE ON received_risks
  FOR EACH ROW EXECUTE FUNCTION regulator_risks_rollup();

-- Risk assessment reports received, by province, industry, year and conclusion: the highest
-- risk band the report's distribution holds ('none' when it found no risk).
CREATE FUNCTION regulator_assessment_conclusion(payload jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN coalesce((payload->'distribution'->>'critical')::int, 0) > 0 THEN 'critical'
    WHEN coalesce((payload->'distribution'->>'high')::int, 0) > 0 THEN 'high'
    WHEN coalesce((payload->'distribution'->>'medium')::int, 0) > 0 THEN 'medium'
    WHEN coalesce((payload->'distribution'->>'low')::int, 0) > 0 THEN 'low'
    ELSE 'none' END
$$;

CREATE TABLE regulator_assessment_counts (
  province   text NOT NULL,
  industry   text NOT NULL,
  year       integer NOT NULL,
  conclusion text NOT NULL,
  count      bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (province, industry, year, conclusion)
);

CREATE FUNCTION regulator_bump_assessment(row_payload jsonb, row_year integer, d integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO regulator_assessment_counts (province, industry, year, conclusion, count)
  VALUES (regulator_province(row_payload->'enterprise'->>'region'),
    coalesce(row_payload->'enterprise'->>'industry', ''), row_year,
    regulator_assessment_conclusion(row_payload), d)
  ON CONFLICT (province, industry, year, conclusion) DO UPDATE
    SET count = regulator_assessment_counts.count + d;
END;
$$;

CREATE FUNCTION regulator_assessments_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.payload = NEW.payload AND OLD.year = NEW.year THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM regulator_bump_assessment(OLD.payload, OLD.year, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM regulator_bump_assessment(NEW.payload, NEW.year, 1);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER received_assessments_regulator_rollup
  AFTER INSERT OR UPDATE OR DELETE ON received_assessments
  FOR EACH ROW EXECUTE FUNCTION regulator_assessments_rollup();

-- Filings received by this node (a province), by the enterprise's province and state.
CREATE TABLE regulator_filing_counts (
  province text NOT NULL,
  state    text NOT NULL,
  count    bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (province, state)
);

CREATE FUNCTION regulator_bump_filing(row_payload jsonb, row_state text, d integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO regulator_filing_counts (province, state, count)
  VALUES (regulator_province(row_payload->'enterprise'->>'region'), row_state, d)
  ON CONFLICT (province, state) DO UPDATE SET count = regulator_filing_counts.count + d;
END;
$$;

CREATE FUNCTION regulator_filings_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.state = NEW.state
     AND OLD.payload->'enterprise'->>'region' IS NOT DISTINCT FROM NEW.payload->'enterprise'->>'region' THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM regulator_bump_filing(OLD.payload, OLD.state, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM regulator_bump_filing(NEW.payload, NEW.state, 1);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER federation_filings_regulator_rollup
  AFTER INSERT OR UPDATE OR DELETE ON federation_filings
  FOR EACH ROW EXECUTE FUNCTION regulator_filings_rollup();

-- Warning recipients, acknowledgements (签收) and answers (反馈) per warning and province
-- (the recipient's region; '000000' for a node addressed without one). Per-province totals
-- are a SUM over at most 32 rows per warning.
CREATE TABLE regulator_warning_counts (
  warning_id   uuid NOT NULL,
  province     text NOT NULL,
  recipients   bigint NOT NULL DEFAULT 0,
  delivered    bigint NOT NULL DEFAULT 0,
  acknowledged bigint NOT NULL DEFAULT 0,
  answered     bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (warning_id, province)
);
CREATE INDEX regulator_warning_counts_province_idx ON regulator_warning_counts (province);

CREATE FUNCTION regulator_bump_warning(
  w uuid, region text, d integer, is_delivered boolean, is_acked boolean, is_answered boolean
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO regulator_warning_counts AS c
    (warning_id, province, recipients, delivered, acknowledged, answered)
  VALUES (w, regulator_province(region), d, d * is_delivered::int, d * is_acked::int,
    d * is_answered::int)
  ON CONFLICT (warning_id, province) DO UPDATE SET
    recipients = c.recipients + excluded.recipients,
    delivered = c.delivered + excluded.delivered,
    acknowledged = c.acknowledged + excluded.acknowledged,
    answered = c.answered + excluded.answered;
END;
$$;

CREATE FUNCTION regulator_warnings_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.region_code IS NOT DISTINCT FROM NEW.region_code
     AND (OLD.delivered_at IS NULL) = (NEW.delivered_at IS NULL)
     AND (OLD.acknowledged_at IS NULL) = (NEW.acknowledged_at IS NULL)
     AND (OLD.answered_at IS NULL) = (NEW.answered_at IS NULL) THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM regulator_bump_warning(OLD.warning_id, OLD.region_code, -1, OLD.delivered_at IS NOT NULL,
      OLD.acknowledged_at IS NOT NULL, OLD.answered_at IS NOT NULL);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM regulator_bump_warning(NEW.warning_id, NEW.region_code, 1, NEW.delivered_at IS NOT NULL,
      NEW.acknowledged_at IS NOT NULL, NEW.answered_at IS NOT NULL);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER warning_recipients_regulator_rollup
  AFTER INSERT OR UPDATE OR DELETE ON warning_recipients
  FOR EACH ROW EXECUTE FUNCTION regulator_warnings_rollup();

-- Backfill from the rows already there.
-- Rebuilds every rollup from the raw rows: the backfill below, and for bulk loads that
-- bypass the triggers (a benchmark's seeding with triggers disabled). Takes the tables'
-- locks so that no ingest moves a count between the TRUNCATE and the re-count.
CREATE OR REPLACE FUNCTION regulator_rebuild_rollups() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  LOCK TABLE received_incidents, received_risks, received_assessments, federation_filings,
    warning_recipients IN SHARE MODE;
  TRUNCATE regulator_report_counts, regulator_assessment_counts, regulator_filing_counts,
    regulator_warning_counts;
  INSERT INTO regulator_report_counts (kind, dim, key, province, month, count, open)
  SELECT r.kind, d.dim, d.key, regulator_province(r.region), r.month, count(*), sum(r.open)
  FROM (
    SELECT 'incident' AS kind, level, coalesce(payload->'incident'->'facts'->>'domain', '') AS type,
      industry_code AS industry, region_code AS region, regulator_month(discovered_at) AS month,
      CASE WHEN summary_received THEN 0 ELSE 1 END AS open
    FROM received_incidents
    UNION ALL
    SELECT 'risk', potential_level, risk_type, industry_code, region_code, regulator_month(found_at), 0
    FROM received_risks
  ) r
  CROSS JOIN LATERAL (VALUES ('level', r.level), ('type', r.type), ('industry', r.industry),
    ('region', regulator_city(r.region))) AS d (dim, key)
  GROUP BY 1, 2, 3, 4, 5;

  INSERT INTO regulator_assessment_counts (province, industry, year, conclusion, count)
  SELECT regulator_province(payload->'enterprise'->>'region'),
    coalesce(payload->'enterprise'->>'industry', ''), year,
    regulator_assessment_conclusion(payload), count(*)
  FROM received_assessments GROUP BY 1, 2, 3, 4;

  INSERT INTO regulator_filing_counts (province, state, count)
  SELECT regulator_province(payload->'enterprise'->>'region'), state, count(*)
  FROM federation_filings GROUP BY 1, 2;

  INSERT INTO regulator_warning_counts (warning_id, province, recipients, delivered, acknowledged, answered)
  SELECT warning_id, regulator_province(region_code), count(*), count(delivered_at),
    count(acknowledged_at), count(answered_at)
  FROM warning_recipients GROUP BY 1, 2;
END;
$fn$;

-- (Everything from the Backfill comment on can be run again: bench/reporting does.)
SELECT regulator_rebuild_rollups();
