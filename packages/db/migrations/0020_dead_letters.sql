-- Dead letters (docs/federation.md "Dead letters"). A genuine, in-order envelope whose payload
-- is invalid, or that speaks for an enterprise outside its sender's one-enterprise scope, is
-- stored in the inbox as refused (never applied) so that its sender's stream goes on; the
-- sender marks its outbox row refused with the receiver's code instead of resending it forever.
ALTER TABLE federation_inbox ADD COLUMN refused_code text;
ALTER TABLE federation_outbox ADD COLUMN refused_code text;
CREATE INDEX federation_outbox_refused_idx ON federation_outbox (acked_at DESC)
  WHERE refused_code IS NOT NULL;

-- Pull replay: the sentAt of the last pull request a parent took from each child. A signed
-- pull whose sentAt is not later is a replay (within the 5-minute clock window it would
-- otherwise pass) and is refused with FED_REPLAY.
ALTER TABLE federation_peers ADD COLUMN last_pull_sent_at timestamptz;
