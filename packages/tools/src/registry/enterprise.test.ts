import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildUscc, withWrongCheck } from '../validators/test-values.ts';
import {
  describeEnterpriseErrors,
  ENTERPRISE_SIZE_CODES,
  validateEnterprise,
  validateEnterprisePatch,
  type EnterpriseInput,
} from './enterprise.ts';

function buildEnterpriseInput(overrides: Partial<EnterpriseInput> = {}): EnterpriseInput {
  return {
    uscc: buildUscc('320508', 'MA1X2Y3W'),
    name: '苏州示例精密制造有限公司',
    regionCode: '320508',
    industryCode: '34',
    size: 'medium',
    keyEnterprise: true,
    ...overrides,
  };
}

test('a valid entry passes and comes back normalised', () => {
  const result = validateEnterprise(
    buildEnterpriseInput({
      uscc: ` ${buildUscc('320508', 'MA1X2Y3W').toLowerCase()} `,
      name: '  苏州示例精密制造有限公司 ',
      regionCode: '3205',
      industryCode: 'C34',
      contactPhone: '0512-65123456',
      contactEmail: 'ds@example.cn',
    }),
  );
  assert.equal(result.ok, true);
  assert.equal(result.value.uscc, buildUscc('320508', 'MA1X2Y3W'));
  assert.equal(result.value.name, '苏州示例精密制造有限公司');
  assert.equal(result.value.regionCode, '320500');
  assert.equal(result.value.industryCode, '34');
  assert.equal(result.value.contactName, '');
  assert.equal(result.value.address, '');
  assert.equal(validateEnterprise(buildEnterpriseInput({ uscc: '91350100M000100Y43' })).ok, true);
});

test('every bad field is reported with its stable code and a Chinese-then-English message', () => {
  const result = validateEnterprise({
    uscc: withWrongCheck(buildUscc(), '0123456789ABCDEFGHJKLMNPQRTUWXY'),
    name: '   ',
    regionCode: '320599',
    industryCode: '98',
    size: 'huge',
    keyEnterprise: 'yes' as unknown as boolean,
    contactPhone: '12345',
    contactEmail: 'not-an-email',
  });
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.errors.map((e) => [e.field, e.code]),
    [
      ['uscc', 'ENTERPRISE_USCC_INVALID'],
      ['name', 'ENTERPRISE_NAME_INVALID'],
      ['regionCode', 'ENTERPRISE_REGION_UNKNOWN'],
      ['industryCode', 'ENTERPRISE_INDUSTRY_UNKNOWN'],
      ['size', 'ENTERPRISE_SIZE_INVALID'],
      ['keyEnterprise', 'ENTERPRISE_KEY_FLAG_INVALID'],
      ['contactPhone', 'ENTERPRISE_CONTACT_INVALID'],
      ['contactEmail', 'ENTERPRISE_CONTACT_INVALID'],
    ],
  );
  for (const error of result.errors) assert.match(error.message, /^[\u4e00-\u9fff].*\/ [a-z]/);
  assert.match(describeEnterpriseErrors(result.errors), /^uscc: 统一社会信用代码无效/);
});

test('credit codes: the check character, the character set and the authority code decide', () => {
  const good = buildUscc('110105', 'MA00AB1C');
  assert.equal(validateEnterprise(buildEnterpriseInput({ uscc: good })).ok, true);
  for (const bad of [
    good.slice(0, 17),
    `${good}0`,
    withWrongCheck(good, '0123456789ABCDEFGHJKLMNPQRTUWXY'),
    `Z${good.slice(1)}`,
    good.replace(/^(.{9})./, '$1I'),
  ]) {
    const result = validateEnterprise(buildEnterpriseInput({ uscc: bad }));
    assert.equal(result.ok ? 'ok' : result.errors[0]?.code, 'ENTERPRISE_USCC_INVALID', bad);
  }
});

test('sizes are the four SME classes; the name and contacts have length limits', () => {
  for (const size of ENTERPRISE_SIZE_CODES)
    assert.equal(validateEnterprise(buildEnterpriseInput({ size })).ok, true, size);
  assert.equal(validateEnterprise(buildEnterpriseInput({ size: '大型' })).ok, false);
  assert.equal(validateEnterprise(buildEnterpriseInput({ name: '企'.repeat(200) })).ok, true);
  assert.equal(validateEnterprise(buildEnterpriseInput({ name: '企'.repeat(201) })).ok, false);
  assert.equal(validateEnterprise(buildEnterpriseInput({ address: '路'.repeat(501) })).ok, false);
  assert.equal(validateEnterprise(buildEnterpriseInput({ contactPhone: '13812345678' })).ok, true);
  assert.equal(validateEnterprise(buildEnterpriseInput({ contactPhone: '' })).ok, true);
});

test('a patch checks only the fields it sets', () => {
  assert.deepEqual(validateEnterprisePatch({}), { ok: true, value: {} });
  assert.deepEqual(validateEnterprisePatch({ keyEnterprise: false, industryCode: 'C36' }), {
    ok: true,
    value: { industryCode: '36', keyEnterprise: false },
  });
  const result = validateEnterprisePatch({ regionCode: '99', name: '新名称' });
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.errors.map((e) => e.code),
    ['ENTERPRISE_REGION_UNKNOWN'],
  );
});
