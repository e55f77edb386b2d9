import { randomUUID } from 'node:crypto';
import type { Caller, FixtureIds } from './hardening-fixtures.ts';
import { federationRouteSpecs } from './hardening-routes-federation.ts';
import { reportingRouteSpecs } from './hardening-routes-reporting.ts';

/**
 * How the input-hardening test calls one route with valid input, from which it derives the
 * malformed variants: who calls, the path parameters of rows that exist, and a valid body
 * holding every field (optional ones too, so that each field gets mutated).
 */
export interface RouteSpec {
  as: Caller;
  params?: Record<string, string>;
  body?: Record<string, unknown>;
  /** Inputs beyond the generic mutations that reach deeper code (URL parsing, review rules). */
  extraBodies?: Record<string, unknown>[];
}

const PG = 'postgres://probe@127.0.0.1:1/db';

/**
 * One spec per mounted API route (`METHOD /path`). The test fails when a mounted route has
 * no spec here, or a spec names a route that is not mounted.
 */
export function routeSpecs(ids: FixtureIds): Record<string, RouteSpec> {
  const filing = {
    department: '生产部',
    purpose: 'probe',
    storageLocation: 'DC-1',
    sharing: false,
    crossBorder: false,
    protection: 'SM4',
    responsiblePerson: '张三',
  };
  return {
    'POST /api/v1/auth/login': {
      as: 'anonymous',
      body: { username: 'login-probe', password: 'wrong-password' },
    },
    // The API token's principal has no session to end, so the probes keep every session alive.
    'POST /api/v1/auth/logout': { as: 'adminToken' },
    'GET /api/v1/auth/me': { as: 'admin' },
    'GET /api/v1/users': { as: 'admin' },
    'POST /api/v1/users': {
      as: 'admin',
      body: {
        username: 'probe-user',
        displayName: 'Probe',
        role: 'auditor',
        password: 'probe-password-1',
      },
    },
    'PATCH /api/v1/users/:id': {
      as: 'admin',
      params: { id: ids.spareUser },
      body: {
        displayName: 'Probe',
        role: 'auditor',
        disabled: false,
        password: 'probe-password-2',
      },
    },
    'GET /api/v1/tokens': { as: 'admin' },
    'POST /api/v1/tokens': { as: 'admin', body: { name: 'probe' } },
    'DELETE /api/v1/tokens/:id': { as: 'admin', params: { id: ids.spareToken } },
    'GET /api/v1/sources': { as: 'admin' },
    'POST /api/v1/sources': {
      as: 'admin',
      body: { name: 'probe', kind: 'postgres', target: PG, password: 'pw' },
      extraBodies: [
        { name: 'p', kind: 'postgres', target: 'postgres://u:%E0%A4%A@127.0.0.1:1/db' },
        { name: 'p', kind: 'mysql', target: 'mysql://u:%zz@127.0.0.1:1/db' },
        { name: 'p', kind: 'postgres', target: 'postgres://u@127.0.0.1:99999/db' },
        { name: 'p', kind: 'sqlite', target: 'sqlite:' },
        { name: 'p', kind: 'files', target: 'http://example.com/x.csv' },
        { name: 'p', kind: 'postgres', target: 'postgres://u:%00@127.0.0.1:1/%00' },
      ],
    },
    'GET /api/v1/sources/:id': { as: 'admin', params: { id: ids.source } },
    'PATCH /api/v1/sources/:id': {
      as: 'admin',
      params: { id: ids.spareSource },
      body: { name: 'probe', target: PG, password: 'pw' },
      extraBodies: [
        { target: 'postgres://u:%zz@127.0.0.1:1/db' },
        { target: 'mysql://u@127.0.0.1:1/db' },
        { password: null },
        {},
      ],
    },
    'DELETE /api/v1/sources/:id': { as: 'admin', params: { id: ids.doomedSource } },
    'POST /api/v1/sources/:id/test': { as: 'admin', params: { id: ids.spareSource } },
    'GET /api/v1/scans': { as: 'admin' },
    // An unknown source: valid variants answer 404 instead of queueing scans.
    'POST /api/v1/scans': {
      as: 'admin',
      body: { sourceId: randomUUID(), industry: 'steel', sampleRows: 10 },
      extraBodies: [{ sourceId: ids.source, industry: 'no-such-pack' }],
    },
    'GET /api/v1/scans/:id': { as: 'admin', params: { id: ids.scan } },
    'POST /api/v1/scans/:id/cancel': { as: 'admin', params: { id: ids.scan } },
    'GET /api/v1/scans/:id/findings': { as: 'admin', params: { id: ids.scan } },
    'GET /api/v1/catalog/items': { as: 'admin' },
    'GET /api/v1/catalog/items/:id': { as: 'admin', params: { id: ids.item } },
    'PATCH /api/v1/catalog/items/:id': {
      as: 'officer',
      params: { id: ids.item },
      body: filing,
      extraBodies: [{}],
    },
    'POST /api/v1/catalog/items/:id/review': {
      as: 'reviewer',
      params: { id: ids.item },
      body: { action: 'change', category: 'mgmt.hr', level: 'important', reason: 'probe' },
      extraBodies: [
        { action: 'change' },
        { action: 'change', level: 'core' },
        { action: 'change', category: null, level: 'general', reason: 'x' },
        { action: 'confirm', category: 'mgmt.finance', level: 'core' },
      ],
    },
    'POST /api/v1/catalog/items/bulk-review': {
      as: 'reviewer',
      body: { ids: [ids.item], action: 'confirm' },
      extraBodies: [{ ids: [ids.item, ids.item, randomUUID()], action: 'confirm' }],
    },
    'GET /api/v1/catalog/versions': { as: 'admin' },
    'POST /api/v1/catalog/versions': { as: 'officer', body: { note: 'probe' }, extraBodies: [{}] },
    'GET /api/v1/catalog/versions/:n': { as: 'admin', params: { n: '1' } },
    'GET /api/v1/catalog/versions/:a/diff/:b': { as: 'admin', params: { a: '1', b: '1' } },
    'GET /api/v1/catalog/export.xlsx': { as: 'admin' },
    'GET /api/v1/catalog/export.json': { as: 'admin' },
    'GET /api/v1/audit': { as: 'admin' },
    'GET /api/v1/audit/verify': { as: 'admin' },
    'GET /api/v1/overview': { as: 'admin' },
    ...federationRouteSpecs(ids),
    ...reportingRouteSpecs(ids),
  };
}
