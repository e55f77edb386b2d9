-- 0009_incidents: data security incidents and risk reports (issue #5 §2,
-- docs/incidents-and-assessment.md § Server and API).
--
-- Enterprise side (org-scoped): the incident record with its grade, its timeline, the reports
-- sent about it, and risk reports. Regulator side (node-level, like federation_filings): the
-- incidents and risks received from children or from tenants hosted on this node.

CREATE TABLE incidents (
  id               uuid PRIMARY KEY,
  org_id           uuid NOT NULL REFERENCES organizations (id),
  title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description      text NOT NULL DEFAULT '',
  discovered_at    timestamptz NOT NULL,
  occurred_at      timestamptz,
  -- core IncidentFacts, as entered (graded by core's gradeIncident).
  facts            jsonb NOT NULL,
  cii_involved     boolean NOT NULL DEFAULT false,
  systems          jsonb NOT NULL DEFAULT '[]',
  catalog_items    jsonb NOT NULL DEFAULT '[]',
  data_volume      text NOT NULL DEFAULT '',
  measures         text NOT NULL DEFAULT '',
  computed_level   text NOT NULL,
  decided_by       jsonb NOT NULL,
  -- The officer's raise (never below computed_level; core applyOfficerLevel).
  officer_level    text,
  officer_reason   text,
  level            text NOT NULL
                   CHECK (level IN ('general', 'relatively-major', 'major', 'especially-major')),
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  closed_at        timestamptz,
  created_by       text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incidents_org_discovered_idx ON incidents (org_id, discovered_at DESC, id);

-- The timeline of updates (append-only).
CREATE TABLE incident_updates (
  id          uuid PRIMARY KEY,
  incident_id uuid NOT NULL REFERENCES incidents (id),
  at          timestamptz NOT NULL,
  author      text NOT NULL,
  note        text NOT NULL CHECK (length(note) BETWEEN 1 AND 4000)
);
CREATE INDEX incident_updates_incident_idx ON incident_updates (incident_id, at, id);

-- Reports sent about an incident: exactly the incident.report payload that went up.
CREATE TABLE incident_reports (
  id          uuid PRIMARY KEY,
  incident_id uuid NOT NULL REFERENCES incidents (id),
  kind        text NOT NULL CHECK (kind IN ('initial', 'follow-up', 'summary')),
  -- The parent's node id, or this node's own id for a tenant (no message).
  receiver    text NOT NULL,
  message_id  uuid,
  payload     jsonb NOT NULL,
  sent_by     text NOT NULL,
  sent_at     timestamptz NOT NULL
);
CREATE INDEX incident_reports_incident_idx ON incident_reports (incident_id, sent_at, id);
-- One initial and one summary report per incident; follow-ups as often as needed.
CREATE UNIQUE INDEX incident_reports_once_idx ON incident_reports (incident_id, kind)
  WHERE kind IN ('initial', 'summary');

-- Risk reports (风险信息报送). receiver is null when the risk is below the reporting threshold
-- (may lead to 一般 only): recorded, not sent.
CREATE TABLE risk_reports (
  id              uuid PRIMARY KEY,
  org_id          uuid NOT NULL REFERENCES organizations (id),
  risk_type       text NOT NULL,
  potential_level text NOT NULL,
  title           text NOT NULL,
  found_at        timestamptz NOT NULL,
  receiver        text,
  message_id      uuid,
  payload         jsonb NOT NULL,
  sent_by         text NOT NULL,
  sent_at         timestamptz NOT NULL
);
CREATE INDEX risk_reports_org_idx ON risk_reports (org_id, sent_at DESC, id);

-- Regulator side: one row per incident reported to this node, kept at its latest report.
-- sender is the child node it came from (this node itself for a tenant's report).
CREATE TABLE received_incidents (
  id                uuid PRIMARY KEY,
  sender            text NOT NULL,
  tenant_org_id     uuid REFERENCES organizations (id),
  incident_id       uuid NOT NULL,
  uscc              text NOT NULL,
  enterprise_name   text NOT NULL,
  region_code       text NOT NULL,
  industry_code     text NOT NULL,
  title             text NOT NULL,
  level             text NOT NULL,
  status            text NOT NULL,
  discovered_at     timestamptz NOT NULL,
  closed_at         timestamptz,
  last_kind         text NOT NULL,
  last_report_at    timestamptz NOT NULL,
  reports           integer NOT NULL DEFAULT 0,
  summary_received  boolean NOT NULL DEFAULT false,
  -- The latest payload as received.
  payload           jsonb NOT NULL,
  -- When this node passed it on to its parent (null: not forwarded).
  forwarded_at      timestamptz,
  received_at       timestamptz NOT NULL,
  UNIQUE (sender, incident_id)
);
CREATE INDEX received_incidents_list_idx ON received_incidents (last_report_at DESC, id);

-- Every report received (the history behind received_incidents).
CREATE TABLE received_incident_reports (
  id            uuid PRIMARY KEY,
  sender        text NOT NULL,
  envelope_id   uuid,
  incident_id   uuid NOT NULL,
  report_id     uuid NOT NULL,
  kind          text NOT NULL,
  payload       jsonb NOT NULL,
  received_at   timestamptz NOT NULL,
  UNIQUE (sender, report_id)
);
CREATE INDEX received_incident_reports_incident_idx
  ON received_incident_reports (sender, incident_id, received_at);

CREATE TABLE received_risks (
  id              uuid PRIMARY KEY,
  sender          text NOT NULL,
  tenant_org_id   uuid REFERENCES organizations (id),
  envelope_id     uuid,
  report_id       uuid NOT NULL,
  uscc            text NOT NULL,
  enterprise_name text NOT NULL,
  region_code     text NOT NULL,
  industry_code   text NOT NULL,
  risk_type       text NOT NULL,
  potential_level text NOT NULL,
  title           text NOT NULL,
  found_at        timestamptz NOT NULL,
  payload         jsonb NOT NULL,
  forwarded_at    timestamptz,
  received_at     timestamptz NOT NULL,
  UNIQUE (sender, report_id)
);
CREATE INDEX received_risks_list_idx ON received_risks (received_at DESC, id);
