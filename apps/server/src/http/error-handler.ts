import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { SourceError } from '@shuan/connectors';
import { CatalogRuleError } from '@shuan/core';
import type { ApiErrorCode } from '@shuan/contracts';
import { AppError, ERROR_STATUS } from './app-error.ts';

/**
 * Bilingual messages of Fastify's own request errors (content type, JSON syntax, URL
 * encoding), instead of its English text, which may also echo a very long URL back.
 */
const FRAMEWORK_MESSAGES = new Map<string, string>(
  Object.entries({
    FST_ERR_CTP_INVALID_MEDIA_TYPE:
      '不支持的请求体类型，请使用 application/json / unsupported content type, send application/json',
    FST_ERR_CTP_EMPTY_JSON_BODY: '请求体为空 / the JSON body is empty',
    FST_ERR_CTP_INVALID_JSON_BODY: '请求体不是有效的 JSON / the body is not valid JSON',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH:
      '请求体长度与 Content-Length 不符 / the body does not match its Content-Length',
    FST_ERR_BAD_URL: '请求地址的编码无效 / the URL is not validly encoded',
    FST_ERR_MAX_PARAM_LENGTH: '路径参数过长 / a path parameter is too long',
  }),
);

/**
 * Turns every error into the one error body `{ error: { code, message, requestId } }` with
 * the status of {@link ERROR_STATUS}. Unknown errors answer 500 without internals, and are
 * logged with the request id.
 */
export function handleError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const { code, message } = classify(error);
  const status = ERROR_STATUS[code];
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  return reply.status(status).send({ error: { code, message, requestId: request.id } });
}

function classify(error: FastifyError): { code: ApiErrorCode; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  if (error instanceof SourceError) return { code: error.code, message: error.message };
  if (error instanceof CatalogRuleError) return { code: error.code, message: error.message };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation
      .slice(0, 5)
      .map((issue) => `${issue.instancePath || '/'} ${issue.message ?? ''}`.trim())
      .join('; ');
    return { code: 'VALIDATION_FAILED', message: `请求参数无效 / invalid request: ${details}` };
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
    return {
      code: 'PAYLOAD_TOO_LARGE',
      message: '请求体过大（上限 1 MiB）/ request body too large (limit 1 MiB)',
    };
  }
  const status = error.statusCode ?? 500;
  const known = FRAMEWORK_MESSAGES.get(error.code);
  if (known !== undefined)
    return { code: 'VALIDATION_FAILED', message: `请求无效 / invalid request: ${known}` };
  if (status === 404) return { code: 'NOT_FOUND', message: '未找到 / not found' };
  if (status >= 400 && status < 500) {
    return { code: 'VALIDATION_FAILED', message: `请求无效 / invalid request: ${error.message}` };
  }
  return { code: 'INTERNAL_ERROR', message: '服务器内部错误 / internal server error' };
}
