import { useSyncExternalStore } from 'react';
import { sessionStore, type Session } from '../../api/session-store';

/** The current session, re-rendering when it is set, refreshed or cleared. */
export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
}
