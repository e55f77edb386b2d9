import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LabelCode } from '@shuan/core';
import { defaultLabel, matchColumnContext, matchText } from './context-match.ts';
import { tokenizeName } from './tokenize.ts';

/** The label a name or comment gives on its own, or null. */
const own = (text: string): LabelCode | null => defaultLabel(matchText(text));

test('tokenizer: snake, camel, acronyms, digits', () => {
  assert.deepEqual(tokenizeName('lastLoginIP'), ['last', 'login', 'ip']);
  assert.deepEqual(tokenizeName('IPAddress'), ['ip', 'address']);
  assert.deepEqual(tokenizeName('id_card_no'), ['id', 'card', 'no']);
  assert.deepEqual(tokenizeName('phone2'), ['phone', '2']);
  assert.deepEqual(tokenizeName('mac-addr.v'), ['mac', 'addr', 'v']);
});

test('English names point to labels', () => {
  const cases: [string, LabelCode][] = [
    ['id_card', 'pi.id_card'],
    ['idCardNo', 'pi.id_card'],
    ['id_no', 'pi.id_card'],
    ['identity', 'pi.id_card'],
    ['mobile', 'pi.mobile'],
    ['cellphone', 'pi.mobile'],
    ['phone', 'pi.mobile'],
    ['contact_phone', 'pi.mobile'],
    ['office_tel', 'pi.landline'],
    ['email', 'pi.email'],
    ['contact_email', 'pi.email'],
    ['emailAddress', 'pi.email'],
    ['address', 'pi.address'],
    ['home_addr', 'pi.address'],
    ['bank_card', 'pi.bank_card'],
    ['card_no', 'pi.bank_card'],
    ['account_no', 'pi.bank_card'],
    ['birthday', 'pi.birth_date'],
    ['birth_date', 'pi.birth_date'],
    ['dob', 'pi.birth_date'],
    ['lat', 'pi.geo_location'],
    ['longitude', 'pi.geo_location'],
    ['gps', 'pi.geo_location'],
    ['plate_no', 'pi.license_plate'],
    ['license_plate', 'pi.license_plate'],
    ['ip', 'pi.ip_address'],
    ['client_ip', 'pi.ip_address'],
    ['lastLoginIP', 'pi.ip_address'],
    ['ip_addr', 'pi.ip_address'],
    ['passport', 'pi.passport'],
    ['password', 'sec.credential'],
    ['passwd', 'sec.credential'],
    ['pwd', 'sec.credential'],
    ['password_hash', 'sec.credential'],
    ['api_key', 'sec.credential'],
    ['access_key', 'sec.credential'],
    ['private_key', 'sec.credential'],
    ['secret', 'sec.credential'],
    ['token', 'sec.credential'],
    ['face', 'pi.biometric'],
    ['face_template', 'pi.biometric'],
    ['fingerprint', 'pi.biometric'],
    ['real_name', 'pi.name'],
    ['full_name', 'pi.name'],
    ['contact_name', 'pi.name'],
    ['org_name', 'org.name'],
    ['company_name', 'org.name'],
    ['supplier_name', 'org.name'],
    ['uscc', 'org.uscc'],
    ['credit_code', 'org.uscc'],
    ['tax_no', 'org.uscc'],
  ];
  for (const [name, code] of cases) assert.equal(own(name), code, name);
});

test('pinyin abbreviations, whole or at the end of a longer pinyin token', () => {
  const cases: [string, LabelCode][] = [
    ['sfzh', 'pi.id_card'],
    ['sfzhm', 'pi.id_card'],
    ['zjhm', 'pi.id_card'],
    ['sjhm', 'pi.mobile'],
    ['sjh', 'pi.mobile'],
    ['lxdh', 'pi.mobile'],
    ['dh', 'pi.mobile'],
    ['yx', 'pi.email'],
    ['dz', 'pi.address'],
    ['zz', 'pi.address'],
    ['yhkh', 'pi.bank_card'],
    ['csrq', 'pi.birth_date'],
    ['jd', 'pi.geo_location'],
    ['wd', 'pi.geo_location'],
    ['cph', 'pi.license_plate'],
    ['hzh', 'pi.passport'],
    ['mm', 'sec.credential'],
    ['xm', 'pi.name'],
    ['lxr', 'pi.name'],
    ['dwmc', 'org.name'],
    ['tyshxydm', 'org.uscc'],
    ['xydm', 'org.uscc'],
    ['sjsfzh', 'pi.id_card'],
    ['jjlxdh', 'pi.mobile'],
    ['dz1', 'pi.address'],
  ];
  for (const [name, code] of cases) assert.equal(own(name), code, name);
});

test('hard negatives never label', () => {
  for (const name of [
    'file_name',
    'product_name',
    'material_name',
    'part_name',
    'device_name',
    'user_name',
    'username',
    'login_name',
    'hotel',
    'ship_date',
    'tip',
    'zip',
    'zip_code',
    'xmlns',
    'mm_size',
    'thickness_mm',
    'card_type',
    'address_type',
    'mac_address',
    'email_template',
    'password_policy',
    'pwd_expire_days',
    'plate_thickness',
    'phone_model',
    'token_expire_time',
    'gps_time',
    'birth_place',
    'file_md5',
    'etag',
    'checksum',
    'access_card_no',
    'name',
    'customer_name',
    'location_code',
    'dept_name',
    'hostname',
    'ip_mask',
    'email_verified',
    'order_no',
    'serial_no',
  ]) {
    assert.equal(own(name), null, name);
  }
});

test('hard negatives carry vetoes for value labels', () => {
  assert.deepEqual(matchText('mac_address')?.veto, ['pi.address']);
  assert.deepEqual(matchText('product_name')?.veto, ['pi.name', 'org.name']);
  assert.deepEqual(matchText('MAC地址')?.veto, ['pi.address']);
  assert.deepEqual(matchText('登录账号')?.veto, ['pi.bank_card']);
});

test('Chinese comments are read from the head word at their end', () => {
  const cases: [string, LabelCode][] = [
    ['身份证号', 'pi.id_card'],
    ['身份证号（脱敏）', 'pi.id_card'],
    ['司机身份证号', 'pi.id_card'],
    ['证件号码', 'pi.id_card'],
    ['手机号码', 'pi.mobile'],
    ['联系人手机', 'pi.mobile'],
    ['紧急联系人电话', 'pi.mobile'],
    ['办公电话', 'pi.landline'],
    ['电子邮箱', 'pi.email'],
    ['设计人邮箱', 'pi.email'],
    ['家庭住址', 'pi.address'],
    ['收货地址', 'pi.address'],
    ['工资卡号', 'pi.bank_card'],
    ['银行卡号', 'pi.bank_card'],
    ['出生日期', 'pi.birth_date'],
    ['生日', 'pi.birth_date'],
    ['经度', 'pi.geo_location'],
    ['纬度', 'pi.geo_location'],
    ['车牌号', 'pi.license_plate'],
    ['护照号码', 'pi.passport'],
    ['港澳通行证', 'pi.passport'],
    ['密码', 'sec.credential'],
    ['接口令牌', 'sec.credential'],
    ['密钥', 'sec.credential'],
    ['人脸特征值', 'pi.biometric'],
    ['指纹', 'pi.biometric'],
    ['姓名', 'pi.name'],
    ['联系人', 'pi.name'],
    ['单位名称', 'org.name'],
    ['公司名称', 'org.name'],
    ['统一社会信用代码', 'org.uscc'],
    ['纳税人识别号', 'org.uscc'],
    ['IP地址', 'pi.ip_address'],
    ['最后登录IP', 'pi.ip_address'],
    ['手机号码，用于登录', 'pi.mobile'],
  ];
  for (const [text, code] of cases) assert.equal(own(text), code, text);
});

test('Chinese hard negatives and non-heads', () => {
  for (const text of [
    'MAC地址',
    'PLC地址',
    '登录账号',
    '门禁卡号',
    '邮箱模板',
    '密码策略',
    '密码过期天数',
    '入职日期',
    '定位时间(Unix秒)',
    '文件MD5',
    '客户编码',
    '供应商编码',
    '部门名称',
    '产品名称',
    '铭牌',
    'VIP等级',
    '单位',
    '签名',
    '机器人',
    '批次号',
    '车架号',
    '身份证有效期',
    '手机型号',
    '车牌颜色',
    '操作员',
  ]) {
    assert.equal(own(text), null, text);
  }
});

test('ambiguous and weak terms only corroborate values', () => {
  const customer = matchText('客户名称');
  assert.deepEqual(customer?.codes, ['org.name', 'pi.name']);
  assert.equal(defaultLabel(customer), null);
  assert.equal(matchText('操作员')?.strength, 'weak');
  assert.deepEqual(matchText('收货处负责人')?.codes, ['pi.name']);
});

test('hints for context-dependent values', () => {
  assert.equal(matchText('lat')?.hint, 'lat');
  assert.equal(matchText('经度')?.hint, 'lng');
  assert.equal(matchText('csrq')?.hint, 'birth');
  assert.equal(matchText('pwd_md5')?.hint, 'secret');
  assert.equal(matchText('台胞证号')?.hint, 'tw_permit');
  assert.equal(matchText('组织机构代码')?.hint, 'org_code');
});

test('column context reads name and comment separately and is cached', () => {
  const a = matchColumnContext('dz', '注册地址');
  assert.equal(a.name?.codes[0], 'pi.address');
  assert.equal(a.comment?.codes[0], 'pi.address');
  assert.equal(matchColumnContext('dz', '注册地址'), a);
  assert.equal(matchColumnContext('remark').name, null);
});
