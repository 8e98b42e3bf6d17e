import { createContext } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import type { CurrentUser } from './auth-types';

export interface AuthState {
  /** The logged-in user, or null when nobody is logged in (or while loading). */
  me: CurrentUser | null;
  /** True until the first answer to `me` arrives. */
  loading: boolean;
  /** Set when `me` itself could not be loaded (API unreachable, …). */
  error: ApiError | null;
  isAdmin: boolean;
  /** Asks the API again who is logged in (after login, invitation, password reset). */
  refresh: () => Promise<CurrentUser | null>;
  /** Ends the session and forgets every cached result. */
  logout: () => Promise<ApiError | null>;
}

export const AuthContext = createContext<AuthState | null>(null);
