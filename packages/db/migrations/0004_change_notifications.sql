-- 0004_change_notifications: every committed change to an organisation's rows sends
-- NOTIFY shuan_org_changed with the org id as payload. Server instances LISTEN and drop
-- what they cached for that org (responses, sessions), so a cache never outlives a commit
-- by more than the notification's delivery time, whichever instance or job wrote.
-- NOTIFY is transactional: nothing is sent for a rolled-back change, and PostgreSQL sends
-- one notification per org and transaction however many statements touched it.
-- api_tokens is left out on purpose: every bearer request stamps last_used_at, and token
-- lookups are not cached. Tables added later that feed cached responses add the same
-- triggers in their own migration.

CREATE FUNCTION notify_org_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM pg_notify('shuan_org_changed', o.org_id::text) FROM (SELECT DISTINCT org_id FROM new_rows) o;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM pg_notify('shuan_org_changed', o.org_id::text)
    FROM (SELECT org_id FROM new_rows UNION SELECT org_id FROM old_rows) o;
  ELSE
    PERFORM pg_notify('shuan_org_changed', o.org_id::text) FROM (SELECT DISTINCT org_id FROM old_rows) o;
  END IF;
  RETURN NULL;
END;
$$;

-- The organisation's own row (its name is part of every principal).
CREATE FUNCTION notify_organization_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('shuan_org_changed', coalesce(NEW.id, OLD.id)::text);
  RETURN NULL;
END;
$$;
CREATE TRIGGER organizations_notify AFTER INSERT OR UPDATE OR DELETE ON organizations
  FOR EACH ROW EXECUTE FUNCTION notify_organization_changed();

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['users', 'sessions', 'data_sources', 'scans', 'scan_findings',
    'catalog_items', 'catalog_versions', 'catalog_version_items', 'audit_log']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION notify_org_changed()', t || '_notify_insert', t);
    -- audit_log is append-only (0001 refuses UPDATE and DELETE), so it needs only the insert trigger.
    CONTINUE WHEN t = 'audit_log';
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION notify_org_changed()', t || '_notify_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION notify_org_changed()', t || '_notify_delete', t);
  END LOOP;
END;
$$;
