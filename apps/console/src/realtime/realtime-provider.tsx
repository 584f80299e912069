import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, DomainEvent, ServerToClientEvents } from '@lifeline/api-contract';
import { refreshSession } from '../api/graphql-client';
import { sessionStore } from '../api/session-store';
import { useSession } from '../features/auth/useSession';
import { applyDomainEvent, isNewerEventId } from './event-invalidations';

/** What the top bar shows: `live` means events arrive; `offline` means we have stopped hoping soon. */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

const ConnectionStateContext = createContext<ConnectionState>('offline');

export function useConnectionState(): ConnectionState {
  return useContext(ConnectionStateContext);
}

const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 15_000;
/** After this many failed attempts in a row the console says "offline" (it keeps retrying). */
const ATTEMPTS_BEFORE_OFFLINE = 5;

export type LifelineSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const SocketContext = createContext<LifelineSocket | null>(null);

/**
 * The tab's socket, for screens that emit on it (presence). Null while signed out. It stays the same object
 * across reconnects: listen for `connect` to redo whatever the server forgot with the old connection.
 */
export function useRealtimeSocket(): LifelineSocket | null {
  return useContext(SocketContext);
}

/**
 * One socket.io connection per signed-in tab, authenticated with the current JWT. Each domain event
 * invalidates the queries it makes stale; after a reconnect the console asks the server (`sync`) for the
 * events it missed since the last id it saw, so nothing on screen stays silently outdated.
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const signedIn = useSession() !== null;
  const queryClient = useQueryClient();
  const [state, setState] = useState<ConnectionState>('connecting');
  const [socket, setSocket] = useState<LifelineSocket | null>(null);

  useEffect(() => {
    if (!signedIn) return;
    const socket: LifelineSocket = io({
      path: '/socket.io',
      // A function, so every (re)connection attempt presents the newest token after a refresh.
      auth: (cb) => cb({ token: sessionStore.get()?.token }),
      reconnection: true,
      reconnectionDelay: BASE_DELAY_MS,
      reconnectionDelayMax: MAX_DELAY_MS,
      randomizationFactor: 0.5,
    });

    let disposed = false;
    let lastEventId: string | null = null;
    let failedAttempts = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;

    const markRetrying = () => {
      if (disposed) return;
      failedAttempts += 1;
      const browserOffline = typeof navigator !== 'undefined' && navigator.onLine === false;
      setState(browserOffline || failedAttempts >= ATTEMPTS_BEFORE_OFFLINE ? 'offline' : 'reconnecting');
    };

    const apply = (event: DomainEvent) => {
      if (!isNewerEventId(event.id, lastEventId)) return;
      lastEventId = event.id;
      applyDomainEvent(queryClient, event);
    };

    // The socket.io manager retries transport failures by itself; a connection the server refused (bad or
    // expired token) or closed on purpose is ours to retry, with the same jittered exponential backoff.
    const retryLater = () => {
      clearTimeout(retryTimer);
      const delay = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(failedAttempts, 10));
      retryTimer = setTimeout(() => {
        if (!disposed && !socket.connected) socket.connect();
      }, delay * (0.5 + Math.random()));
    };

    socket.on('connect', () => {
      failedAttempts = 0;
      setState('live');
      // Screens get the socket once it can carry their emits; it is the same object after a reconnect.
      setSocket(socket);
    });

    socket.on('ready', (ready) => {
      if (lastEventId === null) {
        lastEventId = ready.lastEventId;
        return;
      }
      socket.emit('sync', { afterId: lastEventId }, ({ events, truncated }) => {
        events.forEach(apply);
        if (truncated) {
          // Missed more than one reply carries: refetch everything rather than replay a partial history.
          if (isNewerEventId(ready.lastEventId, lastEventId)) lastEventId = ready.lastEventId;
          void queryClient.invalidateQueries();
        }
      });
    });

    socket.on('event', apply);

    socket.on('disconnect', (reason) => {
      if (disposed) return;
      markRetrying();
      if (!socket.active && reason !== 'io client disconnect') retryLater();
    });

    socket.on('connect_error', () => {
      if (disposed) return;
      markRetrying();
      if (socket.active) return;
      // Refused at the handshake: most likely the short-lived JWT expired. Renew it, then try again. A
      // refresh that fails for good clears the session, which unmounts this effect and shows the login.
      refreshSession().then(
        (renewed) => renewed && retryLater(),
        () => retryLater(),
      );
    });

    const onBrowserOnline = () => {
      if (disposed || socket.connected) return;
      setState('reconnecting');
      if (!socket.active) socket.connect();
    };
    const onBrowserOffline = () => !socket.connected && setState('offline');
    window.addEventListener('online', onBrowserOnline);
    window.addEventListener('offline', onBrowserOffline);

    return () => {
      disposed = true;
      // The next connection (after sign-in or a token change) starts from "connecting" again.
      setState('connecting');
      setSocket(null);
      clearTimeout(retryTimer);
      window.removeEventListener('online', onBrowserOnline);
      window.removeEventListener('offline', onBrowserOffline);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [signedIn, queryClient]);

  return (
    <ConnectionStateContext.Provider value={signedIn ? state : 'offline'}>
      <SocketContext.Provider value={signedIn ? socket : null}>{children}</SocketContext.Provider>
    </ConnectionStateContext.Provider>
  );
}
