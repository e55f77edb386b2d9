/** A timestamp as the API shows it: ISO 8601 in UTC. */
export function iso(date: Date): string {
  return date.toISOString();
}

/** A nullable timestamp as the API shows it. */
export function isoOrNull(date: Date | null): string | null {
  return date === null ? null : date.toISOString();
}
