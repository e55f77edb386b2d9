/** A tiny client of the server's API for the bench's setup steps (login, sources, scans). */

/** A signed-in session: the cookie header and the CSRF token unsafe methods need. */
export interface Session {
  cookie: string;
  csrf: string;
}

async function parse<T>(response: Response, what: string): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${what} → ${String(response.status)} ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

/** Signs in and returns the session. */
export async function login(baseUrl: string, username: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await parse<{ csrfToken: string | null }>(response, 'POST /auth/login');
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('shuan_session='));
  if (cookie === undefined || body.csrfToken === null)
    throw new Error('登录未返回会话 / login returned no session');
  return { cookie, csrf: body.csrfToken };
}

/** `GET /api/v1<path>` as the session. */
export async function apiGet<T>(baseUrl: string, session: Session, path: string): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, { headers: { cookie: session.cookie } });
  return parse<T>(response, `GET ${path}`);
}

/** `POST /api/v1<path>` with a JSON body as the session. */
export async function apiPost<T>(
  baseUrl: string,
  session: Session,
  path: string,
  body: unknown,
): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method: 'POST',
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  return parse<T>(response, `POST ${path}`);
}
