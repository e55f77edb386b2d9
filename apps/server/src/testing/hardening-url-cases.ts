// Probes of a route's URL: path parameters (not UUIDs, other organisations' ids, bad escapes)
// and query strings (wrong types, huge, repeated, unknown keys). Body probes and the verdict
// are in hardening-cases.ts.
import { randomUUID } from 'node:crypto';
import {
  HANDLED,
  INVALID,
  JSON_TYPE,
  expectationFor,
  hasBody,
  urlOf,
  type Expectation,
  type Probe,
  type RouteUnderTest,
} from './hardening-cases.ts';

/** Raw (URL-encoded) values of a path parameter: not ids, hostile, unstorable, too long, guessed. */
const PARAM_VALUES: readonly string[] = [
  'not-a-uuid',
  '0',
  '-1',
  '1.5',
  'NaN',
  'Infinity',
  '1e3',
  '0x10',
  '%20',
  'true',
  '%27%20OR%20%271%27%3D%271',
  '1%3B%20DROP%20TABLE%20users',
  '%00',
  'a%00',
  '%ZZ',
  '%ED%A0%80',
  '%F0%9F%98%80',
  'a'.repeat(101),
  '9'.repeat(30),
  '1000001',
  '999999',
  '00000000-0000-0000-0000-000000000000',
  randomUUID(),
  randomUUID().toUpperCase(),
];

function safeDecode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * 400 for a value that cannot be decoded, is longer than Fastify's 100-character parameter
 * limit, or fails the schema; the real row's id (in any case) may succeed; any other valid
 * value is a guess of a row that does not exist (or is another organisation's): 404.
 */
function paramExpectation(
  route: RouteUnderTest,
  name: string,
  real: string,
  raw: string,
): Expectation {
  const decoded = safeDecode(raw);
  if (decoded === undefined || raw.length > 100) return INVALID;
  if (expectationFor(route.schema?.params, { ...route.spec.params, [name]: decoded }) === INVALID)
    return INVALID;
  return decoded.toLowerCase() === real.toLowerCase() ? HANDLED : { kind: 'error', status: 404 };
}

/** Every path parameter of a route set to each of {@link PARAM_VALUES} and to the real id in upper case. */
export function paramProbes(route: RouteUnderTest, headers: Record<string, string>): Probe[] {
  const params = route.spec.params ?? {};
  const body = hasBody(route)
    ? { payload: JSON.stringify(route.spec.body ?? {}), headers: { ...headers, ...JSON_TYPE } }
    : { headers };
  return Object.entries(params).flatMap(([name, real]) =>
    [...PARAM_VALUES, real.toUpperCase()].map((raw) => ({
      name: `:${name} = ${raw.slice(0, 40)}`,
      method: route.method,
      url: urlOf(route.path, { ...params, [name]: raw }),
      expect: paramExpectation(route, name, real, raw),
      ...body,
    })),
  );
}

/** Raw (URL-encoded) query values: numbers out of range, hostile, unstorable, too long. */
const QUERY_VALUES: readonly string[] = [
  '',
  '-1',
  '0',
  '1.5',
  'NaN',
  'Infinity',
  '1e400',
  '99999999999999999999',
  'x'.repeat(5000),
  'no-such-value',
  '%27%20OR%20%271%27%3D%271',
  '%00',
  'a%00b',
  '%ZZ',
  '%ED%A0%80',
  '%F0%9F%98%80',
  'true',
  '-',
];

/** The query a URL carries as Fastify parses it (repeated keys become arrays). */
function parsedQuery(search: string): Record<string, string | string[]> {
  const parsed = new Map<string, string | string[]>();
  for (const [key, value] of new URLSearchParams(search)) {
    const before = parsed.get(key);
    parsed.set(
      key,
      before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value],
    );
  }
  return Object.fromEntries(parsed);
}

/** Each query key of the route's schema set to each of {@link QUERY_VALUES}, repeated, and as arrays. */
export function queryProbes(route: RouteUnderTest, headers: Record<string, string>): Probe[] {
  const schema = route.schema?.querystring;
  const shape =
    typeof schema === 'object' && schema !== null && 'shape' in schema
      ? (schema.shape as Record<string, unknown>)
      : {};
  const searches = ['zzz=1&zzz=2&__proto__=x&constructor=y', 'zzz=%00'];
  for (const key of Object.keys(shape)) {
    searches.push(
      ...QUERY_VALUES.map((raw) => `${key}=${raw}`),
      `${key}=1&${key}=2`,
      `${key}[]=1`,
      `${key}[0]=1&${key}[1]=2`,
    );
  }
  const url = urlOf(route.path, route.spec.params);
  return searches.map((search) => ({
    name: `?${search.slice(0, 40)}`,
    method: route.method,
    url: `${url}?${search}`,
    headers,
    expect: expectationFor(schema, parsedQuery(search)),
  }));
}
