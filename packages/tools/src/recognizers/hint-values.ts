/**
 * Context-dependent value checks: formats that are only sensitive when the column name or
 * comment says so. A lone `31.2304` is a latitude only in a `lat` column; `1990-05-01` is a
 * birth date only in a `birth_date`/出生日期 column; a 64-hex string is a password hash only
 * in a `password` column (in `file_md5` it is a checksum); 8 digits are a Taiwan permit only
 * under 台胞证.
 */
import type { LabelCode } from '@shuan/core';
import { isSecretDigest } from '../validators/credential.ts';
import { isBirthDateValue } from '../validators/dates.ts';
import { isLatitude, isLongitude } from '../validators/geo.ts';
import { isLegacyIdCard } from '../validators/id-card.ts';
import { isTaiwanPermit } from '../validators/passport.ts';
import { isOrgCode } from '../validators/uscc.ts';

/**
 * What the column's name or comment lets the value checks accept in addition:
 * - `lat` / `lng`: a single decimal latitude or longitude with ≥ 4 decimals;
 * - `birth`: a date between 1900 and today;
 * - `secret`: a hex digest (MD5/SHA) or a long base64 string;
 * - `tw_permit`: 8 or 10 digits (台胞证);
 * - `org_code`: a GB 11714 organisation code `XXXXXXXX-X`;
 * - `id_card`: a 15-digit first-generation ID number.
 */
export type ValueHint = 'lat' | 'lng' | 'birth' | 'secret' | 'tw_permit' | 'org_code' | 'id_card';

/** Every hint, for tables and tests. */
export const VALUE_HINTS: readonly ValueHint[] = [
  'lat',
  'lng',
  'birth',
  'secret',
  'tw_permit',
  'org_code',
  'id_card',
];

/**
 * Checks one trimmed value under a hint; returns the label it then carries, or null. Call it
 * for values the plain recognizer did not label.
 *
 * @example recognizeWithHint('31.230416', 'lat') // 'pi.geo_location'
 */
export function recognizeWithHint(value: string, hint: ValueHint): LabelCode | null {
  switch (hint) {
    case 'lat':
      return isLatitude(value) ? 'pi.geo_location' : null;
    case 'lng':
      return isLongitude(value) ? 'pi.geo_location' : null;
    case 'birth':
      return isBirthDateValue(value) ? 'pi.birth_date' : null;
    case 'secret':
      return isSecretDigest(value) ? 'sec.credential' : null;
    case 'tw_permit':
      return isTaiwanPermit(value) ? 'pi.passport' : null;
    case 'org_code':
      return isOrgCode(value) ? 'org.uscc' : null;
    case 'id_card':
      return isLegacyIdCard(value) ? 'pi.id_card' : null;
  }
}
