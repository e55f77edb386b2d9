/**
 * @shuan/server — the one server program of Shu'an: HTTP API, job worker and (later)
 * federation. The node role is configuration (`SHUAN_ROLE`).
 */
export { loadConfig, ConfigError, type ServerConfig } from './config.ts';
export { startNode, type RunningNode, type StartNodeOptions } from './node/start-node.ts';
export { PERMISSIONS } from './http/permissions.ts';
export { verifyAudit, type AuditVerdict } from './audit/verify-audit.ts';
