/**
 * The role of the node the app talks to (enterprise, province or ministry), from
 * GET /federation/status, asked once per page load: the menu shows only the pages the node
 * has. Undefined while loading (or when the status cannot be read).
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { FederationStatus, NodeRole } from '../api/types.ts';

let pending: Promise<NodeRole | undefined> | undefined;

function loadRole(): Promise<NodeRole | undefined> {
  pending ??= api.get<FederationStatus>('/federation/status').then(
    (status) => status.role,
    () => {
      pending = undefined;
      return undefined;
    },
  );
  return pending;
}

export function useNodeRole(): NodeRole | undefined {
  const [role, setRole] = useState<NodeRole | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void loadRole().then((value) => {
      if (current) setRole(value);
    });
    return () => {
      current = false;
    };
  }, []);
  return role;
}
