import { useCallback, useEffect, useRef, useState } from 'react';
import type { PresencePayload, TicketViewer } from '@lifeline/api-contract';
import { useMe } from '../features/auth/useMe';
import { useRealtimeSocket } from './realtime-provider';

/** Typing stops counting this long after the reply box loses focus or text, so a brief pause does not flicker. */
const TYPING_OFF_DELAY_MS = 1_500;

export interface TicketPresence {
  /** Who else has this ticket open, and whether they are typing a reply. */
  viewers: TicketViewer[];
  /** Say whether I am writing a reply (focus in the reply box and text in it); sent debounced. */
  setTyping: (typing: boolean) => void;
}

/**
 * Presence on one ticket, so two agents do not answer the same buyer: views it on mount (and again after
 * every reconnect, since a new connection starts in no rooms), leaves on unmount, and tells the others
 * when I am typing.
 */
export function useTicketPresence(ticketId: string | undefined): TicketPresence {
  const socket = useRealtimeSocket();
  const myId = useMe().data?.id;
  const [presence, setPresence] = useState<PresencePayload | null>(null);
  const typingSent = useRef(false);
  const typingWanted = useRef(false);
  const offTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!socket || !ticketId) return;
    const accept = (payload: PresencePayload | { error: string }) => {
      if ('ticketId' in payload && payload.ticketId === ticketId) setPresence(payload);
    };
    const view = () => {
      socket.emit('ticket.view', { ticketId }, (response) => {
        accept(response);
        // The server forgot my typing state with the old connection.
        if (typingSent.current) socket.emit('ticket.typing', { ticketId, typing: true });
      });
    };
    if (socket.connected) view();
    socket.on('connect', view);
    socket.on('presence', accept);
    return () => {
      socket.off('connect', view);
      socket.off('presence', accept);
      clearTimeout(offTimer.current);
      typingSent.current = false;
      typingWanted.current = false;
      if (socket.connected) socket.emit('ticket.leave', { ticketId });
      setPresence(null);
    };
  }, [socket, ticketId]);

  const setTyping = useCallback(
    (typing: boolean) => {
      typingWanted.current = typing;
      if (!socket || !ticketId) return;
      clearTimeout(offTimer.current);
      if (typing) {
        if (!typingSent.current && socket.connected) {
          typingSent.current = true;
          socket.emit('ticket.typing', { ticketId, typing: true });
        }
        return;
      }
      if (!typingSent.current) return;
      offTimer.current = setTimeout(() => {
        if (typingWanted.current || !socket.connected) return;
        typingSent.current = false;
        socket.emit('ticket.typing', { ticketId, typing: false });
      }, TYPING_OFF_DELAY_MS);
    },
    [socket, ticketId],
  );

  const viewers = presence?.ticketId === ticketId ? (presence?.viewers ?? []).filter((viewer) => viewer.userId !== myId) : [];
  return { viewers, setTyping };
}
