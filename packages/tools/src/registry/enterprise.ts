import { isEmail } from '../validators/net.ts';
import { isLandline, isMobile } from '../validators/phone.ts';
import { isUscc } from '../validators/uscc.ts';
import { normalizeIndustryCode } from './industries.ts';
import { findRegion } from './regions.ts';

/**
 * Enterprise sizes of the SME classification (《统计上大中小微型企业划分办法（2017）》,
 * 国统字〔2017〕213号, which applies 工信部联企业〔2011〕300号): the registry records the
 * class, not the employee and revenue figures it is derived from.
 */
export const ENTERPRISE_SIZE_CODES = ['large', 'medium', 'small', 'micro'] as const;

/** One of {@link ENTERPRISE_SIZE_CODES}. */
export type EnterpriseSize = (typeof ENTERPRISE_SIZE_CODES)[number];

/** Bilingual labels of the sizes. */
export const ENTERPRISE_SIZE_LABELS: Record<EnterpriseSize, string> = {
  large: '大型 / large',
  medium: '中型 / medium',
  small: '小型 / small',
  micro: '微型 / micro',
};

/**
 * Stable codes of the field errors of {@link validateEnterprise}. The HTTP API answers
 * with the same codes (its error-code list repeats them; the server's build checks that).
 */
export const ENTERPRISE_FIELD_ERROR_CODES = [
  'ENTERPRISE_USCC_INVALID',
  'ENTERPRISE_NAME_INVALID',
  'ENTERPRISE_REGION_UNKNOWN',
  'ENTERPRISE_INDUSTRY_UNKNOWN',
  'ENTERPRISE_SIZE_INVALID',
  'ENTERPRISE_KEY_FLAG_INVALID',
  'ENTERPRISE_CONTACT_INVALID',
] as const;

/** One of {@link ENTERPRISE_FIELD_ERROR_CODES}. */
export type EnterpriseFieldErrorCode = (typeof ENTERPRISE_FIELD_ERROR_CODES)[number];

/** A registry entry as typed in (a form, an import file): strings not yet normalised. */
export interface EnterpriseInput {
  uscc: string;
  name: string;
  regionCode: string;
  industryCode: string;
  size: string;
  keyEnterprise: boolean;
  contactName?: string | undefined;
  contactPhone?: string | undefined;
  contactEmail?: string | undefined;
  address?: string | undefined;
}

/** A registry entry after validation: normalised codes, contacts '' when not given. */
export interface EnterpriseFields {
  uscc: string;
  name: string;
  regionCode: string;
  industryCode: string;
  size: EnterpriseSize;
  keyEnterprise: boolean;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  address: string;
}

/** One rejected field, with a stable code and a Chinese-then-English message. */
export interface EnterpriseFieldError {
  field: keyof EnterpriseInput;
  code: EnterpriseFieldErrorCode;
  message: string;
}

/** The outcome of a validation: the normalised value, or every field error. */
export type EnterpriseValidation<T> =
  { ok: true; value: T } | { ok: false; errors: EnterpriseFieldError[] };

const NAME_MAX = 200;
const CONTACT_MAX = 100;
const ADDRESS_MAX = 500;

type Check<K extends keyof EnterpriseFields> = (
  raw: unknown,
) => { value: EnterpriseFields[K] } | { code: EnterpriseFieldErrorCode; message: string };

function text(raw: unknown, max: number): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const value = raw.trim();
  return value.length <= max ? value : undefined;
}

const contactText =
  (max: number, what: string) =>
  (raw: unknown): { value: string } | { code: EnterpriseFieldErrorCode; message: string } => {
    const value = raw === undefined ? '' : text(raw, max);
    return value !== undefined
      ? { value }
      : {
          code: 'ENTERPRISE_CONTACT_INVALID',
          message: `${what}过长（最多 ${String(max)} 个字符）/ too long (at most ${String(max)} characters)`,
        };
  };

/** One check per field: normalises the raw value or says why it is rejected. */
const CHECKS: { [K in keyof EnterpriseFields]: Check<K> } = {
  uscc: (raw) => {
    const value = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
    return isUscc(value)
      ? { value }
      : {
          code: 'ENTERPRISE_USCC_INVALID',
          message:
            '统一社会信用代码无效：应为 18 位，字符与校验位符合 GB 32100-2015 / invalid unified social credit code: 18 characters with a GB 32100-2015 check character',
        };
  },
  name: (raw) => {
    const value = text(raw, NAME_MAX);
    return value !== undefined && value.length > 0
      ? { value }
      : {
          code: 'ENTERPRISE_NAME_INVALID',
          message: `企业名称不能为空，最多 ${String(NAME_MAX)} 个字符 / the enterprise name must not be empty and has at most ${String(NAME_MAX)} characters`,
        };
  },
  regionCode: (raw) => {
    const region = typeof raw === 'string' ? findRegion(raw) : undefined;
    return region !== undefined
      ? { value: region.code }
      : {
          code: 'ENTERPRISE_REGION_UNKNOWN',
          message:
            '行政区划代码不存在（GB/T 2260，6 位数字）/ unknown administrative division code (GB/T 2260, 6 digits)',
        };
  },
  industryCode: (raw) => {
    const value = typeof raw === 'string' ? normalizeIndustryCode(raw) : undefined;
    return value !== undefined
      ? { value }
      : {
          code: 'ENTERPRISE_INDUSTRY_UNKNOWN',
          message:
            '行业代码不存在：应为 GB/T 4754-2017 的大类代码（01–97）/ unknown industry code: a GB/T 4754-2017 division (01–97)',
        };
  },
  size: (raw) =>
    typeof raw === 'string' && (ENTERPRISE_SIZE_CODES as readonly string[]).includes(raw)
      ? { value: raw as EnterpriseSize }
      : {
          code: 'ENTERPRISE_SIZE_INVALID',
          message:
            '企业规模应为大型、中型、小型或微型（large / medium / small / micro）/ size must be large, medium, small or micro',
        },
  keyEnterprise: (raw) =>
    typeof raw === 'boolean'
      ? { value: raw }
      : {
          code: 'ENTERPRISE_KEY_FLAG_INVALID',
          message: '重点企业标志应为 true 或 false / the key-enterprise flag must be true or false',
        },
  contactName: contactText(CONTACT_MAX, '联系人'),
  contactPhone: (raw) => {
    const value = raw === undefined ? '' : text(raw, CONTACT_MAX);
    return value !== undefined && (value === '' || isMobile(value) || isLandline(value))
      ? { value }
      : {
          code: 'ENTERPRISE_CONTACT_INVALID',
          message:
            '联系电话应为手机号或带区号的固定电话 / the contact phone must be a mobile or a landline number with its area code',
        };
  },
  contactEmail: (raw) => {
    const value = raw === undefined ? '' : text(raw, CONTACT_MAX);
    return value !== undefined && (value === '' || isEmail(value))
      ? { value }
      : {
          code: 'ENTERPRISE_CONTACT_INVALID',
          message: '联系邮箱格式无效 / the contact email is not a valid address',
        };
  },
  address: contactText(ADDRESS_MAX, '地址'),
};

const FIELDS = Object.keys(CHECKS) as (keyof EnterpriseFields)[];

function run<T>(
  input: Partial<Record<keyof EnterpriseFields, unknown>>,
  fields: readonly (keyof EnterpriseFields)[],
): EnterpriseValidation<T> {
  const value: Record<string, unknown> = {};
  const errors: EnterpriseFieldError[] = [];
  for (const field of fields) {
    const result = CHECKS[field](input[field]);
    if ('code' in result) errors.push({ field, code: result.code, message: result.message });
    else value[field] = result.value;
  }
  return errors.length === 0 ? { ok: true, value: value as T } : { ok: false, errors };
}

/**
 * Validates a new registry entry: the credit code (GB 32100 check character, via the
 * validators), a region of the GB/T 2260 table, a GB/T 4754-2017 division, a size of the SME
 * classification, the key-enterprise flag, and optional contacts. Codes come back
 * normalised (`3205` → `320500`, `C36` → `36`, the credit code upper-cased).
 *
 * @example validateEnterprise({ uscc: '91350100M000100Y43', name: '示例', regionCode: '350102',
 *   industryCode: '36', size: 'large', keyEnterprise: true }).ok // true
 */
export function validateEnterprise(input: EnterpriseInput): EnterpriseValidation<EnterpriseFields> {
  return run<EnterpriseFields>(input, FIELDS);
}

/**
 * Validates the fields a change sets (absent fields are left alone); the same checks and
 * normalisation as {@link validateEnterprise}.
 */
export function validateEnterprisePatch(
  patch: Partial<EnterpriseInput>,
): EnterpriseValidation<Partial<EnterpriseFields>> {
  const present = FIELDS.filter((field) => patch[field] !== undefined);
  return run<Partial<EnterpriseFields>>(patch, present);
}

/**
 * The validation errors as one bilingual sentence per field, for an API error message.
 *
 * @example describeEnterpriseErrors(errors) // 'uscc: 统一社会信用代码无效… ; size: …'
 */
export function describeEnterpriseErrors(errors: readonly EnterpriseFieldError[]): string {
  return errors.map((error) => `${error.field}: ${error.message}`).join('; ');
}
