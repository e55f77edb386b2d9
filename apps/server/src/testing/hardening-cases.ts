import { randomUUID } from 'node:crypto';
import type { FastifySchema, LightMyRequestResponse } from 'fastify';
import { ErrorResponseSchema, type ApiErrorCode } from '@shuan/contracts';
import { BODY_LIMIT_BYTES } from '../http/build-app.ts';
import { findUnstorableText } from '../http/text-guard.ts';
import type { ZodApp } from '../http/zod-app.ts';
import type { RouteSpec } from './hardening-routes.ts';

/**
 * What a probe must answer: exactly `status` (and `code`) with the standard error body;
 * `rejected`: any 4xx with the standard error body; `handled`: anything but a 5xx (a 4xx
 * still with the standard error body) — for inputs that are valid, so the route may succeed.
 */
export type Expectation =
  | { kind: 'error'; status: number; code?: ApiErrorCode }
  | { kind: 'rejected' }
  | { kind: 'handled' };

/** One request of the input-hardening test. */
export interface Probe {
  name: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  expect: Expectation;
}

/** A mounted route with its schemas and the spec of its valid input. */
export interface RouteUnderTest {
  key: string;
  method: string;
  path: string;
  schema: FastifySchema | undefined;
  spec: RouteSpec;
}

export const INVALID: Expectation = { kind: 'error', status: 400, code: 'VALIDATION_FAILED' };
export const HANDLED: Expectation = { kind: 'handled' };
export const JSON_TYPE = { 'content-type': 'application/json' };
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True for the methods whose body Fastify parses. */
export function hasBody(route: { method: string }): boolean {
  return BODY_METHODS.has(route.method);
}

/** `schema.safeParse(value).success`, or undefined when the route declares no such schema. */
function accepts(schema: unknown, value: unknown): boolean | undefined {
  if (
    typeof schema !== 'object' ||
    schema === null ||
    !('safeParse' in schema) ||
    typeof schema.safeParse !== 'function'
  )
    return undefined;
  return (schema as { safeParse: (input: unknown) => { success: boolean } }).safeParse(value)
    .success;
}

/** 400 for input the schema refuses or PostgreSQL cannot store; otherwise the route may succeed. */
export function expectationFor(schema: unknown, value: unknown): Expectation {
  if (findUnstorableText(value) !== undefined || accepts(schema, value) === false) return INVALID;
  return HANDLED;
}

/** The URL of a route pattern with its `:name` parameters replaced (values already URL-encoded). */
export function urlOf(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_match, name: string) => params[name] ?? name);
}

/** Values that are wrong for most fields: other types, out-of-range numbers, huge, hostile or unstorable strings. */
const WRONG_VALUES: readonly unknown[] = [
  12345,
  -1,
  0,
  1.5,
  1e308,
  -1e308,
  true,
  null,
  {},
  [],
  [{}],
  ['no-such-value'],
  { nested: { deep: [1] } },
  'no-such-value',
  '',
  ' ',
  'x'.repeat(100_000),
  "' OR '1'='1'; DROP TABLE users; --",
  'NaN',
  '\u0000',
  '\ud800',
  '😀',
];

/** Variants of one valid value: with NUL or a lone surrogate added, or an array made too long. */
function variantsOf(value: unknown): unknown[] {
  if (typeof value === 'string')
    return [`${value}\u0000`, `${value}\ud800`, `\udfff${value}`, `${value}${'x'.repeat(5000)}`];
  if (Array.isArray(value)) {
    const items = value as unknown[];
    return [Array.from({ length: 600 }, () => items[0]), [...items, '\u0000'], [items]];
  }
  return [];
}

/** Body payloads sent as `application/json`: `invalid` ones are refused by the parser itself. */
const RAW_BODIES: readonly { name: string; text: string; parsed?: unknown }[] = [
  { name: 'truncated JSON', text: '{"a":' },
  { name: 'not JSON', text: 'not json' },
  { name: 'trailing comma', text: '{"a":1,}' },
  { name: 'single quotes', text: "{'a':1}" },
  { name: 'empty body', text: '' },
  { name: '__proto__ key', text: '{"__proto__":{"polluted":true}}' },
  { name: 'constructor.prototype', text: '{"constructor":{"prototype":{"polluted":true}}}' },
  { name: 'array body', text: '[]', parsed: [] },
  { name: 'string body', text: '"text"', parsed: 'text' },
  { name: 'number body', text: '42', parsed: 42 },
  { name: 'null body', text: 'null', parsed: null },
  { name: 'boolean body', text: 'true', parsed: true },
  { name: 'deeply nested', text: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, parsed: [[]] },
  { name: 'escaped NUL', text: '{"a":"\\u0000"}', parsed: { a: '\u0000' } },
  { name: 'escaped lone surrogate', text: '{"a":"\\ud800"}', parsed: { a: '\ud800' } },
];

/** Malformed, wrongly typed and oversized bodies of one route, sent by `headers`. */
export function bodyProbes(route: RouteUnderTest, headers: Record<string, string>): Probe[] {
  const url = urlOf(route.path, route.spec.params);
  const schema = route.schema?.body;
  const probe = (
    name: string,
    payload: string,
    expect: Expectation,
    type: Record<string, string> = JSON_TYPE,
  ): Probe => ({
    name,
    method: route.method,
    url,
    headers: { ...headers, ...type },
    payload,
    expect,
  });
  const json = (name: string, value: unknown): Probe =>
    probe(name, JSON.stringify(value), expectationFor(schema, value));
  const probes = RAW_BODIES.map((raw) =>
    probe(raw.name, raw.text, 'parsed' in raw ? expectationFor(schema, raw.parsed) : INVALID),
  );
  const valid = JSON.stringify(route.spec.body ?? {});
  probes.push(
    probe('body over 1 MiB', JSON.stringify({ pad: 'x'.repeat(BODY_LIMIT_BYTES) }), {
      kind: 'error',
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    }),
    probe('non-JSON over 1 MiB', 'x'.repeat(BODY_LIMIT_BYTES + 1), {
      kind: 'error',
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    }),
    probe('text/plain body', valid, INVALID, { 'content-type': 'text/plain' }),
    probe(
      'multipart body',
      '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
      INVALID,
      { 'content-type': 'multipart/form-data; boundary=x' },
    ),
    probe('form body', 'a=1&b=2', INVALID, { 'content-type': 'application/x-www-form-urlencoded' }),
    probe('xml body', '<a>1</a>', INVALID, { 'content-type': 'application/xml' }),
    probe('JSON as UTF-16 charset', valid, HANDLED, {
      'content-type': 'application/json; charset=utf-16',
    }),
  );
  const body = route.spec.body;
  if (body === undefined) return probes;
  for (const [field, value] of Object.entries(body)) {
    const { [field]: _removed, ...missing } = body;
    probes.push(json(`missing ${field}`, missing));
    for (const wrong of [...WRONG_VALUES, ...variantsOf(value)])
      probes.push(json(`${field} = ${describe(wrong)}`, { ...body, [field]: wrong }));
  }
  probes.push(
    json('unknown field', { ...body, unexpected: 1 }),
    json('smuggled org and role', { ...body, orgId: randomUUID(), role: 'admin', isAdmin: true }),
  );
  for (const extra of route.spec.extraBodies ?? [])
    probes.push(json(`extra ${describe(extra)}`, extra));
  return probes;
}

/** Checks one answer against its probe; a description of the mismatch, or undefined. */
export function verdict(probe: Probe, response: LightMyRequestResponse): string | undefined {
  const status = response.statusCode;
  const label = `${probe.name}: ${probe.method} ${probe.url.slice(0, 100)} → ${String(status)} ${response.body.slice(0, 200)}`;
  const expect = probe.expect;
  if (status >= 500) return label;
  if (status < 400) return expect.kind === 'handled' ? undefined : label;
  if (expect.kind === 'error' && status !== expect.status)
    return `${label} (expected ${String(expect.status)})`;
  if (probe.method === 'HEAD') return undefined;
  let body: unknown;
  try {
    body = response.json();
  } catch {
    return `${label} (not JSON)`;
  }
  const parsed = ErrorResponseSchema.safeParse(body);
  if (
    !parsed.success ||
    parsed.data.error.requestId.length === 0 ||
    parsed.data.error.message.length === 0
  )
    return `${label} (not the standard error body)`;
  if (
    expect.kind === 'error' &&
    expect.code !== undefined &&
    parsed.data.error.code !== expect.code
  )
    return `${label} (expected ${expect.code})`;
  return undefined;
}

/**
 * Sends the probes, a few at a time (the server handles concurrent requests anyway, and
 * most probes wait on the database); the mismatches in probe order, each described.
 */
export async function runProbes(
  app: ZodApp,
  probes: readonly Probe[],
  concurrency = 4,
): Promise<string[]> {
  const failures: (string | undefined)[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < probes.length; index = next++) {
      const probe = probes[index];
      if (probe === undefined) continue;
      const response = await app.inject({
        method: probe.method as 'GET',
        url: probe.url,
        headers: probe.headers,
        ...(probe.payload !== undefined && { payload: probe.payload }),
      });
      failures[index] = verdict(probe, response);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failures.filter((failure) => failure !== undefined);
}

/** A short printable description of a test value (a JSON value, never undefined). */
export function describe(value: unknown): string {
  return JSON.stringify(value).slice(0, 40);
}
