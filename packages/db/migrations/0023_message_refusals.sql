-- Scope refusals told to the child (docs/federation.md § Scope refusals). A parent that stores
-- a child's message but refuses to apply it (an enterprise outside the child's region or
-- industry scope, a rollup for a region outside it, a warning answer it never asked that child
-- for) sends a `message.refused` down. The child marks its outbox row refused like a dead
-- letter, keeping the parent's reason ("中文 / English"; null for a refusal at push).
ALTER TABLE federation_outbox ADD COLUMN refused_reason text;

-- Enterprise side: a filing the province refused never reaches its review queue. It leaves
-- `submitted` (so the enterprise may file again at once) for `refused`, with the code and the
-- province's reason and time.
ALTER TABLE filings DROP CONSTRAINT filings_status_check;
ALTER TABLE filings ADD CONSTRAINT filings_status_check
  CHECK (status IN ('submitted', 'accepted', 'returned', 'withdrawn', 'refused'));
ALTER TABLE filings
  ADD COLUMN refused_at     timestamptz,
  ADD COLUMN refused_code   text,
  ADD COLUMN refusal_reason text;
-- A refusal names the outbox message that carried the filing.
CREATE INDEX filings_message_idx ON filings (message_id) WHERE message_id IS NOT NULL;
