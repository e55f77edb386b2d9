import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { EnterpriseDto } from '@shuan/contracts';
import { testUscc } from '../testing/test-uscc.ts';
import { startRegistryTestApp, type RegistryTestApp } from './testing/registry-test-app.ts';

// The registry as an HTTP client sees it: validation with stable codes, audit entries with
// every change, the route × role table, org isolation, and the pickers' reference data.

let r: RegistryTestApp;

before(async () => {
  r = await startRegistryTestApp();
});

after(async () => {
  await r.close();
});

function buildEnterprise(n: number, overrides: Record<string, unknown> = {}) {
  return {
    uscc: testUscc('320508', n),
    name: `苏州示例制造有限公司${String(n)}`,
    regionCode: '320508',
    industryCode: '36',
    size: 'large',
    keyEnterprise: true,
    ...overrides,
  };
}

async function call(
  headers: Record<string, string>,
  method: NonNullable<InjectOptions['method']>,
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return r.app.inject({
    method,
    url: `/api/v1${url}`,
    headers,
    ...(payload !== undefined && { payload: payload as InjectOptions['payload'] }),
  });
}

async function ok<T>(
  headers: Record<string, string>,
  method: NonNullable<InjectOptions['method']>,
  url: string,
  payload?: unknown,
): Promise<T> {
  const response = await call(headers, method, url, payload);
  assert.equal(response.statusCode, 200, `${method} ${url} → ${response.body}`);
  return response.json<T>();
}

function errorOf(response: LightMyRequestResponse): { code: string; message: string } {
  return response.json<{ error: { code: string; message: string } }>().error;
}

async function auditOf(
  target: string,
): Promise<{ action: string; actor: string; payload: Record<string, unknown> }[]> {
  const result = await r.pool.query<{
    action: string;
    actor: string;
    payload: Record<string, unknown>;
  }>(
    'SELECT action, actor, payload FROM audit_log WHERE org_id = $1 AND target = $2 ORDER BY seq',
    [r.orgId, target],
  );
  return result.rows;
}

test('an officer adds an enterprise; the answer names its codes and the change is audited', async () => {
  const created = await ok<EnterpriseDto>(
    r.as.officer,
    'POST',
    '/registry/enterprises',
    buildEnterprise(1, {
      uscc: ` ${testUscc('320508', 1).toLowerCase()} `,
      regionCode: '320508',
      industryCode: 'C36',
      contactPhone: '0512-65123456',
    }),
  );
  assert.equal(created.uscc, testUscc('320508', 1));
  assert.equal(created.regionPath, '江苏省 / 苏州市 / 姑苏区');
  assert.equal(created.industryCode, '36');
  assert.equal(created.industryName, '汽车制造业');
  assert.equal(created.sectionCode, 'C');
  assert.equal(created.keyEnterprise, true);
  assert.equal(created.contactEmail, '');
  assert.equal(created.nodeId, null);
  const audit = await auditOf(`enterprise:${created.id}`);
  assert.equal(audit.length, 1);
  const [entry] = audit;
  assert.ok(entry);
  assert.equal(entry.action, 'enterprise.create');
  assert.equal(entry.actor, 'js-officer');
  assert.equal(entry.payload.uscc, created.uscc);
  const read = await ok<EnterpriseDto>(r.as.auditor, 'GET', `/registry/enterprises/${created.id}`);
  assert.deepEqual(read, created);
});

test('bad fields answer 400 with the field code and a bilingual message, and write nothing', async () => {
  const before = await r.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
  const cases: [Record<string, unknown>, string][] = [
    [{ uscc: `${testUscc('320508', 2).slice(0, 17)}0` }, 'ENTERPRISE_USCC_INVALID'],
    [{ regionCode: '320599' }, 'ENTERPRISE_REGION_UNKNOWN'],
    [{ industryCode: '98' }, 'ENTERPRISE_INDUSTRY_UNKNOWN'],
    [{ industryCode: 'A36' }, 'ENTERPRISE_INDUSTRY_UNKNOWN'],
    [{ contactEmail: 'nobody' }, 'ENTERPRISE_CONTACT_INVALID'],
    [{ name: '   ' }, 'ENTERPRISE_NAME_INVALID'],
    [{ size: '大型' }, 'VALIDATION_FAILED'],
    [{ extra: 1 }, 'VALIDATION_FAILED'],
  ];
  for (const [overrides, code] of cases) {
    const response = await call(
      r.as.admin,
      'POST',
      '/registry/enterprises',
      buildEnterprise(2, overrides),
    );
    assert.equal(response.statusCode, 400, JSON.stringify(overrides));
    assert.equal(errorOf(response).code, code, JSON.stringify(overrides));
  }
  const both = await call(
    r.as.admin,
    'POST',
    '/registry/enterprises',
    buildEnterprise(2, { regionCode: '99', industryCode: '00' }),
  );
  assert.equal(errorOf(both).code, 'ENTERPRISE_REGION_UNKNOWN');
  assert.match(
    errorOf(both).message,
    /^regionCode: 行政区划代码不存在.*; industryCode: 行业代码不存在/,
  );
  const afterCount = await r.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
  assert.equal(afterCount.rows[0]?.n, before.rows[0]?.n);
});

test('a credit code already in the registry answers 409 ENTERPRISE_EXISTS', async () => {
  const response = await call(
    r.as.admin,
    'POST',
    '/registry/enterprises',
    buildEnterprise(1, { name: '另一个名称' }),
  );
  assert.equal(response.statusCode, 409);
  assert.equal(errorOf(response).code, 'ENTERPRISE_EXISTS');
  assert.match(
    errorOf(response).message,
    /已在企业名录中 \/ credit code .* already in the registry/,
  );
  // Another province may register the same enterprise in its own registry.
  await ok(r.foreignAdmin, 'POST', '/registry/enterprises', buildEnterprise(1));
});

test('the list filters by region, industry, size, key flag and q, and sorts', async () => {
  const rows: [string, string, string, string, boolean][] = [
    ['320102', '26', '化工', 'medium', false],
    ['320508', '39', '电子', 'small', true],
    ['320583', '39', '电子', 'micro', false],
    ['321002', '44', '热电', 'large', true],
    ['110105', '65', '软件', 'small', false],
  ];
  for (const [index, [regionCode, industryCode, word, size, keyEnterprise]] of rows.entries()) {
    await ok(r.as.admin, 'POST', '/registry/enterprises', {
      uscc: testUscc(regionCode, 100 + index),
      name: `示例${word}有限公司${String(index)}`,
      regionCode,
      industryCode,
      size,
      keyEnterprise,
    });
  }
  const names = async (query: string): Promise<string[]> =>
    (
      await ok<{ items: EnterpriseDto[]; total: number }>(
        r.as.reviewer,
        'GET',
        `/registry/enterprises?${query}`,
      )
    ).items.map((e) => e.name);
  assert.equal((await names('')).length, 6);
  assert.equal((await names('region=32')).length, 5);
  assert.equal((await names('region=320000')).length, 5);
  assert.deepEqual(await names('region=320500&sort=name'), [
    '示例电子有限公司1',
    '示例电子有限公司2',
    '苏州示例制造有限公司1',
  ]);
  assert.deepEqual(await names('region=320508&industry=C39'), ['示例电子有限公司1']);
  assert.deepEqual(await names('region=11'), ['示例软件有限公司4']);
  assert.deepEqual(await names('region=3299'), []);
  assert.deepEqual(await names('industry=A39'), []);
  assert.deepEqual(await names('key=true&sort=-name'), [
    '苏州示例制造有限公司1',
    '示例电子有限公司1',
    '示例热电有限公司3',
  ]);
  assert.deepEqual(await names('size=micro'), ['示例电子有限公司2']);
  assert.deepEqual(await names('q=化工'), ['示例化工有限公司0']);
  assert.deepEqual(await names(`q=${testUscc('110105', 104).slice(2, 10).toLowerCase()}`), [
    '示例软件有限公司4',
  ]);
  const bySize = await ok<{ items: EnterpriseDto[] }>(
    r.as.admin,
    'GET',
    '/registry/enterprises?sort=-size&pageSize=2&page=1',
  );
  assert.deepEqual(
    bySize.items.map((e) => e.size),
    ['large', 'large'],
  );
  const bad = await call(r.as.admin, 'GET', '/registry/enterprises?region=3');
  assert.equal(errorOf(bad).code, 'VALIDATION_FAILED');
});

test('a change records each changed field old and new; a change of nothing writes nothing', async () => {
  const [first] = (
    await ok<{ items: EnterpriseDto[] }>(r.as.admin, 'GET', '/registry/enterprises?q=苏州示例制造')
  ).items;
  assert.ok(first);
  const changed = await ok<EnterpriseDto>(
    r.as.admin,
    'PATCH',
    `/registry/enterprises/${first.id}`,
    {
      keyEnterprise: false,
      regionCode: '3205',
      size: 'large',
    },
  );
  assert.equal(changed.keyEnterprise, false);
  assert.equal(changed.regionCode, '320500');
  assert.equal(changed.regionPath, '江苏省 / 苏州市');
  assert.ok(changed.updatedAt > first.updatedAt);
  let audit = await auditOf(`enterprise:${first.id}`);
  assert.equal(audit.at(-1)?.action, 'enterprise.update');
  assert.deepEqual(audit.at(-1)?.payload.changes, {
    keyEnterprise: { from: true, to: false },
    regionCode: { from: '320508', to: '320500' },
  });
  const same = await ok<EnterpriseDto>(r.as.officer, 'PATCH', `/registry/enterprises/${first.id}`, {
    keyEnterprise: false,
  });
  assert.equal(same.updatedAt, changed.updatedAt);
  audit = await auditOf(`enterprise:${first.id}`);
  assert.equal(audit.length, 2);
  const taken = await call(r.as.admin, 'PATCH', `/registry/enterprises/${first.id}`, {
    uscc: testUscc('320102', 100),
  });
  assert.equal(errorOf(taken).code, 'ENTERPRISE_EXISTS');
  const invalid = await call(r.as.admin, 'PATCH', `/registry/enterprises/${first.id}`, {
    industryCode: '99',
  });
  assert.equal(errorOf(invalid).code, 'ENTERPRISE_INDUSTRY_UNKNOWN');
});

test('reviewers and auditors read, admins and officers write; other orgs see nothing', async () => {
  const [entry] = (await ok<{ items: EnterpriseDto[] }>(r.as.admin, 'GET', '/registry/enterprises'))
    .items;
  assert.ok(entry);
  for (const role of ['reviewer', 'auditor'] as const) {
    const post = await call(r.as[role], 'POST', '/registry/enterprises', buildEnterprise(50));
    assert.equal(post.statusCode, 403, role);
    const patch = await call(r.as[role], 'PATCH', `/registry/enterprises/${entry.id}`, {
      name: 'x',
    });
    assert.equal(patch.statusCode, 403, role);
    await ok(r.as[role], 'GET', '/registry/regions');
    await ok(r.as[role], 'GET', '/registry/industries');
  }
  const anonymous = await call({}, 'GET', '/registry/enterprises');
  assert.equal(anonymous.statusCode, 401);
  const noCsrf = await call(
    { cookie: r.as.admin.cookie ?? '' },
    'POST',
    '/registry/enterprises',
    buildEnterprise(51),
  );
  assert.equal(errorOf(noCsrf).code, 'AUTH_CSRF_FAILED');
  for (const [method, payload] of [
    ['GET', undefined],
    ['PATCH', { name: '篡改' }],
  ] as const) {
    const response = await call(
      r.foreignAdmin,
      method,
      `/registry/enterprises/${entry.id}`,
      payload,
    );
    assert.equal(response.statusCode, 404, method);
    assert.equal(errorOf(response).code, 'ENTERPRISE_NOT_FOUND');
  }
  const foreignList = await ok<{ total: number }>(r.foreignAdmin, 'GET', '/registry/enterprises');
  assert.equal(foreignList.total, 1);
});

test('region picker: provinces, then one level at a time; unknown parents answer 404', async () => {
  const top = await ok<{
    parent: null;
    items: { code: string; hasChildren: boolean }[];
    asOf: string;
  }>(r.as.reviewer, 'GET', '/registry/regions');
  assert.equal(top.items.length, 31);
  assert.equal(top.asOf, '2023-06-30');
  assert.ok(top.items.every((item) => item.hasChildren));
  const jiangsu = await ok<{ parent: { name: string }; items: { code: string; name: string }[] }>(
    r.as.reviewer,
    'GET',
    '/registry/regions?parent=32',
  );
  assert.equal(jiangsu.parent.name, '江苏省');
  assert.equal(jiangsu.items.length, 13);
  const suzhou = await ok<{ items: { code: string; name: string; hasChildren: boolean }[] }>(
    r.as.reviewer,
    'GET',
    '/registry/regions?parent=320500',
  );
  assert.ok(
    suzhou.items.some(
      (item) => item.code === '320508' && item.name === '姑苏区' && !item.hasChildren,
    ),
  );
  const dongguan = await ok<{ items: unknown[] }>(
    r.as.reviewer,
    'GET',
    '/registry/regions?parent=441900',
  );
  assert.deepEqual(dongguan.items, []);
  const unknown = await call(r.as.reviewer, 'GET', '/registry/regions?parent=999999');
  assert.equal(unknown.statusCode, 404);
  assert.equal(errorOf(unknown).code, 'REGION_NOT_FOUND');
  const malformed = await call(r.as.reviewer, 'GET', '/registry/regions?parent=320');
  assert.equal(errorOf(malformed).code, 'VALIDATION_FAILED');
});

test('industry picker: the 20 sections of GB/T 4754-2017 with their 97 divisions', async () => {
  const list = await ok<{
    standard: string;
    sections: { code: string; divisions: { code: string; name: string }[] }[];
  }>(r.as.auditor, 'GET', '/registry/industries');
  assert.match(list.standard, /GB\/T 4754-2017/);
  assert.equal(list.sections.length, 20);
  assert.equal(list.sections.flatMap((s) => s.divisions).length, 97);
  const manufacturing = list.sections.find((s) => s.code === 'C');
  assert.equal(manufacturing?.divisions.length, 31);
  assert.equal(manufacturing.divisions[0]?.code, '13');
});
