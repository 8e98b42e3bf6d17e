export * from './entities';
export * from './data-source';
export * from './embedded/embedded-database';
export { MIGRATIONS } from './migrations';
export * from './seed/territory.seed';
export * from './seed/demo.seed';
export * from './scratch-database';
export * from './seed/plan.seed';
export * from './query-counter';
