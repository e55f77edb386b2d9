import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { AppError } from './app-error.ts';

/**
 * Where in a parsed request value (body, query or path parameters) the first string or key
 * lies that PostgreSQL cannot store: one holding U+0000 (`text` and `jsonb` reject NUL with
 * error 22021), or one that is not well-formed UTF-16 (a lone surrogate: `jsonb` rejects it
 * and `text` would silently store U+FFFD instead). Answers a JSON-pointer-like path, `''`
 * for the value itself, or undefined when everything is storable. Walks iteratively, so that
 * a deeply nested body cannot overflow the stack.
 */
export function findUnstorableText(value: unknown): string | undefined {
  // Paths are built only when something is wrong: every request body passes through here
  // (federation pushes of 100 envelopes included), and almost all are fine.
  if (allStorable(value)) return undefined;
  const pending: [unknown, string][] = [[value, '']];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, path] = next;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return path;
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current)) {
        const childPath = `${path}/${key}`;
        if (!isStorableText(key)) return childPath;
        pending.push([child, childPath]);
      }
    }
  }
  return undefined;
}

/** The walk of {@link findUnstorableText} without paths: true when every string is storable. */
function allStorable(value: unknown): boolean {
  const pending: unknown[] = [value];
  for (
    let current = pending.pop();
    pending.length > 0 || current !== undefined;
    current = pending.pop()
  ) {
    if (typeof current === 'string') {
      if (!isStorableText(current)) return false;
    } else if (typeof current === 'object' && current !== null) {
      if (Array.isArray(current)) {
        for (const child of current) pending.push(child);
        continue;
      }
      for (const key in current) {
        if (!Object.hasOwn(current, key)) continue;
        if (!isStorableText(key)) return false;
        pending.push((current as Record<string, unknown>)[key]);
      }
    }
  }
  return true;
}

/** True when a string can be stored in PostgreSQL as it is. */
function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed();
}

const PARTS = [
  ['body', (request: FastifyRequest) => request.body],
  ['query', (request: FastifyRequest) => request.query],
  ['params', (request: FastifyRequest) => request.params],
] as const;

/**
 * `preValidation` hook of every route: answers 400 `VALIDATION_FAILED` for input text that
 * PostgreSQL cannot store (see {@link findUnstorableText}), instead of letting the query
 * fail with a 500 deep inside a route. Runs after the auth hook, so anonymous callers still
 * learn nothing about a route's input.
 */
export function rejectUnstorableText(
  request: FastifyRequest,
  _reply: FastifyReply,
  done: HookHandlerDoneFunction,
): void {
  for (const [part, read] of PARTS) {
    const found = findUnstorableText(read(request));
    if (found !== undefined) {
      // The path may hold the offending key itself: keep the message short and printable.
      const path = found.slice(0, 100).replace(/[^\x20-\x7e\u4e00-\u9fff]/g, '?');
      done(
        new AppError(
          'VALIDATION_FAILED',
          `请求参数无效：${part}${path} 含 NUL 字符或不成对的 UTF-16 代理项 / invalid request: ${part}${path} contains a NUL character or a lone UTF-16 surrogate`,
        ),
      );
      return;
    }
  }
  done();
}
