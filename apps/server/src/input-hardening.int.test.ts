import { after, before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { PERMISSIONS } from './http/permissions.ts';
import { mountedRoutes } from './http/route-registry.ts';
import {
  credentialProbes,
  csrfProbes,
  forbiddenProbes,
  foreignProbes,
} from './testing/hardening-auth.ts';
import {
  bodyProbes,
  hasBody,
  runProbes,
  type Probe,
  type RouteUnderTest,
} from './testing/hardening-cases.ts';
import { paramProbes, queryProbes } from './testing/hardening-url-cases.ts';
import { startHardeningNode, type HardeningFixtures } from './testing/hardening-fixtures.ts';
import { routeSpecs } from './testing/hardening-routes.ts';

// Every API route fed malformed, oversized and wrongly typed input must answer 4xx with the
// standard error body, never 500. The route list comes from the server itself (an onRoute
// hook), so a new route fails the coverage test until it gets a spec in hardening-routes.ts.

let f: HardeningFixtures;
let routes: RouteUnderTest[];

before(async () => {
  f = await startHardeningNode();
  const specs = routeSpecs(f.ids);
  routes = apiRoutes().flatMap(({ method, url, schema }) => {
    const key = `${method} ${url}`;
    const spec = specs[key];
    return spec === undefined ? [] : [{ key, method, path: url, schema, spec }];
  });
});

after(async () => {
  await f.t.close();
});

/** The mounted `/api/v1` routes, without the HEAD twins Fastify adds to GET routes. */
function apiRoutes() {
  return mountedRoutes(f.t.node.app).filter(
    (route) => route.url.startsWith('/api/v1/') && route.method !== 'HEAD',
  );
}

/** Headers of a route's caller, for probes that should reach validation. */
function callerHeaders(route: RouteUnderTest): Record<string, string> {
  return f.as[route.spec.as];
}

/** Runs the probes of every route and fails with the full list of mismatches. */
async function check(t: TestContext, build: (route: RouteUnderTest) => Probe[]): Promise<void> {
  const probes = routes.flatMap(build);
  const failures = await runProbes(f.t.node.app, probes);
  t.diagnostic(
    `${String(probes.length)} probes on ${String(new Set(probes.map((p) => `${p.method} ${p.url.split('?')[0] ?? ''}`)).size)} URLs`,
  );
  assert.deepEqual(
    failures,
    [],
    `${String(failures.length)} of ${String(probes.length)} probes answered wrongly:\n${failures.join('\n')}`,
  );
}

test('every mounted API route has a hardening spec and a permission entry', () => {
  const mounted = apiRoutes().map((route) => `${route.method} ${route.url}`);
  const specs = Object.keys(routeSpecs(f.ids));
  assert.deepEqual(
    mounted.filter((key) => !specs.includes(key)),
    [],
    'mounted routes without a spec in testing/hardening-routes.ts',
  );
  assert.deepEqual(
    specs.filter((key) => !mounted.includes(key)),
    [],
    'specs of routes that are not mounted',
  );
  assert.deepEqual(
    mounted.filter((key) => PERMISSIONS[key] === undefined),
    [],
    'mounted routes missing from http/permissions.ts',
  );
  assert.equal(routes.length, mounted.length);
  assert.ok(routes.length >= 34);
});

test('the valid input of every spec is accepted (so that the mutations below start from a valid request)', async () => {
  const rejected: string[] = [];
  for (const route of routes) {
    if (
      route.spec.as === 'anonymous' ||
      route.key === 'POST /api/v1/scans' ||
      route.method === 'DELETE'
    )
      continue;
    const response = await f.t.node.app.inject({
      method: route.method as 'GET',
      url: route.path.replace(
        /:([A-Za-z]+)/g,
        (_m, name: string) => route.spec.params?.[name] ?? name,
      ),
      headers: callerHeaders(route),
      ...(hasBody(route) && { payload: route.spec.body ?? {} }),
    });
    // Testing a source on a closed port answers 422 SOURCE_UNREACHABLE; a finished scan cannot be cancelled (409).
    if (response.statusCode !== 200 && ![422, 409].includes(response.statusCode))
      rejected.push(`${route.key} → ${String(response.statusCode)} ${response.body.slice(0, 200)}`);
  }
  assert.deepEqual(rejected, []);
});

test('malformed, wrongly typed, oversized and unstorable bodies answer 4xx with the standard body', async (t) => {
  await check(t, (route) => (hasBody(route) ? bodyProbes(route, callerHeaders(route)) : []));
});

test('path ids that are not ids, hostile, too long or guessed answer 400 or 404 with the standard body', async (t) => {
  await check(t, (route) => paramProbes(route, callerHeaders(route)));
});

test('query strings out of range, repeated, as arrays, hostile or unstorable answer 400 with the standard body', async (t) => {
  await check(t, (route) =>
    route.method === 'GET' ? queryProbes(route, callerHeaders(route)) : [],
  );
});

test('missing, forged, expired and malformed credentials answer 401 before the input is looked at', async (t) => {
  await check(t, (route) => credentialProbes(route, f));
});

test('unsafe requests of a cookie session without the right CSRF token answer 403', async (t) => {
  await check(t, (route) => csrfProbes(route, f));
});

test('roles the permission table refuses answer 403 FORBIDDEN, even with a malformed body', async (t) => {
  await check(t, (route) => forbiddenProbes(route, f));
});

test("another organisation's caller asking for this organisation's rows by their ids gets 404", async (t) => {
  await check(t, (route) => foreignProbes(route, f));
});

test('HEAD twins of GET routes and unknown methods never answer 5xx', async () => {
  for (const route of routes.filter((r) => r.method === 'GET')) {
    const url = route.path.replace(
      /:([A-Za-z]+)/g,
      (_m, name: string) => route.spec.params?.[name] ?? name,
    );
    for (const method of ['HEAD', 'PUT', 'OPTIONS', 'TRACE'] as const) {
      const response = await f.t.node.app.inject({ method, url, headers: callerHeaders(route) });
      assert.ok(response.statusCode < 500, `${method} ${url} → ${String(response.statusCode)}`);
    }
  }
});

test('text PostgreSQL cannot store answers 400 naming where it is; other unicode is stored as sent', async () => {
  const admin = f.as.admin;
  const cases: [string, string, unknown][] = [
    ['POST', '/api/v1/tokens', { name: 'a\u0000b' }],
    ['POST', '/api/v1/tokens', { name: 'lone \ud83d surrogate' }],
    ['POST', '/api/v1/auth/login', { username: 'admin\u0000', password: 'x' }],
    ['GET', '/api/v1/sources?q=%00', undefined],
  ];
  for (const [method, url, payload] of cases) {
    const response = await f.t.node.app.inject({
      method: method as 'GET',
      url,
      headers: admin,
      ...(payload !== undefined && { payload: payload as Record<string, unknown> }),
    });
    assert.equal(response.statusCode, 400, `${method} ${url} → ${response.body}`);
    const error = response.json<{ error: { code: string; message: string } }>().error;
    assert.equal(error.code, 'VALIDATION_FAILED');
    assert.match(error.message, /NUL/);
  }
  const name = '数安 😀 \u200b\ufeff\uffff é';
  const created = await f.t.node.app.inject({
    method: 'POST',
    url: '/api/v1/tokens',
    headers: admin,
    payload: { name },
  });
  assert.equal(created.statusCode, 200, created.body);
  assert.equal(created.json<{ token: { name: string } }>().token.name, name);
});
