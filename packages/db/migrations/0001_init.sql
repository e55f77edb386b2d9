-- 0001_init: the enterprise node's tables. Every row carries org_id so that every query can
-- be scoped to one organisation (the province node hosts many enterprises on one server).

CREATE TABLE organizations (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id        uuid NOT NULL REFERENCES organizations (id),
  username      text NOT NULL UNIQUE,
  display_name  text NOT NULL,
  role          text NOT NULL CHECK (role IN ('admin', 'officer', 'reviewer', 'auditor')),
  password_hash text NOT NULL,
  disabled      boolean NOT NULL DEFAULT false,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until  timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_org_idx ON users (org_id);

CREATE TABLE sessions (
  id_hash    text PRIMARY KEY,
  org_id     uuid NOT NULL REFERENCES organizations (id),
  user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id       uuid NOT NULL REFERENCES organizations (id),
  user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name         text NOT NULL,
  token_hash   text NOT NULL UNIQUE,
  prefix       text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (org_id, user_id);

CREATE TABLE data_sources (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id        uuid NOT NULL REFERENCES organizations (id),
  name          text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('postgres', 'mysql', 'sqlite', 'files')),
  target        text NOT NULL,
  sealed_secret text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX data_sources_org_idx ON data_sources (org_id, created_at);

CREATE TABLE scans (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id           uuid NOT NULL REFERENCES organizations (id),
  source_id        uuid NOT NULL REFERENCES data_sources (id) ON DELETE CASCADE,
  status           text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  industry         text,
  sample_rows      integer NOT NULL,
  progress         jsonb NOT NULL DEFAULT '{"done":0,"total":0}',
  summary          jsonb,
  error            text,
  job_id           text,
  cancel_requested boolean NOT NULL DEFAULT false,
  created_by       text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  started_at       timestamptz,
  finished_at      timestamptz
);
CREATE INDEX scans_org_idx ON scans (org_id, created_at DESC);
CREATE INDEX scans_status_idx ON scans (status);

CREATE TABLE scan_findings (
  id         bigserial PRIMARY KEY,
  org_id     uuid NOT NULL REFERENCES organizations (id),
  scan_id    uuid NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
  table_name text NOT NULL,
  level      text NOT NULL,
  finding    jsonb NOT NULL,
  columns    jsonb NOT NULL
);
CREATE INDEX scan_findings_scan_idx ON scan_findings (org_id, scan_id, id);

CREATE TABLE catalog_items (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id             uuid NOT NULL REFERENCES organizations (id),
  source_id          uuid NOT NULL REFERENCES data_sources (id) ON DELETE CASCADE,
  table_name         text NOT NULL,
  comment            text,
  category           text,
  level              text NOT NULL,
  status             text NOT NULL CHECK (status IN ('pending', 'confirmed', 'changed')),
  proposed           jsonb NOT NULL,
  has_proposal_diff  boolean NOT NULL DEFAULT false,
  pi                 boolean NOT NULL DEFAULT false,
  sensitive_pi       boolean NOT NULL DEFAULT false,
  labels             text[] NOT NULL DEFAULT '{}',
  rows               bigint,
  size_bytes         bigint,
  columns            jsonb NOT NULL DEFAULT '[]',
  department         text NOT NULL DEFAULT '',
  purpose            text NOT NULL DEFAULT '',
  storage_location   text NOT NULL DEFAULT '',
  sharing            boolean NOT NULL DEFAULT false,
  cross_border       boolean NOT NULL DEFAULT false,
  protection         text NOT NULL DEFAULT '',
  responsible_person text NOT NULL DEFAULT '',
  reviewed_by        text,
  reviewed_at        timestamptz,
  review_reason      text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, source_id, table_name)
);
CREATE INDEX catalog_items_org_level_idx ON catalog_items (org_id, level, table_name);
CREATE INDEX catalog_items_org_status_idx ON catalog_items (org_id, status, table_name);

CREATE TABLE catalog_versions (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id     uuid NOT NULL REFERENCES organizations (id),
  number     integer NOT NULL,
  note       text NOT NULL DEFAULT '',
  item_count integer NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, number)
);

CREATE TABLE catalog_version_items (
  version_id uuid NOT NULL REFERENCES catalog_versions (id) ON DELETE CASCADE,
  org_id     uuid NOT NULL REFERENCES organizations (id),
  item_id    uuid NOT NULL,
  item       jsonb NOT NULL,
  PRIMARY KEY (version_id, item_id)
);

-- seq is contiguous per org (taken under the org's chain lock), so a deleted or inserted row
-- shows as a gap; id only orders rows across orgs.
CREATE TABLE audit_log (
  id        bigserial PRIMARY KEY,
  org_id    uuid NOT NULL REFERENCES organizations (id),
  seq       bigint NOT NULL,
  at        timestamptz NOT NULL,
  actor     text NOT NULL,
  action    text NOT NULL,
  target    text NOT NULL DEFAULT '',
  payload   jsonb NOT NULL DEFAULT '{}',
  prev_hash text NOT NULL,
  hash      text NOT NULL
);
CREATE UNIQUE INDEX audit_log_org_seq_idx ON audit_log (org_id, seq);
CREATE INDEX audit_log_org_at_idx ON audit_log (org_id, at);

-- The audit log is append-only: rows can be inserted, never changed or removed.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
