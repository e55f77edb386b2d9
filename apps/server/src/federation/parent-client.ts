import { ErrorResponseSchema } from '@shuan/contracts';
import { AppError } from '../http/app-error.ts';
import { fedError } from './fed-error.ts';

const TIMEOUT_MS = 30_000;

/**
 * POSTs JSON to the parent (`<baseUrl><path>`) and returns the parsed 200 body. A
 * connection failure or timeout is FED_PARENT_UNREACHABLE; a refusal with one of our error
 * codes is re-raised with that code (so `FED_TOKEN_REVOKED` reaches the child's admin as
 * is); any other answer is FED_PARENT_REFUSED.
 */
export async function postToParent(baseUrl: string, path: string, body: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw fedError('FED_PARENT_UNREACHABLE', `${baseUrl} (${(error as Error).message})`);
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (response.status === 200 && json !== undefined) return json;
  const refusal = ErrorResponseSchema.safeParse(json);
  if (refusal.success && refusal.data.error.code.startsWith('FED_'))
    throw new AppError(refusal.data.error.code, refusal.data.error.message);
  throw fedError('FED_PARENT_REFUSED', `HTTP ${String(response.status)}`);
}
