import { useOutletContext } from 'react-router';
import type { SpaceDetail } from './space-types';

/** What the space page gives its tabs. */
export interface SpaceOutletContext {
  space: SpaceDetail;
  /** Asks the API for the space again (member count, role, permissions), e.g. after live activity. */
  refresh: () => void;
}

export function useSpaceOutlet(): SpaceOutletContext {
  return useOutletContext<SpaceOutletContext>();
}
