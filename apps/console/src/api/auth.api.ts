import { LoginDocument, LogoutDocument } from '@lifeline/api-contract';
import { graphqlRequest } from './graphql-client';
import { sessionStore, type Session } from './session-store';

export interface Credentials {
  email: string;
  password: string;
}

/** Signs in and stores the session. Wrong credentials reject with ApiError code UNAUTHENTICATED. */
export async function login(credentials: Credentials): Promise<Session> {
  // Sent without a bearer token on purpose: a stale session must not turn a wrong password into a refresh.
  sessionStore.clear();
  const { login: session } = await graphqlRequest(LoginDocument, credentials);
  sessionStore.set(session);
  return session;
}

/** Revokes the refresh token on the server (best effort) and forgets the session locally either way. */
export async function logout(): Promise<void> {
  const session = sessionStore.get();
  try {
    if (session) await graphqlRequest(LogoutDocument, { refreshToken: session.refreshToken });
  } catch {
    // The server may already consider the session gone; signing out locally is what the user asked for.
  } finally {
    sessionStore.clear();
  }
}
