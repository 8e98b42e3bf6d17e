import type { Request, Response } from 'express';
import type { UserEntity } from '@condivisa/db';
import type { InstrumentLoaders } from '../instruments/instrument-loaders';
import type { SpaceLoaders } from '../spaces/space-loaders';

/** What every resolver gets: the HTTP pair (absent on websockets) and the signed-in user, if any. */
export interface RequestContext {
  req?: Request;
  res?: Response;
  user: UserEntity | null;
  /** Client address used for rate limits. */
  ip: string;
  /** Batch loaders for this operation (no N+1). */
  loaders: SpaceLoaders;
  /** Batch loaders of the instrument map for this operation. */
  instruments: InstrumentLoaders;
}
