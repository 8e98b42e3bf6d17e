export * from './territory';
export * from './organizations';
export * from './plan';
export * from './instruments';
export * from './plan-templates';
