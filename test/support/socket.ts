import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@lifeline/api-contract';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A console's socket: authenticated with the JWT, resolved once the server says `ready`. */
export function connectSocket(url: string, token: string): Promise<ClientSocket> {
  return new Promise((resolve, reject) => {
    const socket: ClientSocket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false });
    socket.once('ready', () => resolve(socket));
    socket.once('connect_error', (e: Error) => reject(e));
  });
}
