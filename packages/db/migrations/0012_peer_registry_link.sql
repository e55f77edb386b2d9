-- 0012_peer_registry_link: a child enrolled with a one-enterprise token (scope
-- {"kind":"enterprise","uscc":…}) is linked to the province's registry entry of that USCC in
-- the enrollment transaction: enterprises.node_id (migration 0006) is set to the child's node
-- id, and the peer records which entry it was linked to here. Null when the token had another
-- scope or the registry had no entry for the USCC then (enrollment creates no entry).
-- ON DELETE SET NULL: a removed registry entry leaves the peer, unlinked.

ALTER TABLE federation_peers
  ADD COLUMN registry_id uuid REFERENCES enterprises (id) ON DELETE SET NULL;
