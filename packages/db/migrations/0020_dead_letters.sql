-- Dead letters (docs/federation.md "Dead letters"). A genuine, in-order envelope whose payload
-- is invalid, or that speaks for an enterprise outside its sender's one-enterprise scope, is
-- stored in the inbox as refused (never applied) so that its sender's stream goes on; the
-- sender marks its outbox row refused with the receiver's code instead of resending it forever.
ALTER TABLE federation_inbox ADD COLUMN refused_code text;
ALTER TABLE federation_outbox ADD COLUMN refused_code text;
CREATE INDEX federation_outbox_refused_idx ON federation_outbox (acked_at DESC)
  WHERE refused_code IS NOT NULL;

-- Pull replay: the pull requests a parent took from each child within the clock window, by
-- their sentAt (a child's pull times strictly increase). A signed pull seen before is a replay
-- (within the 5-minute window it would otherwise pass) and is refused with FED_REPLAY. Rows
-- older than the window are dropped as new pulls arrive.
CREATE TABLE federation_pulls_seen (
  node_id text NOT NULL,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (node_id, sent_at)
);
