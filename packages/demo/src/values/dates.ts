import type { Rng } from '../rng.ts';

/** The demo's fixed "today": data never depends on the clock. */
export const DEMO_TODAY = Date.UTC(2026, 9, 31);
const DAY = 86_400_000;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `YYYY-MM-DD` of an epoch-milliseconds instant (UTC). */
export function fmtDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `YYYY-MM-DD HH:MM:SS` of an epoch-milliseconds instant (UTC wall time). */
export function fmtDateTime(ms: number): string {
  const d = new Date(ms);
  return `${fmtDate(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Epoch ms of a `YYYY-MM-DD` date. */
export function parseDate(s: string): number {
  const [y, m, d] = s.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** A random day in [from, to] as epoch ms at midnight UTC. */
export function randomDay(rng: Rng, from: string, to: string): number {
  const a = parseDate(from) / DAY;
  const b = parseDate(to) / DAY;
  return rng.int(a, b) * DAY;
}

/** A random `YYYY-MM-DD` in [from, to]. */
export function randomDate(rng: Rng, from: string, to: string): string {
  return fmtDate(randomDay(rng, from, to));
}

/** A random `YYYY-MM-DD HH:MM:SS` in [from, to], during working hours mostly. */
export function randomDateTime(rng: Rng, from: string, to: string): string {
  return fmtDateTime(randomDay(rng, from, to) + rng.int(0, DAY / 1000 - 1) * 1000);
}

/** `YYYYMMDD` compact form of a `YYYY-MM-DD` date. */
export const compact = (date: string): string => date.replaceAll('-', '');

export { DAY, pad };
