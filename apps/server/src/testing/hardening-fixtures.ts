import { organizationsRepository, usersRepository } from '@shuan/db';
import { hashPassword, hashSecret } from '../accounts/secrets.ts';
import { ok, waitForScan } from './api.ts';
import { startTestNode, type TestNode } from './test-node.ts';

/** The signed-in roles of an organisation. */
export const SIGNED_IN_ROLES = ['admin', 'officer', 'reviewer', 'auditor'] as const;
/** One of {@link SIGNED_IN_ROLES}. */
export type SignedInRole = (typeof SIGNED_IN_ROLES)[number];
/** Who sends a probe: a role's cookie session, the admin's API token, or nobody (public routes). */
export type Caller = SignedInRole | 'adminToken' | 'anonymous';

type Headers = Record<string, string>;

/** Ids of rows the probes aim at; `spare*` rows may be changed or deleted by the probes. */
export interface FixtureIds {
  /** The demo source, scanned once: its scan, one catalog item and version 1 exist. */
  source: string;
  scan: string;
  item: string;
  /** A postgres source pointing at a closed port (PATCH and test probes). */
  spareSource: string;
  /** A source the DELETE probes may remove. */
  doomedSource: string;
  spareUser: string;
  spareToken: string;
}

/** A node with every role signed in, a scanned catalog, and a second organisation. */
export interface HardeningFixtures {
  t: TestNode;
  ids: FixtureIds;
  /** Request headers of each caller (cookie + CSRF, bearer token, or none). */
  as: Record<Caller, Headers>;
  /** Headers of the same roles in another organisation (for guessed ids → 404). */
  foreign: Record<'admin' | 'officer' | 'reviewer', Headers>;
  /** A real session cookie whose session has expired. */
  expiredCookie: string;
  /** The secret of an API token that has been deleted. */
  deletedToken: string;
}

const PASSWORD = 'hardening-password-1';

/** Starts a node on a fresh database and prepares {@link HardeningFixtures}. */
export async function startHardeningNode(): Promise<HardeningFixtures> {
  const t = await startTestNode();
  const admin = await t.login('admin', t.adminPassword);
  const as: Record<string, Headers> = { admin, anonymous: {} };
  for (const role of SIGNED_IN_ROLES.slice(1)) {
    await ok(t, admin, 'POST', '/users', {
      username: role,
      displayName: role,
      role,
      password: PASSWORD,
    });
    as[role] = await t.login(role, PASSWORD);
  }
  const officer = as.officer ?? {};
  const token = await ok<{ secret: string }>(t, admin, 'POST', '/tokens', { name: 'hardening' });
  as.adminToken = { authorization: `Bearer ${token.secret}` };
  const source =
    (await ok<{ items: { id: string }[] }>(t, admin, 'GET', '/sources')).items[0]?.id ?? '';
  const scan = (await ok<{ id: string }>(t, officer, 'POST', '/scans', { sourceId: source })).id;
  await waitForScan(t, officer, scan);
  const item =
    (await ok<{ items: { id: string }[] }>(t, officer, 'GET', '/catalog/items')).items[0]?.id ?? '';
  await ok(t, officer, 'POST', '/catalog/versions', { note: 'v1' });
  const probeSource = { kind: 'postgres', target: 'postgres://probe@127.0.0.1:1/db' };
  const spareSource = (
    await ok<{ id: string }>(t, admin, 'POST', '/sources', { name: 'spare', ...probeSource })
  ).id;
  const doomedSource = (
    await ok<{ id: string }>(t, admin, 'POST', '/sources', { name: 'doomed', ...probeSource })
  ).id;
  const spareUser = (
    await ok<{ id: string }>(t, admin, 'POST', '/users', {
      username: 'spare',
      displayName: 'spare',
      role: 'auditor',
      password: PASSWORD,
    })
  ).id;
  const spareToken = (
    await ok<{ token: { id: string } }>(t, admin, 'POST', '/tokens', { name: 'spare' })
  ).token.id;
  const deleted = await ok<{ secret: string; token: { id: string } }>(t, admin, 'POST', '/tokens', {
    name: 'deleted',
  });
  await ok(t, admin, 'DELETE', `/tokens/${deleted.token.id}`);
  // A real session, then expired in the database.
  const expiring = await t.login('auditor', PASSWORD);
  const expiredCookie = expiring.cookie ?? '';
  await t.node.deps.pool.query(
    `UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE id_hash = $1`,
    [hashSecret(expiredCookie.replace(/^shuan_session=/, ''))],
  );
  return {
    t,
    as,
    foreign: await foreignOrganisation(t),
    expiredCookie,
    deletedToken: deleted.secret,
    ids: { source, scan, item, spareSource, doomedSource, spareUser, spareToken },
  };
}

/** A second organisation on the same node with an admin, an officer and a reviewer. */
async function foreignOrganisation(t: TestNode): Promise<HardeningFixtures['foreign']> {
  const org = await organizationsRepository.create(t.node.deps.pool, 'Other Co');
  const passwordHash = await hashPassword(PASSWORD);
  const headers: Record<string, Headers> = {};
  for (const role of ['admin', 'officer', 'reviewer'] as const) {
    await usersRepository.create(t.node.deps.pool, {
      orgId: org.id,
      username: `other-${role}`,
      displayName: role,
      role,
      passwordHash,
    });
    headers[role] = await t.login(`other-${role}`, PASSWORD);
  }
  return {
    admin: headers.admin ?? {},
    officer: headers.officer ?? {},
    reviewer: headers.reviewer ?? {},
  };
}
