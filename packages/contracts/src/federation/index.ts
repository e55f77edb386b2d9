/** Wire schemas of the federation: the signed envelope and the payload of each message type. */
export * from './envelope.schema.ts';
export * from './enterprise.schema.ts';
export * from './messages.schema.ts';
export * from './assessment-messages.schema.ts';
export * from './incident-messages.schema.ts';
export * from './refiling-messages.schema.ts';
export * from './refusal-messages.schema.ts';
export * from './warning-messages.schema.ts';
export * from './transport.schema.ts';
