export * from './close-code';
export * from './collab-hooks';
export * from './collab-server';
export * from './collab-connection';
export * from './shared-document';
export * from './protocol';
export * from './fan-out';
export * from './redis-fan-out';
