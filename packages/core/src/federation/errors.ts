/**
 * Stable codes of the federation rules. Receivers record every rejection with its code;
 * the server maps each code to an HTTP status once, and clients translate by code.
 */
export const FEDERATION_ERROR_CODES = [
  'FED_UNKNOWN_SENDER',
  'FED_SUSPENDED_SENDER',
  'FED_WRONG_RECEIVER',
  'FED_WRONG_DIRECTION',
  'FED_REPLAY',
  'FED_OUT_OF_ORDER',
  'FED_CLOCK_SKEW',
  'FED_BAD_DIGEST',
  'FED_BAD_SIGNATURE',
  'FED_TOKEN_EXPIRED',
  'FED_TOKEN_USED',
  'FED_TOKEN_REVOKED',
  'FED_TOKEN_INVALID',
  'FED_CHUNK_MISSING',
  'FED_CHUNK_INCONSISTENT',
  'FED_CHUNK_CORRUPT',
  'FED_TOKEN_UNKNOWN',
  'FED_MALFORMED',
  'FED_PAYLOAD_INVALID',
  'FED_SCOPE_MISMATCH',
] as const;

/** One of {@link FEDERATION_ERROR_CODES}. */
export type FederationErrorCode = (typeof FEDERATION_ERROR_CODES)[number];

/**
 * The message of each code, Chinese first then English. A table, so a new code does not
 * compile until it has its text.
 */
export const FEDERATION_ERROR_MESSAGES: Record<FederationErrorCode, string> = {
  FED_UNKNOWN_SENDER: '发送节点未登记 / the sending node is not enrolled',
  FED_SUSPENDED_SENDER: '发送节点已被暂停 / the sending node is suspended',
  FED_WRONG_RECEIVER: '消息的接收节点不是本节点 / the message is addressed to another node',
  FED_WRONG_DIRECTION:
    '该类型的消息不能从此方向发来 / this message type cannot come from that side of the tree',
  FED_REPLAY: '消息已收到过（重放） / the message was already received (replay)',
  FED_OUT_OF_ORDER:
    '序号不连续，先暂存等待前序消息 / a gap in the sequence: held until earlier messages arrive',
  FED_CLOCK_SKEW: '消息时间与本机时间相差过大 / the message time is too far from this node’s clock',
  FED_BAD_DIGEST: 'SM3 摘要与消息内容不符 / the SM3 digest does not match the message',
  FED_BAD_SIGNATURE: 'SM2 签名验证失败 / the SM2 signature does not verify',
  FED_TOKEN_EXPIRED: '接入令牌已过期 / the enrollment token has expired',
  FED_TOKEN_USED: '接入令牌已被使用 / the enrollment token has already been used',
  FED_TOKEN_REVOKED: '接入令牌已被撤销 / the enrollment token was revoked',
  FED_TOKEN_INVALID: '接入令牌参数无效 / the enrollment token settings are invalid',
  FED_CHUNK_MISSING: '分片不完整 / some chunks of the payload are missing',
  FED_CHUNK_INCONSISTENT:
    '分片的组号、总数或序号不一致 / the chunks disagree on group, count or index',
  FED_CHUNK_CORRUPT: '分片拼接后不是有效的 JSON / the joined chunks are not valid JSON',
  FED_TOKEN_UNKNOWN: '接入令牌不存在 / the enrollment token is not known to this node',
  FED_MALFORMED: '消息格式不符合信封规范 / the message is not a well-formed envelope',
  FED_PAYLOAD_INVALID:
    '消息内容不符合该类型的格式 / the payload does not match the schema of its message type',
  FED_SCOPE_MISMATCH:
    '消息所述企业超出该节点接入令牌的范围 / the message names an enterprise outside the sending node’s enrollment scope',
};

/**
 * A federation rule was broken by the caller's own input (an enrollment token with no
 * scope, an expiry in the past …), as opposed to a rejected message, which is a result.
 */
export class FederationRuleError extends Error {
  readonly code: FederationErrorCode;

  constructor(code: FederationErrorCode, message: string = FEDERATION_ERROR_MESSAGES[code]) {
    super(message);
    this.name = 'FederationRuleError';
    this.code = code;
  }
}
