import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestNode } from './test-node.ts';

/** Calls the API of a test node as a signed-in user; fails loudly on an unexpected status. */
export async function call(
  t: TestNode,
  headers: Record<string, string>,
  method: NonNullable<InjectOptions['method']>,
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return t.node.app.inject({
    method,
    url: `/api/v1${url}`,
    headers,
    ...(payload !== undefined && { payload: payload as InjectOptions['payload'] }),
  });
}

/** Like {@link call} but expects 200 and returns the parsed body. */
export async function ok<T>(
  t: TestNode,
  headers: Record<string, string>,
  method: NonNullable<InjectOptions['method']>,
  url: string,
  payload?: unknown,
): Promise<T> {
  const response = await call(t, headers, method, url, payload);
  if (response.statusCode !== 200)
    throw new Error(`${method} ${url} → ${String(response.statusCode)} ${response.body}`);
  return response.json<T>();
}

/** Waits until a scan leaves `queued`/`running` (polls; no timing is asserted). */
export async function waitForScan(
  t: TestNode,
  headers: Record<string, string>,
  id: string,
): Promise<{ status: string; error: string | null; summary: unknown }> {
  for (;;) {
    const scan = await ok<{ status: string; error: string | null; summary: unknown }>(
      t,
      headers,
      'GET',
      `/scans/${id}`,
    );
    if (scan.status !== 'queued' && scan.status !== 'running') return scan;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
