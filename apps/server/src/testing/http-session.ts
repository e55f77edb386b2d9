/** A response of the API: status and parsed JSON body. */
export interface HttpResult<T> {
  status: number;
  body: T;
}

/** A signed-in user talking to a server over real HTTP (cookie and CSRF token). */
export interface HttpSession {
  /** Any status; the body parsed as JSON. Rejects only when the connection fails. */
  request: <T = unknown>(method: string, path: string, body?: unknown) => Promise<HttpResult<T>>;
  /** Expects 200 and returns the body; anything else throws with the body. */
  ok: <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;
}

/**
 * Signs in at `baseUrl` (e.g. `http://127.0.0.1:8080`) and returns the session. With
 * `serverOutput` (the server process's log), a 5xx answer to `ok` carries the log's end: the
 * cause of a rare 500 in CI is then in the failure itself.
 */
export async function loginOverHttp(
  baseUrl: string,
  username: string,
  password: string,
  serverOutput?: () => string,
): Promise<HttpSession> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`login failed: ${String(response.status)} ${text}`);
  const session = /shuan_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (session === undefined) throw new Error('login set no session cookie');
  const { csrfToken } = JSON.parse(text) as { csrfToken: string };
  const headers = { cookie: `shuan_session=${session}`, 'x-csrf-token': csrfToken };
  const request = async <T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<HttpResult<T>> => {
    const answer = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const raw = await answer.text();
    return { status: answer.status, body: (raw.length === 0 ? null : JSON.parse(raw)) as T };
  };
  return {
    request,
    ok: async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const result = await request<T>(method, path, body);
      if (result.status !== 200) {
        const log =
          result.status >= 500 && serverOutput !== undefined
            ? `\nserver log (end):\n${serverOutput().slice(-4000)}`
            : '';
        throw new Error(
          `${method} ${path} → ${String(result.status)} ${JSON.stringify(result.body)}${log}`,
        );
      }
      return result.body;
    },
  };
}
