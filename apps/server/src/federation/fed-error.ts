import { FEDERATION_ERROR_MESSAGES, type FederationErrorCode } from '@shuan/core';
import { AppError } from '../http/app-error.ts';

/** Bilingual messages of the transport's own API codes (core's codes carry their own). */
export const TRANSPORT_MESSAGES = {
  FED_NODE_EXISTS: '该节点标识已登记 / a node with this id is already enrolled',
  FED_PEER_NOT_FOUND: '没有该下级节点 / no such child node',
  FED_TOKEN_NOT_FOUND: '接入令牌不存在 / no such enrollment token',
  FED_ALREADY_ENROLLED: '本节点已接入上级节点 / this node is already enrolled with a parent',
  FED_NOT_ENROLLED: '本节点尚未接入上级节点 / this node has not enrolled with a parent',
  FED_NOT_A_PARENT: '本节点不接收下级节点 / this node does not take child nodes',
  FED_PARENT_UNREACHABLE: '无法连接上级节点 / cannot reach the parent node',
  FED_PARENT_REFUSED: '上级节点拒绝了请求 / the parent node refused the request',
  FED_KEY_ROTATION_PENDING:
    '上一次密钥轮换尚未被上级节点确认 / the previous key rotation is not yet acknowledged by the parent',
} as const;

/** An AppError with the code's standard message (optionally followed by a detail). */
export function fedError(
  code: FederationErrorCode | keyof typeof TRANSPORT_MESSAGES,
  detail?: string,
): AppError {
  const base =
    code in TRANSPORT_MESSAGES
      ? TRANSPORT_MESSAGES[code as keyof typeof TRANSPORT_MESSAGES]
      : FEDERATION_ERROR_MESSAGES[code as FederationErrorCode];
  return new AppError(code, detail === undefined ? base : `${base}: ${detail}`);
}
