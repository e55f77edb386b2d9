/**
 * Pure check functions for the sensitive-value formats of the scan contract, each naming the
 * standard it follows (GB 11643, GB 32100, GB 11714, ISO/IEC 7812 Luhn, GA 36 …).
 */
export { isBirthDateValue, isCalendarDate, parseDateValue, todayYmd } from './dates.ts';
export {
  ID_PROVINCE_CODES,
  idCardCheckChar,
  isIdCard,
  isLegacyIdCard,
  isProvinceCode,
} from './id-card.ts';
export {
  USCC_CHARSET,
  hasValidEmbeddedOrgCode,
  isOrgCode,
  isUscc,
  orgCodeCheckChar,
  usccCheckChar,
} from './uscc.ts';
export { isBankCard, isPlausibleCardPrefix, luhnCheckDigit, luhnValid } from './bank-card.ts';
export { MOBILE_SEGMENTS, isLandline, isMobile } from './phone.ts';
export { isEmail, isIPv4, isIPv6 } from './net.ts';
export { isHkMacauPermit, isPassport, isTaiwanPermit } from './passport.ts';
export { PLATE_PROVINCES, PLATE_SUFFIXES, isLicensePlate } from './plate.ts';
export { isCoordinatePair, isLatitude, isLongitude } from './geo.ts';
export {
  API_KEY_SHAPES,
  isApiKey,
  isCredential,
  isJwt,
  isPasswordHash,
  isPrivateKeyPem,
  isSecretDigest,
} from './credential.ts';
export { isAddress, isChineseName, isOrgName } from './chinese-text.ts';
