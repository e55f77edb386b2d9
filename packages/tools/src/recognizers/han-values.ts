/**
 * The Chinese half of the whole-value recognizer: values starting with an ideograph — person
 * names, licence plates, organisation names and addresses, cheapest test first.
 */
import type { LabelCode } from '@shuan/core';
import { isAddress, isChineseName, isOrgName } from '../validators/chinese-text.ts';
import { F_COMPOUND_FIRST, F_PLATE, F_SURNAME, hanFlags } from '../validators/han-table.ts';
import { isLicensePlate } from '../validators/plate.ts';

/** Values whose first character is a CJK ideograph (U+4E00–U+9FFF). */
export function recognizeHanLead(v: string, n: number, c0: number): LabelCode | null {
  const f = hanFlags(c0);
  if (n <= 4) {
    if (n === 4 && isOrgName(v)) return 'org.name';
    return (f & (F_SURNAME | F_COMPOUND_FIRST)) !== 0 && isChineseName(v) ? 'pi.name' : null;
  }
  if ((f & F_PLATE) !== 0 && n <= 9 && isLicensePlate(v)) return 'pi.license_plate';
  if (isOrgName(v)) return 'org.name';
  return isAddress(v) ? 'pi.address' : null;
}
