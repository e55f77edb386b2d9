/**
 * Replaces the password of a source URL with `***`, for messages and logs. Strings that are
 * not URLs (file paths, `sqlite:` paths) and URLs without a password come back unchanged.
 *
 * @example
 * redactSourceUrl('postgres://scan:s3cret@db:5432/erp'); // 'postgres://scan:***@db:5432/erp'
 */
export function redactSourceUrl(url: string): string {
  // Plain string work rather than `new URL`: it also covers strings URL rejects (a bad port,
  // a raw '@' or '/' in the password), which are exactly the ones that end up in errors.
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  if (scheme === null) return url;
  const start = scheme[0].length;
  const queryAt = url.slice(start).search(/[?#]/);
  const end = queryAt === -1 ? url.length : start + queryAt;
  const at = url.lastIndexOf('@', end - 1);
  if (at < start) return url;
  const colon = url.indexOf(':', start);
  if (colon === -1 || colon > at) return url;
  return `${url.slice(0, colon + 1)}***${url.slice(at)}`;
}
