export * from './territory';
export * from './organizations';
