/** The pg-boss queue of the child's sync job (push, pull, heartbeat). */
export const FEDERATION_SYNC_QUEUE = 'federation-sync';
