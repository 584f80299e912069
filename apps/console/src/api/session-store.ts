/**
 * The signed-in session: a short-lived JWT (~15 min) and the refresh token that renews it. Kept in memory
 * for requests and in localStorage so a reload stays signed in. Subscribers (the socket, the router guard)
 * hear every change: a refreshed token reconnects the socket with it, a cleared session sends to /login.
 */
export interface Session {
  token: string;
  refreshToken: string;
  expiresAt: string;
}

const STORAGE_KEY = 'lifeline.session';
type Listener = () => void;

function readStored(): Session | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    return parsed.token && parsed.refreshToken && parsed.expiresAt ? (parsed as Session) : null;
  } catch {
    return null;
  }
}

let current: Session | null | undefined;
const listeners = new Set<Listener>();

export const sessionStore = {
  get(): Session | null {
    if (current === undefined) current = readStored();
    return current;
  },
  set(session: Session | null): void {
    current = session;
    try {
      if (session) globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(session));
      else globalThis.localStorage?.removeItem(STORAGE_KEY);
    } catch {
      // Storage can be unavailable (private mode, quota); the in-memory session still works for this tab.
    }
    listeners.forEach((listener) => listener());
  },
  clear(): void {
    sessionStore.set(null);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
