/**
 * Label codes of the scan contract (`shared/design/scan-contract.md`): what kind of sensitive
 * value a column holds. `pi.*` marks personal information, `sec.*` secrets, `org.*`
 * organisations. The list is public: add codes, never rename or remove one.
 */
export const LABEL_CODES = [
  'pi.name',
  'pi.id_card',
  'pi.passport',
  'pi.mobile',
  'pi.landline',
  'pi.email',
  'pi.address',
  'pi.bank_card',
  'pi.birth_date',
  'pi.geo_location',
  'pi.license_plate',
  'pi.ip_address',
  'pi.biometric',
  'sec.credential',
  'org.uscc',
  'org.name',
] as const;

/** One label code from {@link LABEL_CODES}. */
export type LabelCode = (typeof LABEL_CODES)[number];

/**
 * Labels that are sensitive personal information (PIPL Art. 28): identity documents,
 * financial accounts, precise location tracks and biometrics.
 */
export const SENSITIVE_PI_LABELS: readonly LabelCode[] = [
  'pi.id_card',
  'pi.passport',
  'pi.bank_card',
  'pi.geo_location',
  'pi.biometric',
];

/** Chinese and English names of each label, for people. */
export const LABEL_NAMES: Record<LabelCode, { zh: string; en: string }> = {
  'pi.name': { zh: '姓名', en: 'person name' },
  'pi.id_card': { zh: '居民身份证号', en: 'resident ID card number' },
  'pi.passport': { zh: '护照/通行证号', en: 'passport or travel permit number' },
  'pi.mobile': { zh: '手机号', en: 'mobile phone number' },
  'pi.landline': { zh: '固定电话', en: 'landline number' },
  'pi.email': { zh: '电子邮箱', en: 'e-mail address' },
  'pi.address': { zh: '详细地址', en: 'postal address' },
  'pi.bank_card': { zh: '银行卡号', en: 'bank card number' },
  'pi.birth_date': { zh: '出生日期', en: 'date of birth' },
  'pi.geo_location': { zh: '精确位置/经纬度', en: 'precise location' },
  'pi.license_plate': { zh: '车牌号', en: 'licence plate' },
  'pi.ip_address': { zh: 'IP 地址', en: 'IP address' },
  'pi.biometric': { zh: '生物识别信息', en: 'biometric data' },
  'sec.credential': { zh: '口令/密钥/令牌', en: 'credential or secret' },
  'org.uscc': { zh: '统一社会信用代码', en: 'unified social credit code' },
  'org.name': { zh: '单位名称', en: 'organisation name' },
};

/** True when `value` is one of the label codes. */
export function isLabelCode(value: unknown): value is LabelCode {
  return typeof value === 'string' && (LABEL_CODES as readonly string[]).includes(value);
}
