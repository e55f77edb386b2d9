/**
 * Geographic coordinates (经纬度) in decimal degrees (WGS-84 / GCJ-02 text as stored by GPS
 * trackers and map APIs).
 */

/** Mainland China and its seas, generously: longitude 73–136 °E, latitude 3–54 °N. */
const CHINA = { minLng: 73, maxLng: 136, minLat: 3, maxLat: 54 } as const;

/**
 * Parses a signed decimal number at `[start, end)`; returns NaN unless it has a decimal point
 * with at least `minDecimals` digits after it.
 */
function parseDecimal(value: string, start: number, end: number, minDecimals: number): number {
  let i = start;
  if (value.charCodeAt(i) === 45 || value.charCodeAt(i) === 43) i++;
  let intDigits = 0;
  while (i < end && value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) {
    i++;
    intDigits++;
  }
  if (intDigits === 0 || intDigits > 3 || value.charCodeAt(i) !== 46) return NaN;
  const dot = i++;
  while (i < end && value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) i++;
  if (i !== end || end - dot - 1 < minDecimals) return NaN;
  return Number(value.slice(start, end));
}

const inChina = (lat: number, lng: number): boolean =>
  lat >= CHINA.minLat && lat <= CHINA.maxLat && lng >= CHINA.minLng && lng <= CHINA.maxLng;

/**
 * A latitude/longitude pair such as `31.2304,121.4737`, `121.4737, 31.2304` or
 * `31.2304 121.4737`: two decimals with at least 3 decimal places (≈ 100 m) separated by a
 * comma (ASCII or full-width) and/or spaces, which fall inside China in either order. The
 * bounding box is what keeps pairs of measurements out.
 *
 * @example isCoordinatePair('31.2304,121.4737') // true
 */
export function isCoordinatePair(value: string): boolean {
  const n = value.length;
  if (n < 11 || n > 48) return false;
  let sepStart = -1;
  let sepEnd = -1;
  for (let i = 1; i < n - 1; i++) {
    const c = value.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 32) {
      if (sepStart < 0) sepStart = i;
      sepEnd = i + 1;
    } else if (sepStart >= 0) {
      break;
    }
  }
  if (sepStart < 0) return false;
  for (let i = sepStart; i < sepEnd; i++) {
    const c = value.charCodeAt(i);
    if (c !== 44 && c !== 0xff0c && c !== 32) return false;
  }
  const a = parseDecimal(value, 0, sepStart, 3);
  const b = parseDecimal(value, sepEnd, n, 3);
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  return inChina(a, b) || inChina(b, a);
}

/**
 * A single latitude in decimal degrees (−90…90) with at least `minDecimals` decimals
 * (default 4, ≈ 10 m). A bare decimal means nothing by itself, so this counts only when the
 * column name says lat/纬度.
 */
export function isLatitude(value: string, minDecimals = 4): boolean {
  const v = parseDecimal(value, 0, value.length, minDecimals);
  return v >= -90 && v <= 90;
}

/** A single longitude (−180…180) with at least `minDecimals` decimals; context only. */
export function isLongitude(value: string, minDecimals = 4): boolean {
  const v = parseDecimal(value, 0, value.length, minDecimals);
  return v >= -180 && v <= 180;
}
