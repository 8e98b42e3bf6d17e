import { Initial1795389662979 } from './1795389662979-initial';

/** Every migration, oldest first. Add new ones at the end (`cli.cjs migration:pending --write Name`). */
export const MIGRATIONS = [Initial1795389662979];
