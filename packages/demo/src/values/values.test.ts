// Every planted identifier passes its check digit and every hard negative fails it. The
// checkers below are written independently of ../checksums.ts on purpose.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoData, DEMO_TABLES } from '../generate.ts';
import type { DemoTable } from '../schema/index.ts';

const W17 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idValid(s: string): boolean {
  if (!/^[1-9]\d{16}[\dX]$/.test(s)) return false;
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1800) return false;
  const sum = W17.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return '10X98765432'[sum % 11] === s[17];
}
function luhnValid(s: string): boolean {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
const CS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function usccValid(s: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CS.indexOf(s[i]!) * (3 ** i % 31);
  const org = s.slice(8, 17);
  const ow = [3, 7, 9, 10, 5, 8, 4, 2];
  const os = ow.reduce((a, w, i) => a + w * parseInt(org[i]!, 36), 0);
  const oc = 11 - (os % 11);
  const orgOk = (oc === 10 ? 'X' : oc === 11 ? '0' : String(oc)) === org[8];
  return orgOk && CS[(31 - (sum % 31)) % 31] === s[17];
}
const VIN_T = 'A1B2C3D4E5F6G7H8J1K2L3M4N5P7R9S2T3U4V5W6X7Y8Z9';
function vinValid(s: string): boolean {
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(s)) return false;
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = s[i]!;
    sum += (/\d/.test(c) ? Number(c) : Number(VIN_T[VIN_T.indexOf(c) + 1])) * w[i]!;
  }
  return (sum % 11 === 10 ? 'X' : String(sum % 11)) === s[8];
}
const MOBILE = /^1(3\d|4[57]|5[0-35-9]|66|7[35-8]|8\d|9[135689])\d{8}$/;
const PLATE =
  /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]([A-HJ-NP-Z0-9]{5}|[DF]\d{5}|\d{5}[DF])$/;

const data = demoData();
const table = (name: string): DemoTable => DEMO_TABLES.find((t) => t.name === name)!;
/** All non-null values of one column, as text. */
function values(tableName: string, column: string): string[] {
  const t = table(tableName);
  const k = t.columns.findIndex((c) => c.name === column);
  assert.ok(k >= 0, `${tableName}.${column}`);
  const out: string[] = [];
  for (const row of data.rows(t)) if (row[k] !== null) out.push(String(row[k]));
  assert.ok(out.length > 0, `${tableName}.${column} has values`);
  return out;
}
/** Every column labelled `code` in the ground truth. */
function labelled(code: string): [string, string][] {
  return DEMO_TABLES.flatMap((t) =>
    t.columns
      .filter((c) => (c.labels as string[]).includes(code))
      .map((c): [string, string] => [t.name, c.name]),
  );
}
function allMatch(code: string, ok: (v: string) => boolean): void {
  const cols = labelled(code);
  assert.ok(cols.length > 0, `some column is labelled ${code}`);
  for (const [t, c] of cols) {
    const bad = values(t, c).filter((v) => !ok(v));
    assert.deepEqual(bad.slice(0, 3), [], `${t}.${c} (${code})`);
  }
}

describe('planted values pass their checks', () => {
  test('resident ID numbers: GB 11643 MOD 11-2, real dates', () => {
    allMatch('pi.id_card', idValid);
  });
  test('bank cards: Luhn, UnionPay 62, 16 or 19 digits', () => {
    allMatch('pi.bank_card', (v) => /^62(\d{14}|\d{17})$/.test(v) && luhnValid(v));
  });
  test('unified social credit codes: GB 32100 and the embedded GB 11714 code', () => {
    allMatch('org.uscc', usccValid);
  });
  test('mobile numbers on real segments', () => {
    allMatch('pi.mobile', (v) => MOBILE.test(v));
  });
  test('landlines like 021-6xxxxxxx', () => {
    allMatch('pi.landline', (v) => /^0\d{2,3}-[5-8]\d{7}$/.test(v));
  });
  test('e-mail addresses', () => {
    allMatch('pi.email', (v) => /^[\w.]+@[a-z0-9-]+(\.[a-z]+)+$/.test(v));
  });
  test('licence plates, new-energy included', () => {
    allMatch('pi.license_plate', (v) => PLATE.test(v));
    assert.ok(
      values('tms_vehicle_track', 'cph').some((v) =>
        /^.[A-Z][DF]\d{5}$|^.[A-Z]\d{5}[DF]$/.test(v),
      ) || values('srv_repair_order', 'cph').some((v) => /^.[A-Z][DF]\d{5}$/.test(v)),
    );
  });
  test('addresses have 省/市, 区/市, 路 and 号', () => {
    allMatch('pi.address', (v) => /^.{2,3}[省市].*[区市].*(路|道)\d+号/.test(v));
  });
  test('passports: E + letter + 7 digits', () => {
    allMatch('pi.passport', (v) => /^E[A-HJ-NP-Z]\d{7}$/.test(v));
  });
  test('coordinates inside China, precise to about a metre', () => {
    allMatch('pi.geo_location', (v) => Number(v) > 18 && Number(v) < 135);
    const lng = values('tms_vehicle_track', 'lng');
    assert.ok(lng.filter((v) => /\.\d{4,6}$/.test(v)).length > lng.length * 0.99);
  });
  test('IP addresses are IPv4 or IPv6, both present', () => {
    const v4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
    const v6 = /^[0-9a-f:]+$/;
    allMatch('pi.ip_address', (v) => v4.test(v) || (v.includes(':') && v6.test(v)));
    assert.ok(values('mes_system_log', 'client_ip').some((v) => v.includes(':')));
  });
  test('credentials are bcrypt / argon2id hashes or API keys', () => {
    allMatch('sec.credential', (v) =>
      /^\$2b\$10\$[./A-Za-z0-9]{53}$|^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$|^(sk-|AKID|hdjg_live_)[A-Za-z0-9]{32,48}$/.test(
        v,
      ),
    );
  });
  test('birth dates agree with the ID number', () => {
    const ids = values('hr_employee', 'sfzh');
    const births = values('hr_employee', 'csrq');
    ids.forEach((id, i) => {
      assert.equal(id.slice(6, 14), births[i]!.replaceAll('-', ''));
    });
  });
  test('VINs pass the ISO 3779 check digit', () => {
    for (const v of [...values('srv_repair_order', 'vin'), ...values('ext_partner_share', 'vin')])
      assert.ok(vinValid(v), v);
  });
  test('the checkers accept the reference samples', () => {
    assert.ok(idValid('11010519491231002X') && idValid('440524188001010014'));
    assert.ok(usccValid('91350100M000100Y43'));
    assert.ok(luhnValid('6222021234567890128'));
    assert.ok(vinValid('1M8GDM9AXKP042788'));
  });
});

describe('hard negatives fail the check they imitate', () => {
  const idShaped = [
    ['erp_sales_order', 'order_no'],
    ['tms_shipment', 'order_no'],
    ['eam_equipment_ledger', 'serial_no'],
    ['hr_access_face', 'device_sn'],
  ] as const;
  for (const [t, c] of idShaped) {
    test(`${t}.${c}: 18 characters, not an ID number, not a Luhn number`, () => {
      for (const v of values(t, c)) {
        assert.equal(v.length, 18);
        assert.ok(!idValid(v), v);
        assert.ok(!luhnValid(v), v);
      }
    });
  }
  test('serial numbers really look like ID numbers (region + real date)', () => {
    for (const v of values('eam_equipment_ledger', 'serial_no')) {
      assert.match(v, /^[1-9]\d{5}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{4}$/);
      assert.ok(!idValid(v));
    }
  });
  test('11-digit batch numbers are not mobile numbers', () => {
    for (const t of [
      'srm_purchase_order',
      'wms_inbound',
      'qms_test_report',
      'srv_warranty_claim',
      'ext_partner_share',
    ]) {
      for (const v of values(t, 'batch_no')) {
        assert.match(v, /^\d{11}$/);
        assert.ok(!MOBILE.test(v), v);
      }
    }
  });
  test('timestamps, UUIDs and file digests are what they are', () => {
    assert.ok(values('scada_telemetry', 'ts_ms').every((v) => /^\d{13}$/.test(v)));
    assert.ok(values('tms_vehicle_track', 'gps_time').every((v) => /^\d{10}$/.test(v)));
    assert.ok(
      values('dcs_control_command', 'cmd_id').every((v) =>
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v),
      ),
    );
    assert.ok(values('plm_drawing', 'file_md5').every((v) => /^[0-9a-f]{32}$/.test(v)));
  });
});
